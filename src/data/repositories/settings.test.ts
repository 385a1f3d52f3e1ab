import { describe, expect, it } from 'vitest';
import { DEFAULT_STANDARDS } from '../../domain/deadlines';
import { EMPTY_STUDIO_PROFILE } from '../../domain/settings';
import { anIntake, freshDb } from '../../test/builders';
import { generateDemoRegister, DEFAULT_DEMO_OPTIONS } from '../demo/generate';
import { registerComplaint } from './complaints';
import {
  addClosure,
  completeSetup,
  getSetting,
  putSetting,
  removeClosure,
  saveStandards,
  SETTING_DEFAULTS,
} from './settings';
import { italianPublicHolidays } from '../../domain/deadlines/italianHolidays';

const now = new Date(2026, 3, 10, 12);
const profile = { ...EMPTY_STUDIO_PROFILE, name: 'Studio Marchetti', email: 'info@example.com' };

describe('settings', () => {
  it('reads the defaults before anything is saved', async () => {
    const db = freshDb();
    for (const key of Object.keys(SETTING_DEFAULTS) as (keyof typeof SETTING_DEFAULTS)[]) {
      expect(await getSetting(db, key)).toEqual(SETTING_DEFAULTS[key]);
    }
    expect(await getSetting(db, 'standards')).toEqual(DEFAULT_STANDARDS);
  });

  it('reads back what was saved', async () => {
    const db = freshDb();
    await putSetting(db, 'studioProfile', profile);
    await putSetting(db, 'setupCompleted', true);
    expect(await getSetting(db, 'studioProfile')).toEqual(profile);
    expect(await getSetting(db, 'setupCompleted')).toBe(true);
  });

  it('fills a field added after the setting was saved with its default', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'studioProfile', value: { name: 'Studio Vecchio' } });
    expect(await getSetting(db, 'studioProfile')).toEqual({
      ...EMPTY_STUDIO_PROFILE,
      name: 'Studio Vecchio',
    });
  });

  it('moves the due dates of open complaints when the standards change', async () => {
    const db = freshDb();
    const { id } = await registerComplaint(db, anIntake({ receivedAt: '2026-04-03T09:30' }), now);
    expect((await db.complaints.get(id))?.dueDate).toBe('2026-04-08');
    await saveStandards(db, { ...DEFAULT_STANDARDS, acknowledgeDays: 5 });
    expect(await getSetting(db, 'standards')).toMatchObject({ acknowledgeDays: 5 });
    expect((await db.complaints.get(id))?.dueDate).toBe('2026-04-13');
  });

  it('keeps closures in date order and counts them out of the deadlines', async () => {
    const db = freshDb();
    const { id } = await registerComplaint(db, anIntake({ receivedAt: '2026-04-03T09:30' }), now);
    await addClosure(db, { from: '2026-08-10', to: '2026-08-21', label: 'Chiusura estiva' });
    await addClosure(db, { from: '2026-04-07', to: '2026-04-08', label: 'Inventario' });
    expect((await getSetting(db, 'closures')).map((c) => c.label)).toEqual(['Inventario', 'Chiusura estiva']);
    expect((await db.complaints.get(id))?.dueDate).toBe('2026-04-10');

    await removeClosure(db, { from: '2026-04-07', to: '2026-04-08' });
    expect((await getSetting(db, 'closures')).map((c) => c.label)).toEqual(['Chiusura estiva']);
    expect((await db.complaints.get(id))?.dueDate).toBe('2026-04-08');
  });
});

describe('completing the first run', () => {
  const standards = { ...DEFAULT_STANDARDS, respondDays: 8 };

  it('stores the profile and standards, and makes the user a staff member and the current user', async () => {
    const db = freshDb();
    await completeSetup(
      db,
      { studioProfile: profile, standards, user: { name: 'Elena Marchetti', role: 'Titolare' } },
      now,
    );
    const [member] = await db.staff.toArray();
    expect(member).toMatchObject({ name: 'Elena Marchetti', role: 'Titolare', active: true });
    expect(await getSetting(db, 'currentStaffId')).toBe(member?.id);
    expect(await getSetting(db, 'studioProfile')).toEqual(profile);
    expect(await getSetting(db, 'standards')).toEqual(standards);
    expect(await getSetting(db, 'setupCompleted')).toBe(true);
  });

  it('can be finished with the defaults and nobody named', async () => {
    const db = freshDb();
    await completeSetup(db, { studioProfile: EMPTY_STUDIO_PROFILE, standards: DEFAULT_STANDARDS }, now);
    expect(await db.staff.count()).toBe(0);
    expect(await getSetting(db, 'currentStaffId')).toBe('');
    expect(await getSetting(db, 'setupCompleted')).toBe(true);
  });

  it('loads the demo register with it, or stores nothing at all', async () => {
    const demo = generateDemoRegister(now, italianPublicHolidays, {
      ...DEFAULT_DEMO_OPTIONS,
      complaints: 30,
      clients: 10,
    });
    const db = freshDb();
    await completeSetup(db, { studioProfile: profile, standards }, now, demo);
    expect(await db.complaints.count()).toBe(30);

    const failing = freshDb();
    failing.complaints.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(completeSetup(failing, { studioProfile: profile, standards }, now, demo)).rejects.toThrow();
    expect(await getSetting(failing, 'setupCompleted')).toBe(false);
    expect(await failing.settings.count()).toBe(0);
    expect(await failing.clients.count()).toBe(0);
  });
});
