import { Alert, Button, Group, List, Modal, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { mergeClients, useClientSearch, useComplaintsOfClient } from '../../data';
import type { Client } from '../../domain/client/client';

interface MergeClientDialogProps {
  client: Client;
  opened: boolean;
  onClose: () => void;
}

const optionLabel = (c: Client) => [c.name, c.taxId || c.email].filter(Boolean).join(' · ');

/**
 * Merges two records of the same client. The studio picks the other record
 * and which one to keep, and reads exactly what will happen before confirming.
 */
export function MergeClientDialog({ client, opened, onClose }: MergeClientDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [other, setOther] = useState<Client | null>(null);
  const [keepOther, setKeepOther] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const found = (useClientSearch(search, 20) ?? []).filter((c) => c.id !== client.id);
  const options = other && !found.some((c) => c.id === other.id) ? [other, ...found] : found;
  const [kept, removed] = other && keepOther ? [other, client] : [client, other];
  const moving = useComplaintsOfClient(removed?.id ?? '')?.length ?? 0;

  const close = () => {
    setSearch('');
    setOther(null);
    setKeepOther(false);
    setFailed(false);
    onClose();
  };

  const merge = async () => {
    if (!removed) return;
    setBusy(true);
    setFailed(false);
    try {
      await mergeClients(kept.id, removed.id);
      notifications.show({
        color: 'teal',
        message: t('clients.merge.done', { kept: kept.name, removed: removed.name }),
        closeButtonProps: { 'aria-label': t('app.close') },
      });
      close();
      if (kept.id !== client.id) await navigate(`/clients/${kept.id}`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const names = removed && { kept: kept.name, removed: removed.name };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('clients.merge.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('clients.merge.intro')}
        </Text>
        <Select
          label={t('clients.merge.other')}
          description={t('clients.merge.otherHint')}
          searchable
          data={options.map((c) => ({ value: c.id, label: optionLabel(c) }))}
          value={other?.id ?? null}
          onChange={(id) => setOther(options.find((c) => c.id === id) ?? null)}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={t('clients.merge.noneFound')}
          data-autofocus
        />
        {other && names && (
          <>
            <Radio.Group
              label={t('clients.merge.keep')}
              value={keepOther ? 'other' : 'this'}
              onChange={(v) => setKeepOther(v === 'other')}
            >
              <Stack gap="xs" mt={6}>
                <Radio value="this" label={optionLabel(client)} description={t('clients.merge.thisRecord')} />
                <Radio value="other" label={optionLabel(other)} />
              </Stack>
            </Radio.Group>
            <div>
              <Title order={3} size="h5" mb={6}>
                {t('clients.merge.whatHappens')}
              </Title>
              <List size="sm" spacing={6}>
                <List.Item>
                  {moving > 0
                    ? t('clients.merge.moves', { count: moving, ...names })
                    : t('clients.merge.movesNothing', names)}
                </List.Item>
                <List.Item>{t('clients.merge.fills', names)}</List.Item>
                <List.Item fw={600}>{t('clients.merge.removes', names)}</List.Item>
              </List>
            </div>
          </>
        )}
        {failed && (
          <Alert color="red" role="alert">
            {t('clients.merge.failed')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('clients.merge.cancel')}
          </Button>
          <Button color="red" disabled={!other} loading={busy} onClick={() => void merge()}>
            {t('clients.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
