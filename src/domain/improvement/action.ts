import type { Cause } from '../complaint';
import { dayNumber, fromDayNumber } from '../deadlines/localDate';

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A later look at whether an action worked: complaints of its cause before and after. */
export interface EffectivenessCheck {
  /** When the check was made, `YYYY-MM-DD`. */
  readonly checkedOn: string;
  /** Complaints of the cause in the window before the action started. */
  readonly before: number;
  /** Complaints of the cause in an equally long window after it. */
  readonly after: number;
  readonly note: string;
}

/** An improvement action (domain.md §9), born from a recurring cause or a complaint. */
export interface ImprovementAction {
  readonly id: string;
  readonly description: string;
  readonly cause: Cause;
  readonly ownerId?: string;
  /** `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The day the action was decided, `YYYY-MM-DD`: the line between "before" and "after". */
  readonly startedOn: string;
  readonly status: ActionStatus;
  readonly complaintIds: readonly string[];
  readonly checks: readonly EffectivenessCheck[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type ImprovementActionDraft = Pick<
  ImprovementAction,
  'description' | 'cause' | 'ownerId' | 'dueDate' | 'startedOn' | 'complaintIds'
>;

/** Two windows of equal length either side of the start: `[before, after]`, each `{ from, to }` inclusive. */
export function effectivenessWindows(
  startedOn: string,
  checkedOn: string,
): { before: { from: string; to: string }; after: { from: string; to: string } } {
  const start = dayNumber(startedOn);
  // At least one day after, so a check made the day the action starts still compares something.
  const length = Math.max(1, dayNumber(checkedOn) - start);
  return {
    before: { from: fromDayNumber(start - length), to: fromDayNumber(start - 1) },
    after: { from: fromDayNumber(start), to: fromDayNumber(start + length - 1) },
  };
}

export type Effectiveness = 'improved' | 'unchanged' | 'worse';

/** Did complaints of the cause drop? Fewer after than before: improved. */
export function judgeEffectiveness(check: Pick<EffectivenessCheck, 'before' | 'after'>): Effectiveness {
  if (check.after < check.before) return 'improved';
  return check.after === check.before ? 'unchanged' : 'worse';
}

/** The change in per cent from before to after, rounded; undefined when there was nothing before. */
export function changePercent(check: Pick<EffectivenessCheck, 'before' | 'after'>): number | undefined {
  if (check.before === 0) return undefined;
  return Math.round((100 * (check.after - check.before)) / check.before);
}

/**
 * The actions a period's management review looks at: those decided by the
 * period's end that were still open at any point in it, or whose
 * effectiveness was checked in it. Actions closed before the period began are
 * history already reviewed.
 */
export function actionsForPeriod(
  actions: readonly ImprovementAction[],
  period: { readonly from: string; readonly to: string },
): ImprovementAction[] {
  return actions.filter((a) => {
    if (a.startedOn > period.to) return false;
    const open = a.status === 'planned' || a.status === 'in_progress';
    const touched = a.updatedAt.slice(0, 10) >= period.from;
    const checked = a.checks.some((c) => c.checkedOn >= period.from && c.checkedOn <= period.to);
    return open || touched || checked;
  });
}
