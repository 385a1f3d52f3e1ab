import type { TFunction } from 'i18next';
import type { ChainCheck } from '../../data';
import { formatInstant } from '../../i18n/format';

/** One sentence naming where the audit chain breaks and why. */
export function chainBreakText(
  check: Extract<ChainCheck, { ok: false }>,
  t: TFunction,
  locale: string,
): string {
  const where = t('backup.chain.broken', {
    seq: check.brokenAt.seq,
    date: formatInstant(check.brokenAt.at, locale),
  });
  return `${where} ${t(check.reason === 'altered' ? 'backup.chain.altered' : 'backup.chain.gap')}`;
}
