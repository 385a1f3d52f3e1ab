import { emptyIntake, isBlankIntake, type IntakeValues } from './intakeValues';

const DRAFT_KEY = 'riparo.draft.newComplaint';

/**
 * The intake draft survives an accidental close or a crash: it is kept in this
 * profile's local storage (on the same PC as the register) until the complaint
 * is saved or the draft is discarded.
 */
export const intakeDraft = {
  load(now: Date): IntakeValues | null {
    const raw = localStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<IntakeValues>;
      return { ...emptyIntake(now), ...parsed };
    } catch {
      localStorage.removeItem(DRAFT_KEY);
      return null;
    }
  },
  /** Keeps what was typed; a form emptied again leaves no draft behind. */
  save(values: IntakeValues): void {
    if (isBlankIntake(values)) localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  },
  clear(): void {
    localStorage.removeItem(DRAFT_KEY);
  },
};
