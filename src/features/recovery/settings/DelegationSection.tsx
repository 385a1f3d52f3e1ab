import { Button, Group, NativeSelect, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveDelegationRules, useSetting, useStaff } from '../../../data';
import type { DelegationRules } from '../../../domain/recovery';
import type { StaffMember } from '../../../domain/settings';
import { SavedNote } from './SavedNote';

/** *Regole di delega*: how much compensation each person may decide alone, and who signs off above it. */
export function DelegationSection() {
  const rules = useSetting('delegationRules');
  const staff = useStaff();
  if (!rules || !staff) return null;
  return <DelegationEditor initial={rules} staff={staff.filter((s) => s.active)} />;
}

function DelegationEditor({ initial, staff }: { initial: DelegationRules; staff: readonly StaffMember[] }) {
  const { t } = useTranslation();
  const [defaultLimit, setDefaultLimit] = useState<number | string>(initial.defaultLimit);
  const [approverId, setApproverId] = useState(initial.approverId);
  const [limits, setLimits] = useState<Record<string, number | string>>({ ...initial.limits });
  const [saved, setSaved] = useState(false);
  const invalid = defaultLimit === '' || Number(defaultLimit) < 0;

  const save = async () => {
    const own = Object.fromEntries(
      Object.entries(limits)
        .filter(([, v]) => v !== '' && Number(v) >= 0)
        .map(([id, v]) => [id, Number(v)]),
    );
    await saveDelegationRules({ defaultLimit: Number(defaultLimit), approverId, limits: own });
    setSaved(true);
  };
  const touched = () => setSaved(false);

  return (
    <Stack maw={720}>
      <Text c="dimmed" size="sm">
        {t('recovery.settings.delegation.intro')}
      </Text>
      <Group align="flex-start">
        <NumberInput
          label={t('recovery.settings.delegation.defaultLimit')}
          min={0}
          value={defaultLimit}
          onChange={(v) => {
            setDefaultLimit(v);
            touched();
          }}
          error={invalid ? t('recovery.settings.delegation.limitRequired') : undefined}
          w={220}
        />
        <NativeSelect
          label={t('recovery.settings.delegation.approver')}
          description={t('recovery.settings.delegation.approverHint')}
          data={[
            { value: '', label: t('recovery.settings.delegation.noApprover') },
            ...staff.map((s) => ({ value: s.id, label: s.name })),
          ]}
          value={approverId}
          onChange={(event) => {
            setApproverId(event.currentTarget.value);
            touched();
          }}
          w={280}
        />
      </Group>
      {staff.length > 0 && (
        <Table withTableBorder maw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('recovery.settings.delegation.person')}</Table.Th>
              <Table.Th>{t('recovery.settings.delegation.ownLimit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {staff.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>
                  {s.id === approverId ? (
                    <Text size="sm">{t('recovery.settings.delegation.unlimited')}</Text>
                  ) : (
                    <NumberInput
                      aria-label={t('recovery.settings.delegation.limitOf', { name: s.name })}
                      placeholder={t('recovery.settings.delegation.usesDefault')}
                      min={0}
                      size="xs"
                      value={limits[s.id] ?? ''}
                      onChange={(v) => {
                        setLimits((all) => ({ ...all, [s.id]: v }));
                        touched();
                      }}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button onClick={() => void save()} disabled={invalid}>
          {t('recovery.settings.delegation.save')}
        </Button>
        <SavedNote saved={saved} />
      </Group>
    </Stack>
  );
}
