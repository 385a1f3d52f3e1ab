import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSES, CHANNELS, SEVERITIES } from '../complaint/taxonomy';
import { parseCsv } from '../transfer/readTable';
import { toItalianCsv, type ExportTable } from '../transfer/table';
import { guessRegisterMapping, REGISTER_FIELDS } from './fields';
import { planRegisterImport, type ChoiceLabels } from './plan';

const labels: ChoiceLabels = {
  channel: { phone: ['Telefono'] },
  cause: { quality: ['Qualità'] },
  severity: { high: ['Alta'] },
  state: { closed: ['Chiuso'] },
};
const now = new Date(2026, 5, 1, 12, 0);
const HEADERS = ['Ricevuto il', 'Cliente', 'Canale', 'Causa', 'Gravità', 'Oggetto', 'Parole del cliente'];

const importText = (text: string) => {
  const table = parseCsv(text);
  return { table, result: planRegisterImport(table, guessRegisterMapping(table.headers), [], labels, now) };
};

/** A text a person would type in a cell: something visible, without the formula marks the export neutralises. */
const cellText = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/^[=+\-@'\t\r]/.test(s));

const validRow = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 5 }),
  hour: fc.integer({ min: 0, max: 23 }),
  client: cellText,
  channel: fc.constantFrom(...CHANNELS),
  cause: fc.constantFrom(...CAUSES),
  severity: fc.constantFrom(...SEVERITIES),
  title: cellText,
  words: cellText,
});

describe('the register importer under arbitrary input', () => {
  it('never throws: it imports every row or names a line and a column for each problem', () => {
    const line = fc.array(
      fc.oneof(fc.string(), fc.constantFrom('03/04/2026', 'Telefono', 'Qualità', '"', ';')),
      {
        maxLength: 9,
      },
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom(';', ','), (lines, separator) => {
        const text = [HEADERS.join(separator), ...lines.map((l) => l.join(separator))].join('\r\n');
        const { table, result } = importText(text);
        if (result.ok) {
          expect(result.plan.complaints).toHaveLength(table.rows.length);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.row).toBeGreaterThanOrEqual(1);
            expect(error.row).toBeLessThanOrEqual(table.rows.length + 1);
            expect(REGISTER_FIELDS).toContain(error.field);
            expect(error.message).toMatch(/^(validation|clients\.validation|backup\.import\.problem)\./);
          }
        }
      }),
    );
  });

  it('reads back exactly what an Italian CSV export of valid rows holds', () => {
    fc.assert(
      fc.property(fc.array(validRow, { minLength: 1, maxLength: 6 }), (rows) => {
        const table: ExportTable = {
          headers: HEADERS,
          rows: rows.map((r) => [
            { kind: 'datetime', value: `2026-${pad(r.month)}-${pad(r.day)}T${pad(r.hour)}:15` },
            { kind: 'text', value: r.client },
            { kind: 'text', value: r.channel },
            { kind: 'text', value: r.cause },
            { kind: 'text', value: r.severity },
            { kind: 'text', value: r.title },
            { kind: 'text', value: r.words },
          ]),
        };
        const { result } = importText(toItalianCsv(table));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(
          result.plan.complaints.map((c) => [
            c.fields.receivedAt,
            c.clientName.toLowerCase(),
            c.fields.channel,
            c.fields.cause,
            c.fields.severity,
            c.fields.title,
            c.fields.clientWords,
          ]),
        ).toEqual(
          rows.map((r, i) => [
            `2026-${pad(r.month)}-${pad(r.day)}T${pad(r.hour)}:15`,
            firstNameLike(rows, i).toLowerCase(),
            r.channel,
            r.cause,
            r.severity,
            r.title,
            r.words,
          ]),
        );
      }),
    );
  });
});

const pad = (n: number) => String(n).padStart(2, '0');

/** Rows naming the same client (folded) share the client of the first of them. */
function firstNameLike(rows: readonly { client: string }[], i: number): string {
  const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
  const target = rows[i]?.client ?? '';
  return rows.find((r) => key(r.client) === key(target))?.client ?? target;
}
