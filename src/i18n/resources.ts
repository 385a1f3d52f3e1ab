import en from './locales/en.json';
import enBackup from './locales/en.backup.json';
import enClients from './locales/en.clients.json';
import enRecovery from './locales/en.recovery.json';
import enDashboard from './locales/en.dashboard.json';
import enQuality from './locales/en.quality.json';
import enReports from './locales/en.reports.json';
import enDesktop from './locales/en.desktop.json';
import enPrivacy from './locales/en.privacy.json';
import enSettings from './locales/en.settings.json';
import enSurveys from './locales/en.surveys.json';
import it from './locales/it.json';
import itBackup from './locales/it.backup.json';
import itClients from './locales/it.clients.json';
import itRecovery from './locales/it.recovery.json';
import itDashboard from './locales/it.dashboard.json';
import itQuality from './locales/it.quality.json';
import itReports from './locales/it.reports.json';
import itDesktop from './locales/it.desktop.json';
import itPrivacy from './locales/it.privacy.json';
import itSettings from './locales/it.settings.json';
import itSurveys from './locales/it.surveys.json';

/**
 * Each screen family keeps its texts in its own file (top-level keys never
 * overlap), merged here into one namespace. Italian is the source: its shape
 * is the type every `t()` key is checked against.
 */
export const italian = {
  ...it,
  ...itClients,
  ...itSettings,
  ...itRecovery,
  ...itQuality,
  ...itSurveys,
  ...itDashboard,
  ...itBackup,
  ...itReports,
  ...itDesktop,
  ...itPrivacy,
};
export const english = {
  ...en,
  ...enClients,
  ...enSettings,
  ...enRecovery,
  ...enQuality,
  ...enSurveys,
  ...enDashboard,
  ...enBackup,
  ...enReports,
  ...enDesktop,
  ...enPrivacy,
};
export type Translation = typeof italian;
