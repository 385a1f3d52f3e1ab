export { ComplaintScreen } from './ComplaintScreen';
export { NewComplaintScreen } from './NewComplaintScreen';
export { causeLabel, channelLabel, feelingLabel, severityLabel, stateLabel } from './labels';
export { alternativeLabel, auditLabel, standardLabel, standardStatusLabel } from './lifecycleLabels';
