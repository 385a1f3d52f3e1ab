import type { ParseKeys } from 'i18next';
import type { CsvField, FollowUpReason } from '../../domain/surveys';

/** Translation keys of the CSV fields, written out whole so the key check sees them. */
export const csvFieldLabel = {
  date: 'surveys.field.date',
  nps: 'surveys.field.nps',
  csat: 'surveys.field.csat',
  comment: 'surveys.field.comment',
  client: 'surveys.field.client',
  serviceArea: 'surveys.field.serviceArea',
  tangibles: 'quality.dimension.tangibles',
  reliability: 'quality.dimension.reliability',
  responsiveness: 'quality.dimension.responsiveness',
  assurance: 'quality.dimension.assurance',
  empathy: 'quality.dimension.empathy',
} as const satisfies Record<CsvField, ParseKeys>;

export const followUpReasonLabel = {
  detractor: 'surveys.followUps.reason.detractor',
  low_csat: 'surveys.followUps.reason.low_csat',
  silent_call: 'surveys.followUps.reason.silent_call',
} as const satisfies Record<FollowUpReason, ParseKeys>;
