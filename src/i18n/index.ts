import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { english, italian } from './resources';

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'riparo.language';

/** Locale used for dates, numbers and € in each UI language. */
export const LOCALE_OF: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'it';
}

/** Starts i18next with Italian as the source language; call once before rendering. */
export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { it: { translation: italian }, en: { translation: english } },
    lng: storedLanguage(),
    fallbackLng: 'it',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Switches the UI language and remembers the choice for the next start. */
export function changeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

export function currentLanguage(language: string): Language {
  return isLanguage(language) ? language : 'it';
}
