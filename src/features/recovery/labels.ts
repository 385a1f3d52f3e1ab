import type { ParseKeys } from 'i18next';
import type { Feeling } from '../../domain/complaint';
import type {
  ContactDirection,
  ContactError,
  FeelingStep,
  FollowUpIntensity,
  LetterKind,
  MergeField,
  RecoveryStep,
  RecoveryVerdict,
} from '../../domain/recovery';

/** Translation keys of the recovery vocabulary, written out whole so the key check sees them. */
export const stepLabel = {
  listen: 'recovery.step.listen',
  apologise: 'recovery.step.apologise',
  investigate: 'recovery.step.investigate',
  resolve: 'recovery.step.resolve',
  empower: 'recovery.step.empower',
  communicate: 'recovery.step.communicate',
  follow_up: 'recovery.step.follow_up',
} as const satisfies Record<RecoveryStep, ParseKeys>;

export const stepHint = {
  listen: 'recovery.stepHint.listen',
  apologise: 'recovery.stepHint.apologise',
  investigate: 'recovery.stepHint.investigate',
  resolve: 'recovery.stepHint.resolve',
  empower: 'recovery.stepHint.empower',
  communicate: 'recovery.stepHint.communicate',
  follow_up: 'recovery.stepHint.follow_up',
} as const satisfies Record<RecoveryStep, ParseKeys>;

/** Concrete moves for each feeling the client expressed, in the steps that address feelings. */
export const feelingMove = {
  listen: {
    frustration: 'recovery.move.listen.frustration',
    not_heard: 'recovery.move.listen.not_heard',
    stress: 'recovery.move.listen.stress',
    loss_of_trust: 'recovery.move.listen.loss_of_trust',
    injustice: 'recovery.move.listen.injustice',
    word_of_mouth: 'recovery.move.listen.word_of_mouth',
  },
  apologise: {
    frustration: 'recovery.move.apologise.frustration',
    not_heard: 'recovery.move.apologise.not_heard',
    stress: 'recovery.move.apologise.stress',
    loss_of_trust: 'recovery.move.apologise.loss_of_trust',
    injustice: 'recovery.move.apologise.injustice',
    word_of_mouth: 'recovery.move.apologise.word_of_mouth',
  },
} as const satisfies Record<FeelingStep, Record<Feeling, ParseKeys>>;

export const letterKindLabel = {
  acknowledgement: 'recovery.letter.kind.acknowledgement',
  apology: 'recovery.letter.kind.apology',
  solution: 'recovery.letter.kind.solution',
  update: 'recovery.letter.kind.update',
  follow_up: 'recovery.letter.kind.follow_up',
  unfounded: 'recovery.letter.kind.unfounded',
} as const satisfies Record<LetterKind, ParseKeys>;

export const mergeFieldLabel = {
  client: 'recovery.settings.letters.field.client',
  code: 'recovery.settings.letters.field.code',
  receivedDate: 'recovery.settings.letters.field.receivedDate',
  subject: 'recovery.settings.letters.field.subject',
  today: 'recovery.settings.letters.field.today',
  handler: 'recovery.settings.letters.field.handler',
  studio: 'recovery.settings.letters.field.studio',
  studioAddress: 'recovery.settings.letters.field.studioAddress',
  studioEmail: 'recovery.settings.letters.field.studioEmail',
  studioPhone: 'recovery.settings.letters.field.studioPhone',
  solution: 'recovery.settings.letters.field.solution',
  reason: 'recovery.settings.letters.field.reason',
} as const satisfies Record<MergeField, ParseKeys>;

export const directionLabel = {
  outgoing: 'recovery.contact.outgoing',
  incoming: 'recovery.contact.incoming',
} as const satisfies Record<ContactDirection, ParseKeys>;

export const contactErrorLabel = {
  summaryRequired: 'recovery.contact.error.summaryRequired',
  invalidTime: 'recovery.contact.error.invalidTime',
  invalidNextContact: 'recovery.contact.error.invalidNextContact',
  nextContactBeforeContact: 'recovery.contact.error.nextContactBeforeContact',
} as const satisfies Record<ContactError, ParseKeys>;

export const verdictLabel = {
  worth_it: 'recovery.economics.verdict.worth_it',
  not_worth_it: 'recovery.economics.verdict.not_worth_it',
  unknown: 'recovery.economics.verdict.unknown',
} as const satisfies Record<RecoveryVerdict, ParseKeys>;

export const followUpIntensityLabel = {
  0: 'recovery.followUp.intensity.0',
  1: 'recovery.followUp.intensity.1',
  2: 'recovery.followUp.intensity.2',
  3: 'recovery.followUp.intensity.3',
} as const satisfies Record<FollowUpIntensity, ParseKeys>;
