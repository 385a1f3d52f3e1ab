import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { italianDate, neutraliseFormula, toItalianCsv, type ExportTable } from './table';
import { readXlsx, toXlsx } from './xlsx';

const table: ExportTable = {
  headers: ['Codice', 'Ricevuto il', 'Cliente', 'Valore annuo (€)', 'Chiuso il'],
  rows: [
    [
      { kind: 'text', value: 'R-2026-0001' },
      { kind: 'datetime', value: '2026-04-03T09:30' },
      { kind: 'text', value: 'Società "Bianchi"; sede di Forlì' },
      { kind: 'number', value: 1250.5 },
      { kind: 'date', value: '2026-05-02' },
    ],
    [
      { kind: 'text', value: '=HYPERLINK("http://x")' },
      null,
      { kind: 'text', value: '@SUM(A1)' },
      null,
      null,
    ],
  ],
};

describe('the Italian CSV export', () => {
  const csv = toItalianCsv(table);

  it('starts with a UTF-8 byte-order mark and separates fields with semicolons', () => {
    expect(csv.startsWith('\uFEFFCodice;Ricevuto il;Cliente;Valore annuo (€);Chiuso il\r\n')).toBe(true);
  });

  it('writes comma decimals and dd/mm/yyyy dates', () => {
    expect(csv).toContain(
      'R-2026-0001;03/04/2026 09:30;"Società ""Bianchi""; sede di Forlì";1250,5;02/05/2026\r\n',
    );
  });

  it('neutralises cells that would start a formula', () => {
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).toContain(`'@SUM(A1)`);
  });

  it('reads back, field for field, whatever the texts contain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (texts) => {
          const rows = texts.map((row) => row.map((value) => ({ kind: 'text' as const, value })));
          const parsed = Papa.parse<string[]>(toItalianCsv({ headers: ['a', 'b', 'c'], rows }).slice(1), {
            delimiter: ';',
            newline: '\r\n',
            skipEmptyLines: false,
          });
          const back = parsed.data.slice(1, 1 + texts.length);
          expect(back).toEqual(texts.map((row) => row.map(neutraliseFormula)));
        },
      ),
    );
  });
});

describe('cells and dates', () => {
  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Rossi Mario')).toBe('Rossi Mario');
    expect(neutraliseFormula('-5 punti')).toBe("'-5 punti");
  });

  it('turns ISO days into Italian ones', () => {
    expect(italianDate('2026-12-31')).toBe('31/12/2026');
  });
});

describe('the xlsx export', () => {
  it('writes a zip workbook', async () => {
    const bytes = await toXlsx(table, 'Registro');
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('reads back as texts the register importer understands', async () => {
    const back = await readXlsx((await toXlsx(table, 'Registro')).buffer);
    expect(back).toEqual({
      headers: table.headers,
      rows: [
        ['R-2026-0001', '2026-04-03 09:30', 'Società "Bianchi"; sede di Forlì', '1250.5', '2026-05-02'],
        ['=HYPERLINK("http://x")', '', '@SUM(A1)', '', ''],
      ],
    });
  });
});
