import { DIMENSIONS, isLevel, type DimensionScores, type Level } from '../../domain/quality';

/** The form's text for each level of each dimension: `''` for "not rated". */
export type LevelValues = Record<string, string>;

export const LEVEL_OPTIONS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export const levelKey = (dimension: string, side: string) => `${dimension}.${side}`;

/** Form values from stored scores. */
export function toLevelValues(scores: DimensionScores | undefined, sides: readonly string[]): LevelValues {
  const values: LevelValues = {};
  for (const d of DIMENSIONS) {
    const levels = scores?.[d] as Record<string, unknown> | undefined;
    for (const side of sides) {
      const v = levels?.[side];
      values[levelKey(d, side)] = typeof v === 'number' ? String(v) : '';
    }
    values[levelKey(d, 'note')] = typeof levels?.['note'] === 'string' ? levels['note'] : '';
  }
  return values;
}

/** Stored scores from form values; unrated levels and empty notes are left out. */
export function fromLevelValues(
  values: LevelValues,
  sides: readonly ('offered' | 'perceived' | 'expected')[],
): DimensionScores {
  const scores: Record<string, Record<string, Level | string>> = {};
  for (const d of DIMENSIONS) {
    const levels: Record<string, Level | string> = {};
    for (const side of sides) {
      const n = Number(values[levelKey(d, side)] || NaN);
      if (isLevel(n)) levels[side] = n;
    }
    const note = (values[levelKey(d, 'note')] ?? '').trim();
    if (note) levels['note'] = note;
    if (Object.keys(levels).length > 0) scores[d] = levels;
  }
  return scores;
}
