export * from './taxonomy';
export { ALTERNATIVES } from './complaint';
export type {
  Alternative,
  ClientDecision,
  ClientPick,
  ClockPause,
  Complaint,
  ComplaintIntake,
  FeelingRating,
  LocalDateTime,
  Milestones,
  NewComplaint,
} from './complaint';
export { formatProtocolCode, protocolCounterKey, yearOf } from './protocolCode';
export {
  isLocalDateTime,
  pastLocalDateTime,
  perMinute,
  TEXT_LIMITS,
  toLocalDateTime,
  toValidationResult,
  validateComplaintIntake,
} from './validation';
export type { ValidationMessage, ValidationResult, FieldErrors } from './validation';
