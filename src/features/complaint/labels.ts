import type { ParseKeys } from 'i18next';
import type { Cause, Channel, ComplaintState, Feeling, Severity } from '../../domain/complaint';

/** Translation keys for the domain's fixed vocabularies, written out whole so the key check sees them. */
export const causeLabel = {
  quality: 'cause.quality',
  personalization: 'cause.personalization',
  communication: 'cause.communication',
  pricing: 'cause.pricing',
  after_sales: 'cause.after_sales',
  profit_orientation: 'cause.profit_orientation',
  other: 'cause.other',
} as const satisfies Record<Cause, ParseKeys>;

export const channelLabel = {
  phone: 'channel.phone',
  email: 'channel.email',
  pec: 'channel.pec',
  in_person: 'channel.in_person',
  letter: 'channel.letter',
  website_review: 'channel.website_review',
  social: 'channel.social',
  other: 'channel.other',
} as const satisfies Record<Channel, ParseKeys>;

export const stateLabel = {
  received: 'state.received',
  acknowledged: 'state.acknowledged',
  investigating: 'state.investigating',
  solution_proposed: 'state.solution_proposed',
  resolved: 'state.resolved',
  followed_up: 'state.followed_up',
  closed: 'state.closed',
  unfounded: 'state.unfounded',
} as const satisfies Record<ComplaintState, ParseKeys>;

export const severityLabel = {
  low: 'severity.low',
  medium: 'severity.medium',
  high: 'severity.high',
  critical: 'severity.critical',
} as const satisfies Record<Severity, ParseKeys>;

export const feelingLabel = {
  frustration: 'feeling.frustration',
  not_heard: 'feeling.not_heard',
  stress: 'feeling.stress',
  loss_of_trust: 'feeling.loss_of_trust',
  injustice: 'feeling.injustice',
  word_of_mouth: 'feeling.word_of_mouth',
} as const satisfies Record<Feeling, ParseKeys>;
