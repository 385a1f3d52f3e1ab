export { GapAssessmentPanel } from './GapAssessmentPanel';
export { ComplaintQualityPanel } from './ComplaintQualityPanel';
export { ActionModal } from './ActionModal';
export { PromisesPanel } from './PromisesPanel';
export { ClientFitPanel } from './ClientFitPanel';
export { SelfAssessmentPanel } from './SelfAssessmentPanel';
export { dimensionLabel } from './labels';
export { promiseKindLabel } from './labels';
