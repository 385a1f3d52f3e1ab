import { ActionIcon, Button, Code, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import type { AppInfo } from '../shared/ipc';

/** Version and the place where the register lives: what support asks first. */
export function AboutDialog() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    if (opened && !info) void platform.getAppInfo().then(setInfo);
  }, [opened, info]);

  return (
    <>
      <Tooltip label={t('about.open')}>
        <ActionIcon variant="subtle" color="gray" size="lg" onClick={open} aria-label={t('about.open')}>
          <IconInfoCircle size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Modal
        opened={opened}
        onClose={close}
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
              <Button variant="light" onClick={() => void platform.revealFolder('data')}>
                {t('about.openDataFolder')}
              </Button>
            ) : (
              <Text size="sm">{t('about.browserNote')}</Text>
            )}
          </Stack>
        )}
      </Modal>
    </>
  );
}
