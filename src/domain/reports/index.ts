export type { Period, PeriodKind } from './period';
export { PERIOD_KINDS, parsePeriodKey, periodContaining, periodOf } from './period';
export type { PeriodicFigures, StandardFigures, ParetoBar } from './periodic';
export { buildPeriodicFigures, median, paretoOf } from './periodic';
export type { PolicyBlock, PolicyHistory, PolicyVersion } from './policy';
export { POLICY_MAX_LENGTH, POLICY_PLACEHOLDERS, addPolicyVersion, fillPolicy, policyBlocks } from './policy';
export type { Principle, PrincipleRating, ReviewNotes, ReviewNotesByPeriod } from './review';
export { EMPTY_REVIEW_NOTES, PRINCIPLES, meanRating } from './review';
