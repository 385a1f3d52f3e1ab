import { Anchor, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useComplaint } from '../../data';
import { StateBadge } from '../../ui/StateBadge';
import { RecoveryWorkbench } from '../recovery';
import { ComplaintQualityPanel, GapAssessmentPanel } from '../quality';
import { documentPath, PrintLink } from '../documents';
import { ComplaintDetails } from './ComplaintDetails';
import { DeadlinesPanel } from './DeadlinesPanel';
import { HistoryPanel } from './HistoryPanel';
import { LifecyclePanel } from './LifecyclePanel';
import { stateLabel } from './labels';

export function ComplaintScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const complaint = useComplaint(id);

  const back = (
    <Anchor component={Link} to="/complaints" size="sm">
      ← {t('complaint.backToQueue')}
    </Anchor>
  );
  if (complaint === undefined) return <Loader />;
  if (complaint === null) {
    return (
      <Stack>
        {back}
        <Text role="alert">{t('complaint.notFound')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1280}>
      {back}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="sm">
            <Text ff="monospace" fw={600} c="dimmed">
              {complaint.code}
            </Text>
            <StateBadge state={complaint.state} label={t(stateLabel[complaint.state])} />
          </Group>
          <Title order={1} mt={4}>
            {complaint.title}
          </Title>
        </div>
        <PrintLink to={documentPath.dossier(complaint.id)} />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <ComplaintDetails complaint={complaint} />
            <RecoveryWorkbench complaint={complaint} />
            <GapAssessmentPanel complaint={complaint} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <LifecyclePanel complaint={complaint} />
            <DeadlinesPanel complaint={complaint} />
            <ComplaintQualityPanel complaint={complaint} />
            <HistoryPanel complaintId={complaint.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
