/** The five SERVQUAL dimensions (domain.md §5), in their customary order. */
export const DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A level on the 1–7 SERVQUAL scale. */
export type Level = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** True for an integer from 1 to 7. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** One dimension of an assessment: each level is optional, the note may be empty. */
export interface DimensionLevels {
  /** What the studio believes it offered. */
  readonly offered?: Level;
  /** What the client perceived. */
  readonly perceived?: Level;
  /** What the client expected beforehand. */
  readonly expected?: Level;
  readonly note?: string;
}

export type DimensionScores = Readonly<Partial<Record<Dimension, DimensionLevels>>>;

/** The gaps on one dimension; absent when a side of the difference is missing. */
export interface DimensionGap {
  /** Perceived − offered: negative means the client got less than the studio thinks it gave. */
  readonly vsOffered?: number;
  /** Perceived − expected: negative means the client expected more. */
  readonly vsExpected?: number;
}

/**
 * The gaps of one dimension: perceived − offered and perceived − expected, each
 * only when both of its levels are known.
 */
export function dimensionGap(levels: DimensionLevels | undefined): DimensionGap {
  if (!levels || levels.perceived === undefined) return {};
  const { perceived, offered, expected } = levels;
  return {
    ...(offered !== undefined ? { vsOffered: perceived - offered } : {}),
    ...(expected !== undefined ? { vsExpected: perceived - expected } : {}),
  };
}

/** Running sums of levels per dimension, so averages can be built from many sources. */
export interface LevelSums {
  readonly offered: { sum: number; n: number };
  readonly perceived: { sum: number; n: number };
  readonly expected: { sum: number; n: number };
  /** What the studio predicts clients expect (its self-assessment), kept apart from what clients say they expect. */
  readonly predicted: { sum: number; n: number };
}

export type DimensionSums = Record<Dimension, LevelSums>;

export function emptySums(): DimensionSums {
  const empty = (): LevelSums => ({
    offered: { sum: 0, n: 0 },
    perceived: { sum: 0, n: 0 },
    expected: { sum: 0, n: 0 },
    predicted: { sum: 0, n: 0 },
  });
  return Object.fromEntries(DIMENSIONS.map((d) => [d, empty()])) as DimensionSums;
}

/** Levels per dimension as sums take them: whole levels, or a full survey's item means. */
export type LevelsByDimension = Readonly<
  Partial<
    Record<
      Dimension,
      {
        readonly offered?: number;
        readonly perceived?: number;
        readonly expected?: number;
        readonly predicted?: number;
      }
    >
  >
>;

/** Adds one assessment's levels into the sums (in place, for speed over many rows). */
export function addScores(sums: DimensionSums, scores: LevelsByDimension): void {
  for (const d of DIMENSIONS) {
    const levels = scores[d];
    if (!levels) continue;
    for (const side of ['offered', 'perceived', 'expected', 'predicted'] as const) {
      const value = levels[side];
      if (value !== undefined) {
        sums[d][side].sum += value;
        sums[d][side].n += 1;
      }
    }
  }
}

/** Mean levels and gaps of one dimension, rounded to one decimal; undefined where nothing was rated. */
export interface DimensionSummary {
  readonly dimension: Dimension;
  readonly offered?: number;
  readonly perceived?: number;
  readonly expected?: number;
  readonly gap?: number;
  readonly gapVsExpected?: number;
  /** The studio's prediction of what clients expect. */
  readonly predicted?: number;
  /** Expected − predicted: positive means clients expect more than the studio thinks. */
  readonly predictionGap?: number;
}

const mean = (s: { sum: number; n: number }) => (s.n === 0 ? undefined : s.sum / s.n);
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Per dimension: mean offered, perceived and expected levels, and the gap of
 * the means (perceived − offered, perceived − expected). The gap is taken on
 * means because offered levels come from the studio's self-assessments while
 * perceived levels come from clients: the two sides are rarely paired.
 */
export function summarise(sums: DimensionSums): DimensionSummary[] {
  return DIMENSIONS.map((dimension) => {
    const offered = mean(sums[dimension].offered);
    const perceived = mean(sums[dimension].perceived);
    const expected = mean(sums[dimension].expected);
    const predicted = mean(sums[dimension].predicted);
    return {
      dimension,
      ...(offered !== undefined ? { offered: round1(offered) } : {}),
      ...(perceived !== undefined ? { perceived: round1(perceived) } : {}),
      ...(expected !== undefined ? { expected: round1(expected) } : {}),
      ...(perceived !== undefined && offered !== undefined ? { gap: round1(perceived - offered) } : {}),
      ...(perceived !== undefined && expected !== undefined
        ? { gapVsExpected: round1(perceived - expected) }
        : {}),
      ...(predicted !== undefined ? { predicted: round1(predicted) } : {}),
      ...(expected !== undefined && predicted !== undefined
        ? { predictionGap: round1(expected - predicted) }
        : {}),
    };
  });
}

/** The worst (most negative) perceived − offered gap of an assessment, or undefined when none is known. */
export function worstGap(scores: DimensionScores): number | undefined {
  const gaps = DIMENSIONS.map((d) => dimensionGap(scores[d]).vsOffered).filter(
    (g): g is number => g !== undefined,
  );
  return gaps.length === 0 ? undefined : Math.min(...gaps);
}
