import type { ParseKeys } from 'i18next';
import type { Cause, Channel, ComplaintState } from '../../domain/complaint';

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
