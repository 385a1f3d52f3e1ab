import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import type { AppInfo, FolderKind } from '../shared/ipc';

interface AboutDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly openFolder: (kind: FolderKind) => void;
}

/** Version and the place where the register lives: what support asks first. */
export function AboutDialog({ opened, onClose, openFolder }: AboutDialogProps) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    if (opened && !info) void platform.getAppInfo().then(setInfo);
  }, [opened, info]);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('about.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {info && (
        <Stack gap="sm">
          <Text>
            {t('about.version')}: <strong>{info.version}</strong>
          </Text>
          <div>
            <Text size="sm" c="dimmed">
              {t('about.dataLocation')}
            </Text>
            <Code block>{info.dataLocation}</Code>
          </div>
          {info.shell === 'desktop' ? (
            <Group gap="xs" grow>
              <Button variant="light" onClick={() => openFolder('data')}>
                {t('about.openDataFolder')}
              </Button>
              <Button variant="default" onClick={() => openFolder('backups')}>
                {t('desktop.command.openBackupFolder')}
              </Button>
            </Group>
          ) : (
            <Text size="sm">{t('about.browserNote')}</Text>
          )}
        </Stack>
      )}
    </Modal>
  );
}
