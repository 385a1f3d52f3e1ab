/** First-level causes of dissatisfaction: a fixed taxonomy (domain.md §2). */
export const CAUSES = [
  'quality',
  'personalization',
  'communication',
  'pricing',
  'after_sales',
  'profit_orientation',
  'other',
] as const;
export type Cause = (typeof CAUSES)[number];

/** How the complaint reached the studio. */
export const CHANNELS = [
  'phone',
  'email',
  'pec',
  'in_person',
  'letter',
  'website_review',
  'social',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Lifecycle states, in the order of ISO 10002's process (domain.md §4). */
export const COMPLAINT_STATES = [
  'received',
  'acknowledged',
  'investigating',
  'solution_proposed',
  'resolved',
  'followed_up',
  'closed',
  'unfounded',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
