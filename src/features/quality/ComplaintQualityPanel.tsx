import { Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBulb, IconMessage2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { setPromiseBroken, usePromisesOfClient } from '../../data';
import type { Complaint } from '../../domain/complaint';
import { ActionModal } from './ActionModal';
import { promiseKindLabel } from './labels';

/**
 * What a complaint teaches beyond itself: the promise it broke, an
 * improvement action for its cause, and the post-resolution survey.
 */
export function ComplaintQualityPanel({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const promises = usePromisesOfClient(complaint.clientId) ?? [];
  const [acting, action] = useDisclosure(false);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="complaint-learning">
      <Title order={2} size="h4" id="complaint-learning" mb="sm">
        {t('quality.learning.title')}
      </Title>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={600}>
            {t('quality.learning.brokenPromise')}
          </Text>
          {promises.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('quality.learning.noPromises')}
            </Text>
          ) : (
            <Stack gap={4} mt={4}>
              {promises.map((p) => (
                <Checkbox
                  key={p.id}
                  size="sm"
                  label={`${t(promiseKindLabel[p.kind])}: ${p.text}`}
                  checked={p.brokenByComplaintIds.includes(complaint.id)}
                  onChange={(e) => void setPromiseBroken(p.id, complaint.id, e.currentTarget.checked)}
                />
              ))}
            </Stack>
          )}
        </div>
        <Button variant="light" leftSection={<IconBulb size={16} aria-hidden />} onClick={action.open}>
          {t('quality.learning.newAction')}
        </Button>
        <Button
          variant="default"
          component={Link}
          to={`/surveys?complaint=${complaint.id}`}
          leftSection={<IconMessage2 size={16} aria-hidden />}
        >
          {t('quality.learning.survey')}
        </Button>
      </Stack>
      <ActionModal
        opened={acting}
        onClose={action.close}
        cause={complaint.cause}
        complaintId={complaint.id}
      />
    </Paper>
  );
}
