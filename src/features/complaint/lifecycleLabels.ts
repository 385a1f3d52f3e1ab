import type { ParseKeys } from 'i18next';
import type { Alternative } from '../../domain/complaint';
import type { StandardKey, StandardStatus } from '../../domain/deadlines';
import type { LifecycleError, LifecycleEventType } from '../../domain/lifecycle';

export const eventLabel = {
  acknowledge: 'lifecycle.event.acknowledge',
  start_investigation: 'lifecycle.event.start_investigation',
  propose_solution: 'lifecycle.event.propose_solution',
  record_client_decision: 'lifecycle.event.record_client_decision',
  resolve: 'lifecycle.event.resolve',
  record_follow_up: 'lifecycle.event.record_follow_up',
  close: 'lifecycle.event.close',
  mark_unfounded: 'lifecycle.event.mark_unfounded',
  pause_clock: 'lifecycle.event.pause_clock',
  resume_clock: 'lifecycle.event.resume_clock',
} as const satisfies Record<LifecycleEventType, ParseKeys>;

export const auditLabel = {
  'complaint.registered': 'lifecycle.audit.registered',
  'complaint.imported': 'lifecycle.audit.imported',
  'complaint.acknowledge': 'lifecycle.audit.acknowledge',
  'complaint.start_investigation': 'lifecycle.audit.start_investigation',
  'complaint.propose_solution': 'lifecycle.audit.propose_solution',
  'complaint.record_client_decision': 'lifecycle.audit.record_client_decision',
  'complaint.resolve': 'lifecycle.audit.resolve',
  'complaint.record_follow_up': 'lifecycle.audit.record_follow_up',
  'complaint.close': 'lifecycle.audit.close',
  'complaint.mark_unfounded': 'lifecycle.audit.mark_unfounded',
  'complaint.pause_clock': 'lifecycle.audit.pause_clock',
  'complaint.resume_clock': 'lifecycle.audit.resume_clock',
  'complaint.checklist_override': 'recovery.audit.checklist_override',
  'recovery.proposal_saved': 'recovery.audit.proposal_saved',
  'recovery.proposal_approved': 'recovery.audit.proposal_approved',
  'recovery.contact_logged': 'recovery.audit.contact_logged',
  'recovery.letter_sent': 'recovery.audit.letter_sent',
  'privacy.complaint_anonymised': 'privacy.audit.complaint_anonymised',
  'privacy.complaint_retention': 'privacy.audit.complaint_retention',
} as const satisfies Record<string, ParseKeys>;

export const lifecycleErrorLabel = {
  'lifecycle.notAllowed': 'lifecycle.error.notAllowed',
  'lifecycle.reasonRequired': 'lifecycle.error.reasonRequired',
  'lifecycle.alternativesRequired': 'lifecycle.error.alternativesRequired',
  'lifecycle.invalidTime': 'lifecycle.error.invalidTime',
  'lifecycle.timeBeforePrevious': 'lifecycle.error.timeBeforePrevious',
  'recovery.approvalRequired': 'recovery.compensation.resolveBlocked',
} as const satisfies Record<LifecycleError | 'recovery.approvalRequired', ParseKeys>;

export const alternativeLabel = {
  owner_review: 'lifecycle.alternative.owner_review',
  professional_body: 'lifecycle.alternative.professional_body',
  mediation: 'lifecycle.alternative.mediation',
} as const satisfies Record<Alternative, ParseKeys>;

export const standardLabel = {
  acknowledge: 'lifecycle.standard.acknowledge',
  respond: 'lifecycle.standard.respond',
  resolve: 'lifecycle.standard.resolve',
  followUp: 'lifecycle.standard.followUp',
} as const satisfies Record<StandardKey, ParseKeys>;

export const standardStatusLabel = {
  met: 'lifecycle.status.met',
  missed: 'lifecycle.status.missed',
  due_today: 'lifecycle.status.due_today',
  on_time: 'lifecycle.status.on_time',
  overdue: 'lifecycle.status.overdue',
  paused: 'lifecycle.status.paused',
  not_started: 'lifecycle.status.not_started',
  not_applicable: 'lifecycle.status.not_applicable',
} as const satisfies Record<StandardStatus, ParseKeys>;
