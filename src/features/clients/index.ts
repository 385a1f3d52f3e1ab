import { lazy } from 'react';

// Loaded when first opened, so the queue's bundle does not carry the registry's screens.
export const ClientScreen = lazy(() => import('./ClientScreen').then((m) => ({ default: m.ClientScreen })));
export const ClientsScreen = lazy(() =>
  import('./ClientsScreen').then((m) => ({ default: m.ClientsScreen })),
);
export const NewClientScreen = lazy(() =>
  import('./NewClientScreen').then((m) => ({ default: m.NewClientScreen })),
);
export { formatDay, formatEuro } from './format';
export { kindLabel } from './labels';
