import { Checkbox, Group, Input, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FEELINGS, type Feeling, type FeelingIntensity } from '../../domain/complaint';
import { feelingLabel } from './labels';

type Ratings = Partial<Record<Feeling, FeelingIntensity>>;

interface FeelingsFieldProps {
  value: Ratings;
  onChange: (value: Ratings) => void;
}

const INTENSITIES = ['1', '2', '3'] as const;

/** What the client feels, each ticked feeling rated 1–3 (Ascoltare). */
export function FeelingsField({ value, onChange }: FeelingsFieldProps) {
  const { t } = useTranslation();
  const toggle = (feeling: Feeling, checked: boolean) => {
    const others = Object.fromEntries(Object.entries(value).filter(([key]) => key !== feeling));
    onChange(checked ? { ...others, [feeling]: 2 } : others);
  };

  return (
    <Input.Wrapper label={t('complaint.field.feelings')} description={t('complaint.field.feelingsHint')}>
      <Stack gap={6} mt={6} role="group" aria-label={t('complaint.field.feelings')}>
        {FEELINGS.map((feeling) => {
          const intensity = value[feeling];
          return (
            <Group key={feeling} justify="space-between" wrap="nowrap" mih={28}>
              <Checkbox
                label={t(feelingLabel[feeling])}
                checked={intensity !== undefined}
                onChange={(event) => toggle(feeling, event.currentTarget.checked)}
              />
              {intensity !== undefined && (
                <SegmentedControl
                  size="xs"
                  aria-label={t('complaint.field.intensity', { feeling: t(feelingLabel[feeling]) })}
                  data={[...INTENSITIES]}
                  value={String(intensity)}
                  onChange={(next) => onChange({ ...value, [feeling]: Number(next) as FeelingIntensity })}
                />
              )}
            </Group>
          );
        })}
      </Stack>
    </Input.Wrapper>
  );
}
