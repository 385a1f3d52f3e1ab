import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportPerson } from '../../data';
import type { Client } from '../../domain/client/client';
import { platform } from '../../platform';
import { documentPath, PrintLink, safeFileName } from '../documents';
import { studioToday } from './today';

interface ExportPersonDialogProps {
  client: Client;
  opened: boolean;
  onClose: () => void;
}

/** "Esporta dati (GDPR)": saves everything about the client as JSON and leads to the printable client report. */
export function ExportPersonDialog({ client, opened, onClose }: ExportPersonDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const close = () => {
    setFailed(false);
    onClose();
  };

  const save = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const exported = await exportPerson(client.id);
      if (!exported) throw new Error('The client is no longer in the register.');
      const result = await platform.saveFile({
        suggestedName: safeFileName(t('privacy.export.file', { name: client.name, date: studioToday() })),
        content: JSON.stringify(exported, null, 2),
        filters: [{ name: t('privacy.export.filter'), extensions: ['json'] }],
      });
      if (result.saved) {
        notifications.show({
          color: 'teal',
          message: t('privacy.export.saved', { fileName: result.fileName }),
          closeButtonProps: { 'aria-label': t('app.close') },
        });
      }
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
      title={t('privacy.export.title', { name: client.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      size="lg"
    >
      <Stack>
        <Text>{t('privacy.export.intro')}</Text>
        {failed && (
          <Alert color="red" role="alert">
            {t('privacy.export.failed')}
          </Alert>
        )}
        <Group>
          <Button
            leftSection={<IconFileDownload size={16} aria-hidden />}
            loading={busy}
            onClick={() => void save()}
          >
            {t('privacy.export.save')}
          </Button>
          <PrintLink to={documentPath.client(client.id)} label={t('privacy.export.report')} />
        </Group>
      </Stack>
    </Modal>
  );
}
