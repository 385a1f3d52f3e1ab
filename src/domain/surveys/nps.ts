/** How an answer to the recommendation question classifies the client (domain.md §8). */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** Promoter 9–10, passive 7–8, detractor 0–6. */
export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Counts of answers by NPS category. */
export interface NpsTally {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

export const EMPTY_TALLY: NpsTally = { promoters: 0, passives: 0, detractors: 0 };

/** The tally with one more answer of `score`. */
export function addToTally(tally: NpsTally, score: number): NpsTally {
  const category = npsCategory(score);
  return {
    promoters: tally.promoters + (category === 'promoter' ? 1 : 0),
    passives: tally.passives + (category === 'passive' ? 1 : 0),
    detractors: tally.detractors + (category === 'detractor' ? 1 : 0),
  };
}

/**
 * NPS = % promoters − % detractors, rounded to a whole number (−100…100);
 * undefined with no answers, so an empty period never reads as a score of 0.
 */
export function npsScore(tally: NpsTally): number | undefined {
  const total = tally.promoters + tally.passives + tally.detractors;
  if (total === 0) return undefined;
  return Math.round((100 * (tally.promoters - tally.detractors)) / total);
}

/** Counts of CSAT answers: how many in all, how many 4 or 5. */
export interface CsatTally {
  readonly answers: number;
  readonly satisfied: number;
}

/** CSAT % = share of answers that are 4 or 5, rounded; undefined with no answers. */
export function csatPercent(tally: CsatTally): number | undefined {
  if (tally.answers === 0) return undefined;
  return Math.round((100 * tally.satisfied) / tally.answers);
}

/** A quiet unhappy client: a detractor (0–6) or CSAT 1–2 opens a follow-up item. */
export function needsFollowUp(answer: { readonly nps: number; readonly csat: number }): boolean {
  return answer.nps <= 6 || answer.csat <= 2;
}
