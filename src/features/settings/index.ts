import { lazy } from 'react';

/** Loaded when first opened, so the queue's bundle does not carry every settings panel. */
export const SettingsScreen = lazy(() =>
  import('./SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
export { SECTIONS as SETTINGS_SECTIONS } from './sections';
export { StudioFields, type StudioValues } from './StudioFields';
export { StandardsFields, toStandardsValues, type StandardsValues } from './StandardsFields';
export { translateErrors } from './formErrors';
