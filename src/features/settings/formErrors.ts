import type { TFunction } from 'i18next';
import type { SettingsErrors, SettingsMessage } from '../../domain/settings';

/** The domain's message keys for each invalid field, as the form shows them. */
export function translateErrors<T>(errors: SettingsErrors<T>, t: TFunction): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key as SettingsMessage)]));
}
