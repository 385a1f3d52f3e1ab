import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyAuditTrail, type ChainCheck } from '../../data';
import { chainBreakText } from './chainMessage';

/** Verifies the audit trail's hash chain on demand and says where it breaks, if it does. */
export function AuditChainPanel() {
  const { t, i18n } = useTranslation();
  const [check, setCheck] = useState<ChainCheck | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    try {
      setCheck(await verifyAuditTrail());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('backup.chain.title')}
      </Title>
      <Text size="sm" maw={760}>
        {t('backup.chain.text')}
      </Text>
      {check?.ok === true && (
        <Alert color="teal" role="status" maw={760}>
          <Text fw={600}>{t('backup.chain.ok', { count: check.count })}</Text>
          <Text size="sm" mt={4}>
            {t('backup.chain.head')}: <Code>{check.head}</Code>
          </Text>
        </Alert>
      )}
      {check?.ok === false && (
        <Alert color="red" role="alert" maw={760}>
          <Text fw={600}>{chainBreakText(check, t, i18n.language)}</Text>
          <Text size="sm" mt={4}>
            {t('backup.chain.brokenAdvice')}
          </Text>
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={16} aria-hidden />}
          onClick={() => void verify()}
          loading={busy}
        >
          {t('backup.chain.verify')}
        </Button>
      </Group>
    </Stack>
  );
}
