import { LONG_SILENCE_DAYS } from '../../domain/dashboard';
import { DEFAULT_STANDARDS, type Standards } from '../../domain/deadlines';
import {
  EMPTY_STUDIO_PROFILE,
  sortClosures,
  type ClosureRange,
  type StudioProfile,
} from '../../domain/settings';
import {
  DEFAULT_DELEGATION_RULES,
  DEFAULT_RECOVERY_ECONOMICS,
  type ChecklistTemplates,
  type DelegationRules,
  type LetterTemplates,
  type RecoveryEconomics,
} from '../../domain/recovery';
import type { RiparoDb } from '../db';
import type { DemoRegister } from '../demo/generate';
import { demoTables, writeDemoRegister } from '../demo/load';
import type { PolicyHistory, ReviewNotesByPeriod } from '../../domain/reports';
import { newId } from '../ids';
import { refreshDueDates } from './deadlineContext';

/** Every setting the app keeps, by its key in the `settings` table. */
export interface SettingValues {
  studioProfile: StudioProfile;
  standards: Standards;
  closures: readonly ClosureRange[];
  /** The staff member using Riparo on this PC: the "who" of the audit trail. Empty: nobody chosen. */
  currentStaffId: string;
  /** True once the first-run wizard has been finished or skipped. */
  setupCompleted: boolean;
  /** The studio's checklist templates; null until edited, when the defaults in the UI language apply. */
  checklistTemplates: ChecklistTemplates | null;
  /** The studio's own wording of letter kinds; a kind not here uses the built-in letter in the UI language. */
  letterTemplates: LetterTemplates;
  /** Compensation authority limits and who signs off above them. */
  delegationRules: DelegationRules;
  /** The figures behind *Conviene recuperare?* */
  recoveryEconomics: RecoveryEconomics;
  /** Every saved version of the studio's complaint policy, oldest first. */
  complaintPolicy: PolicyHistory;
  /** The owner's notes, decisions and self-assessment for each period's management review. */
  reviewNotes: ReviewNotesByPeriod;
  /** Years after closing when a complaint's personal data is removed; null: kept until removed by hand. */
  retentionYears: number | null;
  /** The day (`YYYY-MM-DD`) the retention last ran; empty until the studio first runs it by hand. */
  retentionLastRun: string;
  /** Days without contact after which a client shows as a long silence on the dashboard. */
  silenceDays: number;
}

export type SettingKey = keyof SettingValues;

/** What a setting is worth before the studio has ever saved it. */
export const SETTING_DEFAULTS: SettingValues = {
  studioProfile: EMPTY_STUDIO_PROFILE,
  standards: DEFAULT_STANDARDS,
  closures: [],
  currentStaffId: '',
  setupCompleted: false,
  checklistTemplates: null,
  letterTemplates: {},
  delegationRules: DEFAULT_DELEGATION_RULES,
  recoveryEconomics: DEFAULT_RECOVERY_ECONOMICS,
  complaintPolicy: [],
  reviewNotes: {},
  retentionYears: null,
  retentionLastRun: '',
  silenceDays: LONG_SILENCE_DAYS,
};

/**
 * Reads a setting, or its default when never saved. Stored objects are laid
 * over their default, so a field added in a later release reads as its
 * default instead of `undefined`.
 */
export async function getSetting<K extends SettingKey>(db: RiparoDb, key: K): Promise<SettingValues[K]> {
  const stored = (await db.settings.get(key))?.value as SettingValues[K] | undefined;
  const fallback = SETTING_DEFAULTS[key];
  if (stored === undefined) return fallback;
  return isPlainObject(fallback) && isPlainObject(stored) ? Object.assign({}, fallback, stored) : stored;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Saves a setting; call inside a transaction that includes `settings`, or on its own. */
export async function putSetting<K extends SettingKey>(
  db: RiparoDb,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * Saves the standards and moves every complaint's next due date to match, in
 * one transaction: the queue never shows deadlines counted on old standards.
 */
export function saveStandards(db: RiparoDb, standards: Standards): Promise<void> {
  return db.transaction('rw', db.settings, db.complaints, async () => {
    await putSetting(db, 'standards', standards);
    await refreshDueDates(db);
  });
}

async function changeClosures(db: RiparoDb, change: (closures: ClosureRange[]) => ClosureRange[]) {
  await db.transaction('rw', db.settings, db.complaints, async () => {
    await putSetting(db, 'closures', sortClosures(change([...(await getSetting(db, 'closures'))])));
    await refreshDueDates(db);
  });
}

/** Adds a closure (already validated against the others) and recounts the due dates. */
export function addClosure(db: RiparoDb, closure: ClosureRange): Promise<void> {
  return changeClosures(db, (closures) => [...closures, closure]);
}

/** Removes the closure with these days and recounts the due dates. */
export function removeClosure(db: RiparoDb, closure: Pick<ClosureRange, 'from' | 'to'>): Promise<void> {
  return changeClosures(db, (closures) =>
    closures.filter((c) => c.from !== closure.from || c.to !== closure.to),
  );
}

/** What the first-run wizard collected. */
export interface FirstRunSetup {
  readonly studioProfile: StudioProfile;
  readonly standards: Standards;
  /** The person using Riparo; absent when the studio skipped with the defaults. */
  readonly user?: { readonly name: string; readonly role: string };
}

/**
 * Stores what the first-run wizard collected and marks setup completed, in
 * the caller's transaction (which must include `settings` and `staff`): the
 * person using Riparo becomes a staff member and the current user.
 */
export async function completeSetupInTransaction(
  db: RiparoDb,
  setup: FirstRunSetup,
  now: Date,
): Promise<void> {
  await putSetting(db, 'studioProfile', setup.studioProfile);
  await putSetting(db, 'standards', setup.standards);
  if (setup.user) {
    const stamp = now.toISOString();
    const id = newId();
    await db.staff.add({ id, ...setup.user, active: true, createdAt: stamp, updatedAt: stamp });
    await putSetting(db, 'currentStaffId', id);
  }
  await putSetting(db, 'setupCompleted', true);
}

/**
 * Finishes the first run in one transaction: all of the setup is stored, and
 * the demo register loaded when the studio asked for it, or none of it.
 */
export function completeSetup(
  db: RiparoDb,
  setup: FirstRunSetup,
  now: Date,
  demo?: DemoRegister,
): Promise<void> {
  return db.transaction('rw', demoTables(db), async () => {
    await completeSetupInTransaction(db, setup, now);
    if (demo) await writeDemoRegister(db, demo);
  });
}
