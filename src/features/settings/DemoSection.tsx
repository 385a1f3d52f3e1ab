import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDemoRegister, removeDemoRegister, useDemoComplaintCount } from '../../data';

/** Loads the demo register, or says it is loaded and removes it after a confirmation. */
export function DemoSection() {
  const { t } = useTranslation();
  const count = useDemoComplaintCount();
  const [confirming, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'loadFailed' | 'removeFailed' | null>(null);
  if (count === undefined) return <Loader />;

  const run = async (action: () => Promise<number>, failure: 'loadFailed' | 'removeFailed') => {
    setBusy(true);
    setProblem(null);
    try {
      return await action();
    } catch {
      setProblem(failure);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const load = async () => {
    const loaded = await run(() => loadDemoRegister(), 'loadFailed');
    if (loaded !== undefined) {
      notifications.show({ color: 'teal', message: t('demo.loadedNotice', { count: loaded }) });
    }
  };
  const remove = async () => {
    close();
    if ((await run(removeDemoRegister, 'removeFailed')) !== undefined) {
      notifications.show({ color: 'teal', message: t('demo.removed') });
    }
  };

  return (
    <Stack gap="md" maw={760}>
      <Text c="dimmed">{t('demo.intro')}</Text>
      {problem && (
        <Alert color="red" role="alert">
          {t(problem === 'loadFailed' ? 'demo.loadFailed' : 'demo.removeFailed')}
        </Alert>
      )}
      {count > 0 ? (
        <Alert color="blue" variant="light" icon={<IconFlask size={20} aria-hidden />}>
          <Group justify="space-between" wrap="nowrap" align="center">
            <Text fw={600}>{t('demo.loadedNotice', { count })}</Text>
            <Button color="red" variant="light" onClick={open} loading={busy}>
              {t('demo.remove')}
            </Button>
          </Group>
          <Text size="sm" mt="xs">
            {t('demo.loadedHint')}
          </Text>
        </Alert>
      ) : (
        <Group>
          <Button
            leftSection={<IconFlask size={16} aria-hidden />}
            onClick={() => void load()}
            loading={busy}
          >
            {t('demo.load')}
          </Button>
        </Group>
      )}
      <Modal opened={confirming} onClose={close} title={t('demo.removeTitle')}>
        <Text>{t('demo.removeText', { count })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('settings.cancel')}
          </Button>
          <Button color="red" onClick={() => void remove()}>
            {t('demo.removeConfirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
