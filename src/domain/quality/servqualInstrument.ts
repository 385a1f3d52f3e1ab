import { DIMENSIONS, isLevel, type Dimension, type Level } from './servqual';

/**
 * The full SERVQUAL instrument's 22 items, grouped by dimension in the
 * customary 4/5/4/4/5 split (domain.md §5). The ids are stable (answers are
 * stored under them); the wording lives in the translations.
 */
export const SERVQUAL_ITEMS = {
  tangibles: ['t1', 't2', 't3', 't4'],
  reliability: ['r1', 'r2', 'r3', 'r4', 'r5'],
  responsiveness: ['s1', 's2', 's3', 's4'],
  assurance: ['a1', 'a2', 'a3', 'a4'],
  empathy: ['e1', 'e2', 'e3', 'e4', 'e5'],
} as const satisfies Record<Dimension, readonly string[]>;

export type ServqualItem = (typeof SERVQUAL_ITEMS)[Dimension][number];

/** Every item in the order the form asks them. */
export const SERVQUAL_ITEM_ORDER: readonly ServqualItem[] = DIMENSIONS.flatMap((d) => SERVQUAL_ITEMS[d]);

/**
 * `expectation_perception`: each item answered twice, what an excellent
 * studio should do and what this studio does (the original E/P form).
 * `perception`: only the second (the SERVPERF form, for those who find the
 * difference scores unreliable).
 */
export const SERVQUAL_MODES = ['expectation_perception', 'perception'] as const;
export type ServqualMode = (typeof SERVQUAL_MODES)[number];

/** A client's answers to the 22 items; an item left blank is simply absent. */
export interface ServqualAnswers {
  readonly mode: ServqualMode;
  readonly perceived: Readonly<Partial<Record<ServqualItem, Level>>>;
  /** Only in the E/P mode. */
  readonly expected?: Readonly<Partial<Record<ServqualItem, Level>>>;
}

/** A dimension's mean levels over its answered items, unrounded. */
export interface DimensionMeans {
  readonly perceived?: number;
  readonly expected?: number;
}

const meanOf = (values: readonly number[]) =>
  values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The five dimensions' perceived (and, in the E/P mode, expected) levels:
 * each the mean of the dimension's answered items, so the full form feeds
 * the same per-dimension levels the short form asks directly. A dimension
 * with no answered item is absent. The dimension's gap, mean P − mean E, is
 * the mean of its item gaps whenever each item has both answers.
 */
export function scoreServqual(answers: ServqualAnswers): Partial<Record<Dimension, DimensionMeans>> {
  const result: Partial<Record<Dimension, DimensionMeans>> = {};
  for (const d of DIMENSIONS) {
    const items: readonly ServqualItem[] = SERVQUAL_ITEMS[d];
    const perceived = meanOf(items.flatMap((i) => answers.perceived[i] ?? []));
    const expected =
      answers.mode === 'expectation_perception' && answers.expected
        ? meanOf(items.flatMap((i) => answers.expected?.[i] ?? []))
        : undefined;
    if (perceived === undefined && expected === undefined) continue;
    result[d] = {
      ...(perceived !== undefined && { perceived }),
      ...(expected !== undefined && { expected }),
    };
  }
  return result;
}

/**
 * True when the answers can be stored: every level given is an integer from
 * 1 to 7, at least one item has a perception, and expectations appear only
 * in the E/P mode.
 */
export function isValidServqual(answers: ServqualAnswers): boolean {
  const perceived = Object.values(answers.perceived);
  const expected = Object.values(answers.expected ?? {});
  if (answers.mode === 'perception' && expected.length > 0) return false;
  return perceived.length > 0 && [...perceived, ...expected].every(isLevel);
}
