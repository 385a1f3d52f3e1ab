export { AnonymisedBadge, ClientPrivacyActions } from './ClientPrivacyActions';
export { RetentionScheduler } from './RetentionScheduler';
export { studioToday } from './today';
