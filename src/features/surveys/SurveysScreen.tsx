import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDeviceDesktop, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useComplaint } from '../../data';
import { CsvImportModal } from './CsvImportModal';
import { FollowUpList } from './FollowUpList';
import { RecentSurveys } from './RecentSurveys';
import { SurveyForm } from './SurveyForm';

/** Sondaggi: typing in answers, importing them from a CSV, the follow-ups they opened, the latest answers. */
export function SurveysScreen() {
  const { t } = useTranslation();
  const [importing, importModal] = useDisclosure(false);
  const [params] = useSearchParams();
  const complaintId = params.get('complaint') ?? '';
  const complaint = useComplaint(complaintId);

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('surveys.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('surveys.subtitle')}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            onClick={importModal.open}
          >
            {t('surveys.import.open')}
          </Button>
          <Button
            variant="default"
            component={Link}
            to="/kiosk"
            leftSection={<IconDeviceDesktop size={16} aria-hidden />}
          >
            {t('surveys.kiosk.open')}
          </Button>
        </Group>
      </Group>
      {complaintId === '' || complaint === null ? (
        <SurveyForm />
      ) : (
        complaint && <SurveyForm key={complaint.id} complaint={complaint} />
      )}
      <FollowUpList />
      <RecentSurveys />
      <CsvImportModal opened={importing} onClose={importModal.close} />
    </Stack>
  );
}
