import { describe, expect, it } from 'vitest';
import { guessColumns, parseCsv, readDate, readDateTime } from './readTable';

describe('parsing CSV text', () => {
  it('reads `;`-separated text with a byte-order mark and quoted fields', () => {
    const csv = '\uFEFFData;NPS;Commento\r\n14/03/2026;9;"Bene; grazie"\r\n\r\n';
    expect(parseCsv(csv)).toEqual({
      headers: ['Data', 'NPS', 'Commento'],
      rows: [['14/03/2026', '9', 'Bene; grazie']],
    });
  });

  it('reads `,`-separated text without a byte-order mark', () => {
    expect(parseCsv('date,nps,csat\n2026-03-14,10,5\n').rows).toEqual([['2026-03-14', '10', '5']]);
  });
});

describe('guessing columns from headers', () => {
  const words = { clientWords: ['parole', 'words'], client: ['cliente', 'client'] };

  it('gives a column to the field whose word the header equals before one it merely contains', () => {
    expect(guessColumns(['Parole del cliente', 'Cliente'], words)).toEqual({ clientWords: 0, client: 1 });
  });

  it('ignores case and accents and leaves unknown headers out', () => {
    expect(guessColumns(['CLIÉNT', 'Importo'], { client: ['client'] })).toEqual({ client: 0 });
  });
});

describe('reading dates', () => {
  it('reads the date formats spreadsheets and form tools write', () => {
    expect(
      ['2026-03-14', '14/03/2026', '4-3-2026', '2026/03/14 10:22:11', '14.03.2026'].map(readDate),
    ).toEqual(['2026-03-14', '2026-03-14', '2026-03-04', '2026-03-14', '2026-03-14']);
    expect(readDate('marzo')).toBeUndefined();
  });

  it('reads a date and time as a local date-time, midnight when the time is missing', () => {
    expect(
      ['03/04/2026 09:30', '2026-04-03T9:05', '3/4/2026', '2026-04-03 09:30:00'].map(readDateTime),
    ).toEqual(['2026-04-03T09:30', '2026-04-03T09:05', '2026-04-03T00:00', '2026-04-03T09:30']);
  });

  it('refuses days and times that do not exist', () => {
    expect(
      ['31/02/2026', '03/04/2026 24:00', '03/04/2026 9', '03/04/2026 09:30 x', ''].map(readDateTime),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
