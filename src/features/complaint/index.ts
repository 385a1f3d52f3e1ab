import { lazy } from 'react';

// Loaded when first opened, so the queue's bundle does not carry the complaint's file and its forms.
export const ComplaintScreen = lazy(() =>
  import('./ComplaintScreen').then((m) => ({ default: m.ComplaintScreen })),
);
export const NewComplaintScreen = lazy(() =>
  import('./NewComplaintScreen').then((m) => ({ default: m.NewComplaintScreen })),
);
export { causeLabel, channelLabel, feelingLabel, severityLabel, stateLabel } from './labels';
export { alternativeLabel, auditLabel, standardLabel, standardStatusLabel } from './lifecycleLabels';
