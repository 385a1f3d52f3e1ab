import { periodRange, type DateRange, type PeriodKind } from '../../domain/dashboard';

/** What the dashboard's filter bar holds. */
export interface DashboardFilterValues {
  readonly kind: PeriodKind;
  /** A day inside the month, quarter or year shown. */
  readonly reference: string;
  readonly custom: DateRange;
  readonly serviceAreaId: string;
}

/** The range of days the filter bar selects. */
export const rangeOf = (f: DashboardFilterValues): DateRange => periodRange(f.kind, f.reference, f.custom);
