import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteClient } from '../../data';
import type { Client } from '../../domain/client/client';

interface DeleteClientDialogProps {
  client: Client;
  /** Complaints known to the page; the store has the last word when deleting. */
  hasComplaints: boolean;
  opened: boolean;
  onClose: () => void;
}

/** Deletes a client without complaints; one with complaints is refused, with the reason. */
export function DeleteClientDialog({ client, hasComplaints, opened, onClose }: DeleteClientDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<'refused' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const refused = hasComplaints || outcome === 'refused';

  const close = () => {
    setOutcome(null);
    onClose();
  };

  const remove = async () => {
    setBusy(true);
    try {
      if ((await deleteClient(client.id)) === 'has_complaints') {
        setOutcome('refused');
        return;
      }
      notifications.show({
        color: 'teal',
        message: t('clients.delete.done'),
        closeButtonProps: { 'aria-label': t('app.close') },
      });
      onClose();
      await navigate('/clients');
    } catch {
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={refused ? t('clients.delete.refusedTitle') : t('clients.delete.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {refused ? (
          <Alert color="orange" role="alert">
            {t('clients.delete.refused')}
          </Alert>
        ) : (
          <Text>{t('clients.delete.text', { name: client.name })}</Text>
        )}
        {outcome === 'failed' && (
          <Alert color="red" role="alert">
            {t('clients.delete.failed')}
          </Alert>
        )}
        <Group justify="flex-end">
          {refused ? (
            <Button onClick={close}>{t('clients.delete.understood')}</Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                {t('clients.delete.cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => void remove()}>
                {t('clients.delete.confirm')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
