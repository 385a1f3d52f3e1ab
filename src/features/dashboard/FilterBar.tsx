import { Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useServiceAreas } from '../../data';
import { PERIOD_KINDS, type PeriodKind } from '../../domain/dashboard';
import { isLocalDate } from '../../domain/deadlines';
import { DayInput } from '../../ui/DayInput';
import type { DashboardFilterValues } from './filters';

const KIND_LABEL = {
  month: 'dashboard.period.month',
  quarter: 'dashboard.period.quarter',
  year: 'dashboard.period.year',
  custom: 'dashboard.period.custom',
} as const satisfies Record<PeriodKind, string>;

/** Period (month, quarter, year, custom) and service area of the dashboard. */
export function FilterBar({
  value,
  onChange,
}: {
  value: DashboardFilterValues;
  onChange: (v: DashboardFilterValues) => void;
}) {
  const { t } = useTranslation();
  const areas = useServiceAreas() ?? [];
  // A cleared or half-typed date is not applied: the charts keep the last valid period.
  const day = (picked: string | null, apply: (d: string) => void) =>
    picked !== null && isLocalDate(picked) && apply(picked);
  const placeholder = t('dashboard.period.datePlaceholder');
  return (
    <Group align="flex-end" gap="sm" role="group" aria-label={t('dashboard.filters')}>
      <SegmentedControl
        aria-label={t('dashboard.period.label')}
        value={value.kind}
        onChange={(k) => onChange({ ...value, kind: k })}
        data={PERIOD_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
      />
      {value.kind === 'custom' ? (
        <>
          <DayInput
            size="xs"
            label={t('dashboard.period.from')}
            placeholder={placeholder}
            defaultValue={value.custom.from}
            onChange={(d) => day(d, (from) => onChange({ ...value, custom: { ...value.custom, from } }))}
          />
          <DayInput
            size="xs"
            label={t('dashboard.period.to')}
            placeholder={placeholder}
            defaultValue={value.custom.to}
            onChange={(d) => day(d, (to) => onChange({ ...value, custom: { ...value.custom, to } }))}
          />
        </>
      ) : (
        <DayInput
          size="xs"
          label={t('dashboard.period.reference')}
          placeholder={placeholder}
          defaultValue={value.reference}
          onChange={(d) => day(d, (reference) => onChange({ ...value, reference }))}
        />
      )}
      <Select
        size="xs"
        label={t('dashboard.serviceArea')}
        placeholder={t('dashboard.allAreas')}
        clearable
        data={areas.map((a) => ({ value: a.id, label: a.name }))}
        value={value.serviceAreaId || null}
        onChange={(v) => onChange({ ...value, serviceAreaId: v ?? '' })}
      />
    </Group>
  );
}
