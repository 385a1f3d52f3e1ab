export { RecoveryWorkbench } from './RecoveryWorkbench';
export { RecoveryProgress } from './RecoveryProgress';
export { FollowUpBanner } from './FollowUpBanner';
export { ChecklistOverrideAlert } from './ChecklistOverrideAlert';
export { ChecklistTemplatesSection } from './settings/ChecklistTemplatesSection';
export { DelegationSection } from './settings/DelegationSection';
export { EconomicsSection } from './settings/EconomicsSection';
export { useFollowUpReminder } from './useFollowUpReminder';
