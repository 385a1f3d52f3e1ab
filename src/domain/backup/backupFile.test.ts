import { describe, expect, it } from 'vitest';
import { backupFileName, decodeBackup, encodeBackup, type RegisterSnapshot } from './backupFile';

const snapshot: RegisterSnapshot = {
  schemaVersion: 5,
  createdAt: '2026-04-03T08:00:00.000Z',
  tables: {
    complaints: [{ id: 'a', title: 'Parcella più alta del previsto €' }],
    settings: [{ key: 'setupCompleted', value: true }],
  },
};
const bytes = (text: string) => new TextEncoder().encode(text);
// Fewer PBKDF2 rounds keep the suite fast; the reader honours what the file says.
const FAST = 100_000;

describe('a backup file', () => {
  it('round-trips a snapshot without a password', async () => {
    const result = await decodeBackup(bytes(await encodeBackup(snapshot)));
    expect(result).toEqual({ ok: true, snapshot, encrypted: false });
  });

  it('round-trips with a password and hides the content', async () => {
    const file = await encodeBackup(snapshot, 'segreto', FAST);
    expect(file).not.toContain('Parcella');
    expect(await decodeBackup(bytes(file), 'segreto')).toEqual({ ok: true, snapshot, encrypted: true });
  });

  it('asks for the password, and refuses a wrong one', async () => {
    const file = bytes(await encodeBackup(snapshot, 'segreto', FAST));
    expect(await decodeBackup(file)).toEqual({ ok: false, problem: 'passwordRequired' });
    expect(await decodeBackup(file, 'Segreto')).toEqual({ ok: false, problem: 'wrongPassword' });
  });

  it('calls a truncated backup damaged, at any cut', async () => {
    const file = await encodeBackup(snapshot);
    for (const cut of [20, file.length / 2, file.length - 1]) {
      expect(await decodeBackup(bytes(file.slice(0, Math.floor(cut))))).toEqual({
        ok: false,
        problem: 'damaged',
      });
    }
  });

  it('calls a backup with one flipped bit in its payload damaged', async () => {
    const file = bytes(await encodeBackup(snapshot));
    const at = new TextDecoder().decode(file).indexOf('Parcella');
    const flipped = file.slice();
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    expect(await decodeBackup(flipped)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('calls an encrypted backup with a flipped bit damaged, not a wrong password', async () => {
    const file = await encodeBackup(snapshot, 'segreto', FAST);
    const at = file.indexOf('"payload":"') + 20;
    const flipped = file.slice(0, at) + (file[at] === 'A' ? 'B' : 'A') + file.slice(at + 1);
    expect(await decodeBackup(bytes(flipped), 'segreto')).toEqual({ ok: false, problem: 'damaged' });
  });

  it('calls other files foreign', async () => {
    for (const other of ['', 'nome;cognome\nRossi;Mario', '{"tables":{}}', '[1,2]', '%PDF-1.7']) {
      expect(await decodeBackup(bytes(other))).toEqual({ ok: false, problem: 'notBackup' });
    }
    expect(await decodeBackup(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({
      ok: false,
      problem: 'notBackup',
    });
  });

  it('refuses a file format from a newer Riparo', async () => {
    const file = JSON.parse(await encodeBackup(snapshot)) as Record<string, unknown>;
    const newer = JSON.stringify({ ...file, formatVersion: 2 });
    expect(await decodeBackup(bytes(newer))).toEqual({ ok: false, problem: 'newerFormat' });
  });

  it('refuses a payload that is not a register, even with a valid checksum', async () => {
    const file = await encodeBackup({
      ...snapshot,
      tables: { complaints: [1, 2] },
    } as unknown as RegisterSnapshot);
    expect(await decodeBackup(bytes(file))).toEqual({ ok: false, problem: 'damaged' });
  });

  it('is named after the moment it was taken', () => {
    expect(backupFileName(new Date(2026, 3, 3, 9, 5))).toBe('riparo-backup-2026-04-03-0905.riparo');
  });
});
