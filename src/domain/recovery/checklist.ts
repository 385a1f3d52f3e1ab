import type { LifecycleEventType } from '../lifecycle';
import { RECOVERY_STEPS, type ChecklistItem, type RecoveryStep } from './steps';

export interface StepProgress {
  readonly step: RecoveryStep;
  readonly done: number;
  readonly total: number;
}

/** Done and total items of each step, in step order. */
export function stepProgress(items: readonly ChecklistItem[]): StepProgress[] {
  return RECOVERY_STEPS.map((step) => {
    const ofStep = items.filter((item) => item.step === step);
    return { step, done: ofStep.filter((item) => item.done).length, total: ofStep.length };
  });
}

/** A step with no items counts as complete: there is nothing left to do in it. */
const isComplete = (progress: StepProgress) => progress.done === progress.total;

/** The first step with something still to do, or `undefined` when the checklist is complete. */
export function currentStep(items: readonly ChecklistItem[]): RecoveryStep | undefined {
  return stepProgress(items).find((p) => !isComplete(p))?.step;
}

/** The first unticked item of the current step: "what to do next". */
export function nextItem(items: readonly ChecklistItem[]): ChecklistItem | undefined {
  const step = currentStep(items);
  return items.find((item) => item.step === step && !item.done);
}

/** How many of the seven steps are complete. */
export function completedSteps(items: readonly ChecklistItem[]): number {
  return stepProgress(items).filter(isComplete).length;
}

/**
 * Which steps should be complete before a lifecycle event (domain.md §3–§4):
 * the studio listens and apologises before analysing, investigates before
 * proposing, has acted and checked its authority before calling the matter
 * resolved, keeps the client informed until then, and follows up before closing.
 */
const STEPS_BEFORE: Partial<Record<LifecycleEventType, readonly RecoveryStep[]>> = {
  start_investigation: ['listen', 'apologise'],
  propose_solution: ['listen', 'apologise', 'investigate'],
  resolve: ['listen', 'apologise', 'investigate', 'resolve', 'empower'],
  record_follow_up: ['listen', 'apologise', 'investigate', 'resolve', 'empower', 'communicate'],
  close: RECOVERY_STEPS,
};

/**
 * The steps still incomplete that the event expects done, in step order;
 * empty when checklist and lifecycle agree. The studio may still go ahead,
 * but the override is confirmed and recorded in the audit trail.
 */
export function incompleteStepsFor(
  event: LifecycleEventType,
  items: readonly ChecklistItem[],
): RecoveryStep[] {
  const required = STEPS_BEFORE[event] ?? [];
  return stepProgress(items)
    .filter((p) => required.includes(p.step) && !isComplete(p))
    .map((p) => p.step);
}

/** Ticks or unticks an item, recording who and when on ticking; returns the new list. */
export function setItemDone(
  items: readonly ChecklistItem[],
  itemId: string,
  done: boolean,
  at: string,
  by?: string,
): ChecklistItem[] {
  return items.map((item) => {
    if (item.id !== itemId) return item;
    const { doneAt: _at, doneBy: _by, ...rest } = item;
    return done ? { ...rest, done, doneAt: at, ...(by ? { doneBy: by } : {}) } : { ...rest, done };
  });
}

/** Replaces an item's note. */
export function setItemNote(items: readonly ChecklistItem[], itemId: string, note: string): ChecklistItem[] {
  return items.map((item) => (item.id === itemId ? { ...item, note } : item));
}
