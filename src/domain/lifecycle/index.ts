export type {
  LifecycleSnapshot,
  LifecycleEventType,
  LifecycleEvent,
  LifecycleAuditEvent,
  LifecycleError,
  TransitionResult,
} from './events';
export { LIFECYCLE_EVENT_TYPES } from './events';
export { transition, allowedEvents, isClockPaused } from './transition';
