import type { TFunction } from 'i18next';
import type { RecoveryAssessment } from '../../domain/recovery';

/**
 * The figures behind *Conviene recuperare?*, label by label, as the complaint
 * page and the dossier both show them. `hours` and `rate` are already
 * formatted for the reader's locale.
 */
export function economicsRows(
  a: RecoveryAssessment,
  t: TFunction,
  euro: (value: number | undefined) => string,
  cost: { readonly hours: string; readonly rate: string },
): [string, string][] {
  return [
    [t('recovery.economics.lifetimeValue'), euro(a.lifetimeValue)],
    [t('recovery.economics.wordOfMouth'), euro(a.wordOfMouth)],
    [t('recovery.economics.valueAtRisk'), euro(a.valueAtRisk)],
    [t('recovery.economics.lossWithout'), euro(a.lossWithout)],
    [t('recovery.economics.lossWith'), euro(a.lossWith)],
    [t('recovery.economics.worthSpending'), euro(a.worthSpending)],
    [t('recovery.economics.cost', cost), euro(a.cost)],
  ];
}
