import { lazy } from 'react';

/** Loaded when first opened, so the queue's bundle does not carry it. */
export const ReportsScreen = lazy(() => import('./ReportsScreen').then((m) => ({ default: m.ReportsScreen })));
