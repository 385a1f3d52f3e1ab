import { Accordion, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  addServiceArea,
  addStaffMember,
  addSubCause,
  useServiceAreas,
  useStaff,
  useSubCauses,
} from '../../data';
import { CAUSES } from '../../domain/complaint';
import { causeLabel } from '../complaint';
import { ListEditor } from './ListEditor';

function NeverDeleted() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('settings.lists.neverDeleted')}
    </Text>
  );
}

export function StaffSection() {
  const { t } = useTranslation();
  const staff = useStaff();
  if (!staff) return <Loader />;
  return (
    <Stack gap="md" maw={900}>
      <Text c="dimmed">{t('settings.staff.intro')}</Text>
      <ListEditor
        kind="staff"
        section="staff"
        entries={staff}
        tableLabel={t('settings.staff.tableLabel')}
        onAdd={({ name, role }) => addStaffMember(name, role)}
      />
      <NeverDeleted />
    </Stack>
  );
}

export function ServiceAreasSection() {
  const { t } = useTranslation();
  const areas = useServiceAreas();
  if (!areas) return <Loader />;
  return (
    <Stack gap="md" maw={900}>
      <Text c="dimmed">{t('settings.serviceAreas.intro')}</Text>
      <ListEditor
        kind="serviceAreas"
        section="serviceAreas"
        entries={areas}
        tableLabel={t('settings.serviceAreas.tableLabel')}
        onAdd={({ name }) => addServiceArea(name)}
      />
      <NeverDeleted />
    </Stack>
  );
}

/** Sub-causes under each of the seven fixed causes, one panel per cause. */
export function SubCausesSection() {
  const { t } = useTranslation();
  const subCauses = useSubCauses();
  if (!subCauses) return <Loader />;
  return (
    <Stack gap="md" maw={900}>
      <Text c="dimmed">{t('settings.subCauses.intro')}</Text>
      <Accordion variant="separated" multiple>
        {CAUSES.map((cause) => {
          const entries = subCauses.filter((s) => s.cause === cause);
          const label = t(causeLabel[cause]);
          return (
            <Accordion.Item key={cause} value={cause}>
              <Accordion.Control>
                <Group justify="space-between" pr="sm">
                  <Text fw={500}>{label}</Text>
                  <Badge variant="light" color="gray" tt="none" radius="sm">
                    {t('settings.subCauses.count', { count: entries.length })}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <ListEditor
                  kind="subCauses"
                  section={`subCauses:${cause}`}
                  entries={entries}
                  tableLabel={t('settings.subCauses.tableLabel', { cause: label })}
                  onAdd={({ name }) => addSubCause(cause, name)}
                />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <NeverDeleted />
    </Stack>
  );
}
