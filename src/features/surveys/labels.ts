import type { ParseKeys } from 'i18next';
import type { ServqualItem } from '../../domain/quality';
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

/** The 22 SERVQUAL statements, in our own words for a professional studio. */
export const servqualItemLabel = {
  t1: 'surveys.servqual.item.t1',
  t2: 'surveys.servqual.item.t2',
  t3: 'surveys.servqual.item.t3',
  t4: 'surveys.servqual.item.t4',
  r1: 'surveys.servqual.item.r1',
  r2: 'surveys.servqual.item.r2',
  r3: 'surveys.servqual.item.r3',
  r4: 'surveys.servqual.item.r4',
  r5: 'surveys.servqual.item.r5',
  s1: 'surveys.servqual.item.s1',
  s2: 'surveys.servqual.item.s2',
  s3: 'surveys.servqual.item.s3',
  s4: 'surveys.servqual.item.s4',
  a1: 'surveys.servqual.item.a1',
  a2: 'surveys.servqual.item.a2',
  a3: 'surveys.servqual.item.a3',
  a4: 'surveys.servqual.item.a4',
  e1: 'surveys.servqual.item.e1',
  e2: 'surveys.servqual.item.e2',
  e3: 'surveys.servqual.item.e3',
  e4: 'surveys.servqual.item.e4',
  e5: 'surveys.servqual.item.e5',
} as const satisfies Record<ServqualItem, ParseKeys>;
