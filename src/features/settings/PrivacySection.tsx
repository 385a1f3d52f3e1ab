import { Alert, Button, Group, Loader, Modal, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserOff } from '@tabler/icons-react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runRetention, saveRetentionYears, useRetentionPreview, useSetting } from '../../data';
import { isValidRetentionYears, retentionCutoff } from '../../domain/privacy';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { studioToday as today } from '../privacy';
import { useReportUnsaved } from './unsavedChanges';

/** The typed retention as a setting: empty is off, anything else must be valid years. */
function parseYears(value: string | number): number | null | 'invalid' {
  if (value === '') return null;
  const years = Number(value);
  return isValidRetentionYears(years) ? years : 'invalid';
}

/** What the saved retention would anonymise today, and the button that runs it. */
function RetentionPreview({ years, lastRun }: { years: number; lastRun: string }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const [day] = useState(today);
  const candidates = useRetentionPreview(years, day);
  const [confirming, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (candidates === undefined) return <Loader />;

  const run = async () => {
    close();
    setBusy(true);
    setFailed(false);
    try {
      const count = await runRetention(today());
      notifications.show({
        color: 'teal',
        message: t('privacy.settings.ran', { count }),
        closeButtonProps: { 'aria-label': t('app.close') },
      });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="retention-preview">
      <Title order={3} size="h4" id="retention-preview">
        {t('privacy.settings.previewTitle')}
      </Title>
      {candidates.length === 0 ? (
        <Text c="dimmed">{t('privacy.settings.previewEmpty')}</Text>
      ) : (
        <Text fw={600}>
          {t('privacy.settings.previewCount', {
            count: candidates.length,
            date: formatDay(retentionCutoff(years, day), locale),
          })}
        </Text>
      )}
      {lastRun === '' ? (
        <Alert color="blue" variant="light" role="note">
          {t('privacy.settings.firstRun')}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('privacy.settings.automatic', { date: formatDay(lastRun, locale) })}
        </Text>
      )}
      {failed && (
        <Alert color="red" role="alert">
          {t('privacy.settings.runFailed')}
        </Alert>
      )}
      <Group>
        <Button
          color="red"
          variant="light"
          leftSection={<IconUserOff size={16} aria-hidden />}
          loading={busy}
          onClick={open}
        >
          {t('privacy.settings.run')}
        </Button>
      </Group>
      {candidates.length > 0 && (
        <Table verticalSpacing="xs" striped aria-labelledby="retention-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacy.settings.code')}</Table.Th>
              <Table.Th>{t('privacy.settings.client')}</Table.Th>
              <Table.Th>{t('privacy.settings.closedOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((c) => (
              <Table.Tr key={c.complaintId}>
                <Table.Td>{c.code}</Table.Td>
                <Table.Td>{c.clientName}</Table.Td>
                <Table.Td>{formatDay(c.closedOn, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={confirming}
        onClose={close}
        title={t('privacy.settings.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Text>{t('privacy.settings.confirmText')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('privacy.settings.cancel')}
          </Button>
          {/* Shade 9: white on the default red is below AA contrast. */}
          <Button color="red.9" onClick={() => void run()}>
            {t('privacy.settings.confirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}

/** The retention field, starting from the saved value; what is typed stays until saved. */
function RetentionForm({ saved, lastRun }: { saved: number | null; lastRun: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | number>(saved ?? '');
  const [invalid, setInvalid] = useState(false);
  const [failed, setFailed] = useState(false);
  useReportUnsaved('privacy', parseYears(value) !== saved);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const years = parseYears(value);
    setInvalid(years === 'invalid');
    setFailed(false);
    if (years === 'invalid') return;
    try {
      await saveRetentionYears(years);
      notifications.show({
        color: 'teal',
        message: t('privacy.settings.saved'),
        closeButtonProps: { 'aria-label': t('app.close') },
      });
    } catch {
      setFailed(true);
    }
  };

  return (
    <Stack gap="lg" maw={760}>
      <Text c="dimmed">{t('privacy.settings.intro')}</Text>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack gap="sm" align="flex-start">
          <NumberInput
            label={t('privacy.settings.years')}
            description={t('privacy.settings.yearsHint')}
            min={1}
            max={50}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            w={320}
            value={value}
            onChange={setValue}
            error={invalid ? t('privacy.settings.yearsInvalid') : undefined}
          />
          <Button type="submit">{t('privacy.settings.save')}</Button>
        </Stack>
      </form>
      {failed && (
        <Alert color="red" role="alert">
          {t('privacy.settings.saveFailed')}
        </Alert>
      )}
      {saved === null ? (
        <Text>{t('privacy.settings.off')}</Text>
      ) : (
        <RetentionPreview years={saved} lastRun={lastRun} />
      )}
    </Stack>
  );
}

/** Settings › Privacy: how long closed complaints keep personal data, with a preview and the first run. */
export function PrivacySection() {
  const saved = useSetting('retentionYears');
  const lastRun = useSetting('retentionLastRun');
  if (saved === undefined || lastRun === undefined) return <Loader />;
  return <RetentionForm saved={saved} lastRun={lastRun} />;
}
