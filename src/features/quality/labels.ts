import type { ParseKeys } from 'i18next';
import type { Dimension, FitQuestion, PromiseKind } from '../../domain/quality';

/** Translation keys of the quality vocabularies, written out whole so the key check sees them. */
export const dimensionLabel = {
  tangibles: 'quality.dimension.tangibles',
  reliability: 'quality.dimension.reliability',
  responsiveness: 'quality.dimension.responsiveness',
  assurance: 'quality.dimension.assurance',
  empathy: 'quality.dimension.empathy',
} as const satisfies Record<Dimension, ParseKeys>;

export const dimensionHint = {
  tangibles: 'quality.dimensionHint.tangibles',
  reliability: 'quality.dimensionHint.reliability',
  responsiveness: 'quality.dimensionHint.responsiveness',
  assurance: 'quality.dimensionHint.assurance',
  empathy: 'quality.dimensionHint.empathy',
} as const satisfies Record<Dimension, ParseKeys>;

export const promiseKindLabel = {
  deadline: 'quality.promises.kind.deadline',
  fee_estimate: 'quality.promises.kind.fee_estimate',
  outcome: 'quality.promises.kind.outcome',
  reply_time: 'quality.promises.kind.reply_time',
} as const satisfies Record<PromiseKind, ParseKeys>;

export const fitQuestionLabel = {
  competence: 'quality.fit.question.competence',
  capacity: 'quality.fit.question.capacity',
  expectations: 'quality.fit.question.expectations',
  fees: 'quality.fit.question.fees',
  independence: 'quality.fit.question.independence',
  communication: 'quality.fit.question.communication',
} as const satisfies Record<FitQuestion, ParseKeys>;
