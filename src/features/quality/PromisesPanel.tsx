import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addPromise, usePromisesOfClient } from '../../data';
import { PROMISE_KINDS, type PromiseKind } from '../../domain/quality';
import { toLocalDateTime } from '../../domain/complaint';
import { dateOf } from '../../domain/deadlines';
import { promiseKindLabel } from './labels';

/** What the studio promised this client at engagement, and which promises a complaint says were broken. */
export function PromisesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const promises = usePromisesOfClient(clientId) ?? [];
  const [kind, setKind] = useState<PromiseKind>('deadline');
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const add = async (event: SubmitEvent) => {
    event.preventDefault();
    if (text.trim() === '') return setError(true);
    await addPromise({ clientId, kind, text: text.trim(), promisedOn: dateOf(toLocalDateTime(new Date())) });
    setText('');
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="client-promises">
      <Title order={2} size="h4" id="client-promises" mb="xs">
        {t('quality.promises.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('quality.promises.hint')}
      </Text>
      <Stack gap={6} mb="sm">
        {promises.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('quality.promises.none')}
          </Text>
        )}
        {promises.map((p) => (
          <Group key={p.id} gap="xs" wrap="nowrap">
            <Badge variant="light" color="gray" radius="sm" tt="none">
              {t(promiseKindLabel[p.kind])}
            </Badge>
            <Text size="sm">{p.text}</Text>
            {p.brokenByComplaintIds.length > 0 && (
              <Badge color="red" variant="light" radius="sm" tt="none">
                {t('quality.promises.broken')}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
      <form onSubmit={(e) => void add(e)} noValidate>
        <Group align="flex-end" gap="xs">
          <Select
            label={t('quality.promises.kindLabel')}
            data={PROMISE_KINDS.map((k) => ({ value: k, label: t(promiseKindLabel[k]) }))}
            value={kind}
            onChange={(v) => v && setKind(v)}
            allowDeselect={false}
            w={190}
          />
          <TextInput
            label={t('quality.promises.text')}
            placeholder={t('quality.promises.placeholder')}
            value={text}
            maxLength={300}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(false);
            }}
            error={error ? t('quality.promises.textRequired') : undefined}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light">
            {t('quality.promises.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
