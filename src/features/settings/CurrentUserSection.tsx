import { Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setCurrentStaff, useSetting, useStaff } from '../../data';
import { SaveStatus } from './SaveStatus';

/** Who is at the keyboard: the name the audit trail records for what is done on this PC. */
export function CurrentUserSection() {
  const { t } = useTranslation();
  const staff = useStaff();
  const current = useSetting('currentStaffId');
  const [state, setState] = useState<'idle' | 'saved' | 'failed'>('idle');
  if (!staff || current === undefined) return <Loader />;

  const choose = async (id: string) => {
    try {
      await setCurrentStaff(id);
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  // A retired person stays selectable only while still the current user.
  const options = staff.filter((s) => s.active || s.id === current);

  return (
    <Stack gap="md" maw={560}>
      <Text c="dimmed">{t('settings.user.intro')}</Text>
      <NativeSelect
        label={t('settings.user.label')}
        value={current}
        onChange={(event) => void choose(event.currentTarget.value)}
        data={[
          { value: '', label: t('settings.user.nobody') },
          ...options.map((s) => ({ value: s.id, label: s.role ? `${s.name} — ${s.role}` : s.name })),
        ]}
        {...(state === 'failed' && { error: t('settings.saveFailed') })}
      />
      {options.length === 0 && <Text size="sm">{t('settings.user.noStaff')}</Text>}
      <SaveStatus state={state === 'saved' ? 'saved' : 'idle'} />
    </Stack>
  );
}
