export * from './taxonomy';
export type { Complaint, NewComplaint, LocalDateTime } from './complaint';
export { formatProtocolCode, protocolCounterKey, yearOf } from './protocolCode';
export { validateNewComplaint, toLocalDateTime, TEXT_LIMITS } from './validation';
export type { ValidationMessage, ValidationResult, FieldErrors } from './validation';
