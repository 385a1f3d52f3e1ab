import { z } from 'zod';
import { decryptText, encryptText, MAX_ITERATIONS, MIN_ITERATIONS, PBKDF2_ITERATIONS } from './crypto';
import { sha256Hex } from './hash';

/** Marks a file as a Riparo backup; anything else is a foreign file. */
export const BACKUP_FORMAT = 'riparo-backup';
/** The layout of the file itself (not of the register inside it). */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'riparo';

/** Every table of the register, as rows, at one schema version. */
export interface RegisterSnapshot {
  readonly schemaVersion: number;
  /** ISO instant the backup was taken. */
  readonly createdAt: string;
  readonly tables: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

/** Why a file cannot be restored; each has its own message for the studio. */
export type BackupProblem =
  | 'notBackup'
  | 'damaged'
  | 'newerFormat'
  | 'passwordRequired'
  | 'wrongPassword'
  | 'newerSchema'
  | 'foreignTables';

export type DecodeResult =
  | { readonly ok: true; readonly snapshot: RegisterSnapshot; readonly encrypted: boolean }
  | { readonly ok: false; readonly problem: BackupProblem };

const header = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
});

const envelope = header.extend({
  createdAt: z.string(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  payload: z.string(),
  encryption: z
    .object({
      cipher: z.literal('AES-GCM'),
      kdf: z.literal('PBKDF2-SHA-256'),
      iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
      salt: z.string().max(64),
      iv: z.string().max(64),
    })
    .optional(),
});

const snapshotSchema = z.object({
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  tables: z.record(z.string().min(1), z.array(z.record(z.string(), z.unknown()))),
});

/**
 * Writes a snapshot as one backup file (UTF-8 JSON). The checksum covers the
 * payload exactly as stored, so damage is detected before any password is
 * tried; with a password the payload is encrypted (AES-GCM, PBKDF2 key).
 */
export async function encodeBackup(
  snapshot: RegisterSnapshot,
  password?: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<string> {
  const plain = JSON.stringify(snapshot);
  const sealed = password ? await encryptText(plain, password, iterations) : undefined;
  const payload = sealed ? sealed.data : plain;
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: snapshot.createdAt,
    ...(sealed && { encryption: sealed.params }),
    checksum: await sha256Hex(payload),
    payload,
  });
}

/** How every backup file begins, as {@link encodeBackup} writes it. */
const MARKER = `{"format":"${BACKUP_FORMAT}"`;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads a backup file and checks all of it: that it is a Riparo backup, of a
 * format this version reads, intact (checksum), opened with the right
 * password, and shaped like a register. Never throws: anything wrong comes
 * back as a {@link BackupProblem}.
 */
export async function decodeBackup(bytes: Uint8Array, password?: string): Promise<DecodeResult> {
  const fail = (problem: BackupProblem): DecodeResult => ({ ok: false, problem });
  // A cut-off or corrupted backup still starts like one: call it damaged, not foreign.
  const start = new TextDecoder().decode(bytes.subarray(0, MARKER.length));
  const unreadable = () => fail(start.length > 8 && MARKER.startsWith(start) ? 'damaged' : 'notBackup');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unreadable();
  }
  const json = parseJson(text);
  if (json === undefined) return unreadable();
  const head = header.safeParse(json);
  if (!head.success) return fail('notBackup');
  if (head.data.formatVersion > BACKUP_FORMAT_VERSION) return fail('newerFormat');
  const file = envelope.safeParse(json);
  if (!file.success) return fail('damaged');
  const { payload, checksum, encryption } = file.data;
  if ((await sha256Hex(payload)) !== checksum) return fail('damaged');

  let plain = payload;
  if (encryption) {
    if (!password) return fail('passwordRequired');
    let opened: string | undefined;
    try {
      opened = await decryptText(payload, encryption, password);
    } catch {
      return fail('damaged');
    }
    if (opened === undefined) return fail('wrongPassword');
    plain = opened;
  }
  const snapshot = snapshotSchema.safeParse(parseJson(plain));
  if (!snapshot.success) return fail('damaged');
  return { ok: true, snapshot: snapshot.data, encrypted: encryption !== undefined };
}

/** The file name of a backup taken at a moment, e.g. `riparo-backup-2026-04-03-0930.riparo`. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `riparo-backup-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.${BACKUP_EXTENSION}`;
}
