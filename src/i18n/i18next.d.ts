import 'i18next';
import type it from './locales/it.json';

// Italian is the source locale: every t('key') is checked against it at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof it };
  }
}
