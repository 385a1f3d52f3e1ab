import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveRecoveryEconomics, useSetting } from '../../../data';
import {
  DEFAULT_RECOVERY_ECONOMICS,
  type KeepProbabilities,
  type RecoveryEconomics,
} from '../../../domain/recovery';
import { SavedNote } from './SavedNote';

type Scalar = Exclude<keyof RecoveryEconomics, 'keep'>;
type Field = { key: Scalar; label: ParseKeys; percent: boolean; max?: number };

const FIELDS: readonly Field[] = [
  { key: 'margin', label: 'recovery.settings.economics.margin', percent: true },
  { key: 'retention', label: 'recovery.settings.economics.retention', percent: true },
  { key: 'discountRate', label: 'recovery.settings.economics.discountRate', percent: true },
  { key: 'expectedYears', label: 'recovery.settings.economics.expectedYears', percent: false, max: 50 },
  {
    key: 'wordOfMouthReach',
    label: 'recovery.settings.economics.wordOfMouthReach',
    percent: false,
    max: 1000,
  },
  { key: 'wordOfMouthLoss', label: 'recovery.settings.economics.wordOfMouthLoss', percent: true },
  { key: 'newClientValue', label: 'recovery.settings.economics.newClientValue', percent: false },
  { key: 'hourlyCost', label: 'recovery.settings.economics.hourlyCost', percent: false },
];

const KEEP: readonly { key: keyof KeepProbabilities; label: ParseKeys }[] = [
  { key: 'silent', label: 'recovery.settings.economics.keep.silent' },
  { key: 'unsatisfied', label: 'recovery.settings.economics.keep.unsatisfied' },
  { key: 'satisfied', label: 'recovery.settings.economics.keep.satisfied' },
  { key: 'satisfiedQuickly', label: 'recovery.settings.economics.keep.satisfiedQuickly' },
];

type Values = Record<string, number | string>;
const pct = (x: number) => Math.round(x * 1000) / 10;

function toValues(e: RecoveryEconomics): Values {
  const values: Values = {};
  for (const f of FIELDS) values[f.key] = f.percent ? pct(e[f.key]) : e[f.key];
  for (const size of ['minor', 'major'] as const)
    for (const k of KEEP) values[`${size}.${k.key}`] = pct(e.keep[size][k.key]);
  return values;
}

/** A number within range, or undefined when empty or out of range. */
const read = (v: number | string | undefined, max: number) =>
  v === '' || v === undefined || Number.isNaN(Number(v)) || Number(v) < 0 || Number(v) > max
    ? undefined
    : Number(v);

/** *Conviene recuperare?*: the figures that value a relationship and weigh a recovery's cost. */
export function EconomicsSection() {
  const stored = useSetting('recoveryEconomics');
  if (!stored) return null;
  return <EconomicsEditor initial={stored} />;
}

function EconomicsEditor({ initial }: { initial: RecoveryEconomics }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => toValues(initial));
  const [saved, setSaved] = useState(false);
  const limitOf = (key: string) =>
    FIELDS.find((f) => f.key === key)?.max ??
    (FIELDS.find((f) => f.key === key)?.percent === false ? 1e9 : 100);
  const errorOf = (key: string) =>
    read(values[key], limitOf(key)) === undefined
      ? t('recovery.settings.economics.invalid', { max: limitOf(key) })
      : undefined;
  const invalid = Object.keys(values).some((key) => errorOf(key) !== undefined);

  const set = (key: string, v: number | string) => {
    setValues((all) => ({ ...all, [key]: v }));
    setSaved(false);
  };
  const save = async () => {
    const num = (key: string, percent: boolean) =>
      (read(values[key], limitOf(key)) ?? 0) / (percent ? 100 : 1);
    const keepOf = (size: 'minor' | 'major') =>
      Object.fromEntries(
        KEEP.map((k) => [k.key, num(`${size}.${k.key}`, true)]),
      ) as unknown as KeepProbabilities;
    const scalars = Object.fromEntries(FIELDS.map((f) => [f.key, num(f.key, f.percent)]));
    await saveRecoveryEconomics({
      ...DEFAULT_RECOVERY_ECONOMICS,
      ...scalars,
      keep: { minor: keepOf('minor'), major: keepOf('major') },
    });
    setSaved(true);
  };
  const input = (key: string, label: string, percent: boolean) => (
    <NumberInput
      key={key}
      label={label}
      {...(percent ? { suffix: ' %' } : {})}
      min={0}
      max={limitOf(key)}
      decimalScale={1}
      value={values[key] ?? ''}
      onChange={(v) => set(key, v)}
      error={errorOf(key)}
    />
  );

  return (
    <Stack maw={820}>
      <Text c="dimmed" size="sm">
        {t('recovery.settings.economics.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {FIELDS.map((f) => input(f.key, t(f.label), f.percent))}
      </SimpleGrid>
      <Text size="sm">{t('recovery.settings.economics.keepIntro')}</Text>
      {(['minor', 'major'] as const).map((size) => (
        <Fieldset
          key={size}
          legend={t(
            size === 'minor' ? 'recovery.settings.economics.minor' : 'recovery.settings.economics.major',
          )}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {KEEP.map((k) => input(`${size}.${k.key}`, t(k.label), true))}
          </SimpleGrid>
        </Fieldset>
      ))}
      <Group>
        <Button onClick={() => void save()} disabled={invalid}>
          {t('recovery.settings.economics.save')}
        </Button>
        <SavedNote saved={saved} />
      </Group>
    </Stack>
  );
}
