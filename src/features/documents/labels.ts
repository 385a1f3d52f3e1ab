import type { ParseKeys } from 'i18next';
import type { ActionStatus, Effectiveness } from '../../domain/improvement';
import type { Principle, PrincipleRating } from '../../domain/reports';

/** Translation keys for the reports' fixed vocabularies, written out whole so the key check sees them. */
export const principleLabel = {
  visibility: 'reports.principle.visibility',
  accessibility: 'reports.principle.accessibility',
  responsiveness: 'reports.principle.responsiveness',
  objectivity: 'reports.principle.objectivity',
  confidentiality: 'reports.principle.confidentiality',
  client_focus: 'reports.principle.client_focus',
  accountability: 'reports.principle.accountability',
  improvement: 'reports.principle.improvement',
} as const satisfies Record<Principle, ParseKeys>;

export const principleHint = {
  visibility: 'reports.principleHint.visibility',
  accessibility: 'reports.principleHint.accessibility',
  responsiveness: 'reports.principleHint.responsiveness',
  objectivity: 'reports.principleHint.objectivity',
  confidentiality: 'reports.principleHint.confidentiality',
  client_focus: 'reports.principleHint.client_focus',
  accountability: 'reports.principleHint.accountability',
  improvement: 'reports.principleHint.improvement',
} as const satisfies Record<Principle, ParseKeys>;

export const ratingLabel = {
  1: 'reports.rating.1',
  2: 'reports.rating.2',
  3: 'reports.rating.3',
  4: 'reports.rating.4',
} as const satisfies Record<Exclude<PrincipleRating, 0>, ParseKeys>;

/** The five SERVQUAL dimensions as the survey form asks about them. */
export const SERVQUAL_DIMENSIONS = [
  'tangibles',
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
] as const;

export const servqualLabel = {
  tangibles: 'reports.servqual.tangibles',
  reliability: 'reports.servqual.reliability',
  responsiveness: 'reports.servqual.responsiveness',
  assurance: 'reports.servqual.assurance',
  empathy: 'reports.servqual.empathy',
} as const satisfies Record<(typeof SERVQUAL_DIMENSIONS)[number], ParseKeys>;

/** An improvement action's status and effect, worded as on the dashboard. */
export const actionStatusLabel = {
  planned: 'dashboard.actions.status.planned',
  in_progress: 'dashboard.actions.status.in_progress',
  done: 'dashboard.actions.status.done',
  dropped: 'dashboard.actions.status.dropped',
} as const satisfies Record<ActionStatus, ParseKeys>;

export const effectivenessLabel = {
  improved: 'dashboard.actions.verdict.improved',
  unchanged: 'dashboard.actions.verdict.unchanged',
  worse: 'dashboard.actions.verdict.worse',
} as const satisfies Record<Effectiveness, ParseKeys>;
