import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { registerComplaint } from '../../data';
import type { ComplaintIntake } from '../../domain/complaint';
import { currentLanguage } from '../../i18n';
import { ComplaintForm } from './ComplaintForm';

export function NewComplaintScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();

  const save = async (intake: ComplaintIntake) => {
    const complaint = await registerComplaint(intake, new Date(), currentLanguage(i18n.language));
    notifications.show({
      color: 'teal',
      message: t('complaint.saved', { code: complaint.code }),
      closeButtonProps: { 'aria-label': t('app.close') },
    });
    await navigate(`/complaints/${complaint.id}`);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('complaint.newTitle')}</Title>
        <Text c="dimmed" maw={760} mt={4}>
          {t('complaint.newIntro')}
        </Text>
      </div>
      <ComplaintForm onSubmit={save} onCancel={() => void navigate('/complaints')} />
    </Stack>
  );
}
