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

/** How serious the problem is for the client (drives keep-probabilities later). */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What the client feels, recorded while listening (domain.md §3, Ascoltare). */
export const FEELINGS = [
  'frustration',
  'not_heard',
  'stress',
  'loss_of_trust',
  'injustice',
  'word_of_mouth',
] as const;
export type Feeling = (typeof FEELINGS)[number];

/** How strongly a feeling was expressed: 1 a little, 2 clearly, 3 strongly. */
export type FeelingIntensity = 1 | 2 | 3;
