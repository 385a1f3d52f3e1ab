import { lazy } from 'react';

/** The document views (and Recharts with them) load only when a document is opened. */
export const DocumentScreen = lazy(() =>
  import('./DocumentScreen').then((m) => ({ default: m.DocumentScreen })),
);
export { documentPath, PrintLink } from './PrintLink';
export { safeFileName } from './format';
export { periodLabel } from './periodic/periodLabel';
export { principleHint, principleLabel, ratingLabel } from './labels';
