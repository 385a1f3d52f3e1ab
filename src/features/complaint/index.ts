export { ComplaintScreen } from './ComplaintScreen';
export { NewComplaintScreen } from './NewComplaintScreen';
export { causeLabel, channelLabel, stateLabel } from './labels';
