export { SECTIONS as SETTINGS_SECTIONS, SettingsScreen } from './SettingsScreen';
export { StudioFields, type StudioValues } from './StudioFields';
export { StandardsFields, toStandardsValues, type StandardsValues } from './StandardsFields';
export { translateErrors } from './formErrors';
