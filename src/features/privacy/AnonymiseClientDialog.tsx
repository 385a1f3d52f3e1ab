import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anonymiseClient } from '../../data';
import type { Client } from '../../domain/client/client';

interface AnonymiseClientDialogProps {
  client: Client;
  opened: boolean;
  onClose: () => void;
}

/** "Anonimizza": says what is erased and that it cannot be undone, then anonymises the client everywhere. */
export function AnonymiseClientDialog({ client, opened, onClose }: AnonymiseClientDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const close = () => {
    setFailed(false);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await anonymiseClient(client.id);
      notifications.show({
        color: 'teal',
        message: t('privacy.anonymise.done'),
        closeButtonProps: { 'aria-label': t('app.close') },
      });
      onClose();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('privacy.anonymise.title', { name: client.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <Text>{t('privacy.anonymise.text')}</Text>
        <Alert color="orange">
          <Text fw={600}>{t('privacy.anonymise.irreversible')}</Text>
          <Text size="sm">{t('privacy.anonymise.advice')}</Text>
        </Alert>
        {failed && (
          <Alert color="red" role="alert">
            {t('privacy.anonymise.failed')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('privacy.anonymise.cancel')}
          </Button>
          {/* Shade 9: white on the default red is below AA contrast. */}
          <Button color="red.9" loading={busy} onClick={() => void confirm()}>
            {t('privacy.anonymise.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
