export { RecoveryWorkbench } from './RecoveryWorkbench';
export { RecoveryProgress } from './RecoveryProgress';
export { FollowUpBanner } from './FollowUpBanner';
export { ChecklistOverrideAlert } from './ChecklistOverrideAlert';
export { ChecklistTemplatesSection } from './settings/ChecklistTemplatesSection';
export { LetterTemplatesSection } from './settings/LetterTemplatesSection';
export { DelegationSection } from './settings/DelegationSection';
export { EconomicsSection } from './settings/EconomicsSection';
export { directionLabel, followUpIntensityLabel, letterKindLabel, stepLabel, verdictLabel } from './labels';
