import { Group, NumberInput, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DIMENSIONS,
  isLevel,
  SERVQUAL_ITEM_ORDER,
  SERVQUAL_ITEMS,
  type Level,
  type ServqualAnswers,
  type ServqualItem,
  type ServqualMode,
} from '../../domain/quality';
import { dimensionLabel } from '../quality';
import { servqualItemLabel } from './labels';

type Typed = number | string;

/** The full form as typed: every item's two answers, blank until filled. */
export interface ServqualValues {
  readonly mode: ServqualMode;
  readonly items: Readonly<Record<ServqualItem, { readonly expected: Typed; readonly perceived: Typed }>>;
}

export const blankServqual = (mode: ServqualMode = 'expectation_perception'): ServqualValues => ({
  mode,
  items: Object.fromEntries(SERVQUAL_ITEM_ORDER.map((i) => [i, { expected: '', perceived: '' }])) as Record<
    ServqualItem,
    { expected: Typed; perceived: Typed }
  >,
});

/** The answers to store; a level out of range is kept as typed so the survey check can name it. */
export function toServqualAnswers(values: ServqualValues): ServqualAnswers {
  const side = (key: 'expected' | 'perceived') =>
    Object.fromEntries(
      SERVQUAL_ITEM_ORDER.filter((i) => values.items[i][key] !== '').map((i) => [
        i,
        Number(values.items[i][key]) as Level,
      ]),
    );
  return {
    mode: values.mode,
    perceived: side('perceived'),
    ...(values.mode === 'expectation_perception' && { expected: side('expected') }),
  };
}

/** The 22 statements, grouped by dimension, each with its expectation (E/P mode) and perception. */
export function ServqualFields({
  value,
  onChange,
  invalid,
}: {
  value: ServqualValues;
  /** Applies a change to the latest values (a blur can report a number after a later keystroke). */
  onChange: (update: (v: ServqualValues) => ServqualValues) => void;
  /** Marks out-of-range answers once the studio tried to save. */
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const withExpected = value.mode === 'expectation_perception';
  const sides = withExpected ? (['expected', 'perceived'] as const) : (['perceived'] as const);
  const sideLabel = { expected: t('surveys.servqual.expected'), perceived: t('surveys.servqual.perceived') };
  const set = (item: ServqualItem, key: 'expected' | 'perceived', typed: Typed) =>
    onChange((v) => ({ ...v, items: { ...v.items, [item]: { ...v.items[item], [key]: typed } } }));

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {t('surveys.servqual.mode')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('surveys.servqual.mode')}
          value={value.mode}
          onChange={(m) =>
            onChange((v) => ({ ...v, mode: m === 'perception' ? 'perception' : 'expectation_perception' }))
          }
          data={[
            { value: 'expectation_perception', label: t('surveys.servqual.modeEp') },
            { value: 'perception', label: t('surveys.servqual.modeP') },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('surveys.servqual.intro')}
      </Text>
      <Table withTableBorder verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.servqual.statement')}</Table.Th>
            {sides.map((s) => (
              <Table.Th key={s} w={96}>
                {sideLabel[s]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {DIMENSIONS.map((d) => (
          <Table.Tbody key={d}>
            <Table.Tr>
              <Table.Th colSpan={sides.length + 1} scope="colgroup">
                {t(dimensionLabel[d])}
              </Table.Th>
            </Table.Tr>
            {SERVQUAL_ITEMS[d].map((item: ServqualItem) => {
              const n = SERVQUAL_ITEM_ORDER.indexOf(item) + 1;
              return (
                <Table.Tr key={item}>
                  <Table.Td>
                    {n}. {t(servqualItemLabel[item])}
                  </Table.Td>
                  {sides.map((s) => {
                    const typed = value.items[item][s];
                    return (
                      <Table.Td key={s}>
                        <NumberInput
                          size="xs"
                          aria-label={t('surveys.servqual.input', { n, side: sideLabel[s] })}
                          min={1}
                          max={7}
                          allowDecimal={false}
                          hideControls
                          value={typed}
                          onChange={(v) => set(item, s, v)}
                          error={invalid && typed !== '' && !isLevel(Number(typed))}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        ))}
      </Table>
    </Stack>
  );
}
