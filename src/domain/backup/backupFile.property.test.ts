import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, type RegisterSnapshot } from './backupFile';

const snapshot: RegisterSnapshot = {
  schemaVersion: 5,
  createdAt: '2026-04-03T08:00:00.000Z',
  tables: {
    complaints: [{ id: '01A', code: 'R-2026-0001', clientWords: 'Perché? «Nessuno» mi ha risposto €' }],
    clients: [{ id: '01B', name: 'Ferri Anna', annualValue: 1250.5 }],
  },
};

/** Whatever the file became, the reader either refuses it or gives back exactly the original register. */
async function refusesOrRestoresExactly(bytes: Uint8Array, password?: string) {
  const result = await decodeBackup(bytes, password);
  if (result.ok) expect(result.snapshot).toEqual(snapshot);
  else expect(result.problem).toMatch(/^(notBackup|damaged|passwordRequired|wrongPassword|newerFormat)$/);
}

describe('the backup reader under fuzzing', () => {
  it('never accepts a truncated or bit-flipped backup as a different register', async () => {
    const file = new TextEncoder().encode(await encodeBackup(snapshot));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: file.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        fc.boolean(),
        async (at, bit, truncate) => {
          const damaged = truncate ? file.slice(0, at) : file.slice();
          if (!truncate) damaged[at] = (damaged[at] ?? 0) ^ (1 << bit);
          await refusesOrRestoresExactly(damaged);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never crashes on arbitrary bytes or arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => refusesOrRestoresExactly(bytes)),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) =>
        refusesOrRestoresExactly(new TextEncoder().encode(JSON.stringify(value))),
      ),
      { numRuns: 200 },
    );
  });

  it('never opens an encrypted backup with any other password', async () => {
    const file = new TextEncoder().encode(await encodeBackup(snapshot, 'giusta', 100_000));
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((p) => p !== 'giusta'),
        async (password) => {
          expect(await decodeBackup(file, password)).toEqual({ ok: false, problem: 'wrongPassword' });
        },
      ),
      { numRuns: 5 },
    );
  });
});
