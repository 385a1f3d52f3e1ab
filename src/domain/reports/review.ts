/**
 * The complaint-handling principles a studio assesses itself against in the
 * management review (after ISO 10002's guiding principles).
 */
export const PRINCIPLES = [
  'visibility',
  'accessibility',
  'responsiveness',
  'objectivity',
  'confidentiality',
  'client_focus',
  'accountability',
  'improvement',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** 0: not assessed; 1 (far from it) to 4 (fully lived). */
export type PrincipleRating = 0 | 1 | 2 | 3 | 4;

/** What the owner writes for one period's management review (*riesame della direzione*). */
export interface ReviewNotes {
  readonly notes: string;
  readonly decisions: string;
  readonly ratings: Readonly<Partial<Record<Principle, PrincipleRating>>>;
}

export const EMPTY_REVIEW_NOTES: ReviewNotes = { notes: '', decisions: '', ratings: {} };

/** Each period's review notes, by period key (`2026-Q1`). */
export type ReviewNotesByPeriod = Readonly<Record<string, ReviewNotes>>;

/**
 * The mean of the principles assessed (0 is "not assessed" and does not
 * count), or undefined when none was.
 */
export function meanRating(ratings: ReviewNotes['ratings']): number | undefined {
  const given = PRINCIPLES.map((p) => ratings[p] ?? 0).filter((r) => r > 0);
  return given.length ? given.reduce((sum: number, r) => sum + r, 0) / given.length : undefined;
}
