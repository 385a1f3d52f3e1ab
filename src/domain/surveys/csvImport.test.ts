import { describe, expect, it } from 'vitest';
import { guessMapping, mapCsvRows } from './csvImport';

describe('guessing the column mapping', () => {
  it('recognises Italian form-tool headers', () => {
    const headers = [
      'Informazioni cronologiche',
      'Nome cliente',
      'Quanto consiglieresti lo studio a un amico? (0-10)',
      'Soddisfazione complessiva (1-5)',
      'Affidabilità',
      'Empatia',
      'Area di servizio',
      'Commenti',
    ];
    expect(guessMapping(headers)).toEqual({
      date: 0,
      client: 1,
      nps: 2,
      csat: 3,
      reliability: 4,
      empathy: 5,
      serviceArea: 6,
      comment: 7,
    });
  });

  it('recognises English headers', () => {
    expect(
      guessMapping(['Timestamp', 'How likely are you to recommend us?', 'Satisfaction', 'Comments']),
    ).toEqual({
      date: 0,
      nps: 1,
      csat: 2,
      comment: 3,
    });
  });
});

describe('mapping rows to surveys', () => {
  const mapping = { date: 0, nps: 1, csat: 2, comment: 3, empathy: 4 };

  it('turns valid rows into answers', () => {
    const { surveys, errors } = mapCsvRows([['2026-03-14 10:22', '6', '2', 'Lenti', '3']], mapping);
    expect(errors).toEqual([]);
    expect(surveys).toEqual([
      {
        row: 2,
        date: '2026-03-14',
        nps: 6,
        csat: 2,
        comment: 'Lenti',
        clientName: '',
        serviceAreaName: '',
        dimensions: { empathy: { perceived: 3 } },
      },
    ]);
  });

  it('reports every bad cell with its line in the file', () => {
    const { errors } = mapCsvRows(
      [
        ['14/03/2026', '9', '5', '', ''],
        ['31/02/2026', '11', '5', '', '8'],
        ['15/03/2026', '', 'ottimo', '', ''],
      ],
      mapping,
    );
    expect(errors).toEqual([
      { row: 3, field: 'date', value: '31/02/2026' },
      { row: 3, field: 'nps', value: '11' },
      { row: 3, field: 'empathy', value: '8' },
      { row: 4, field: 'nps', value: '' },
      { row: 4, field: 'csat', value: 'ottimo' },
    ]);
  });
});
