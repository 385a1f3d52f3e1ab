import 'i18next';
import type { Translation } from './resources';

// Italian is the source locale: every t('key') is checked against it at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
