import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeFollowUp, useOpenFollowUps } from '../../data';
import type { FollowUpItem } from '../../domain/surveys';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { followUpReasonLabel } from './labels';
import { today } from './today';

function FollowUpRow({ item }: { item: FollowUpItem }) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      role="group"
      aria-label={t(followUpReasonLabel[item.reason])}
    >
      <Group gap="sm" wrap="nowrap">
        <Badge color={item.reason === 'detractor' ? 'red' : 'orange'} variant="light" radius="sm" tt="none">
          {t(followUpReasonLabel[item.reason])}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('surveys.followUps.openedOn', { date: formatDay(item.openedOn, locale) })}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          size="xs"
          aria-label={t('surveys.followUps.outcome')}
          placeholder={t('surveys.followUps.outcome')}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
        />
        <Button
          size="xs"
          variant="light"
          onClick={() => void completeFollowUp(item.id, outcome.trim(), today())}
        >
          {t('surveys.followUps.done')}
        </Button>
      </Group>
    </Group>
  );
}

/** Follow-up items opened by unhappy answers, oldest first. */
export function FollowUpList() {
  const { t } = useTranslation();
  const items = useOpenFollowUps();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="survey-followups">
      <Title order={2} size="h4" id="survey-followups" mb="sm">
        {t('surveys.followUps.title', { count: items?.length ?? 0 })}
      </Title>
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('surveys.followUps.none')}
        </Text>
      )}
      <Stack gap="xs">
        {items?.map((item) => (
          <FollowUpRow key={item.id} item={item} />
        ))}
      </Stack>
    </Paper>
  );
}
