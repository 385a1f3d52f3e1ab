import { DIMENSIONS, type Dimension, type Level } from '../quality/servqual';
import { guessColumns, readDate, type ColumnMapping } from '../transfer/readTable';
import type { SurveyDimensionAnswer } from './survey';

/** The survey fields a CSV column can be mapped to. */
export const CSV_FIELDS = ['date', 'nps', 'csat', 'comment', 'client', 'serviceArea', ...DIMENSIONS] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export const REQUIRED_CSV_FIELDS: readonly CsvField[] = ['date', 'nps', 'csat'];

/** Field → column index; a field left out is not imported. */
export type CsvMapping = ColumnMapping<CsvField>;

/**
 * Words that name each field in the headers of Italian and English form tools,
 * folded (lower case, no accents). Longer headers ("Quanto consiglieresti lo
 * studio…") are matched by the words they contain; the first field to match wins.
 */
const HEADER_WORDS: Readonly<Record<CsvField, readonly string[]>> = {
  nps: ['nps', 'raccomand', 'consiglier', 'recommend'],
  csat: ['csat', 'soddisf', 'satisf'],
  tangibles: ['tangibil', 'tangible'],
  reliability: ['affidabil', 'reliab'],
  responsiveness: ['reattiv', 'responsive'],
  assurance: ['rassicura', 'assurance'],
  empathy: ['empatia', 'empathy'],
  serviceArea: ['area', 'servizio', 'service'],
  date: ['data', 'date', 'cronolog', 'timestamp', 'giorno', 'day'],
  comment: ['comment', 'note', 'feedback', 'suggeriment', 'osservazion'],
  client: ['cliente', 'nome', 'client', 'customer', 'name'],
};

/** Guesses which column holds each survey field from the header texts. */
export function guessMapping(headers: readonly string[]): CsvMapping {
  return guessColumns(headers, HEADER_WORDS);
}

/** One data row turned into a survey answer, names still to be matched to records. */
export interface CsvSurveyRow {
  /** The line in the file (the header is line 1). */
  readonly row: number;
  readonly date: string;
  readonly nps: number;
  readonly csat: number;
  readonly comment: string;
  readonly clientName: string;
  readonly serviceAreaName: string;
  readonly dimensions: Readonly<Partial<Record<Dimension, SurveyDimensionAnswer>>>;
}

/** What is wrong with one row; `row` is the line number in the file (the header is line 1). */
export interface CsvRowError {
  readonly row: number;
  readonly field: CsvField;
  readonly value: string;
}

function readInt(value: string, min: number, max: number): number | undefined {
  const text = value.trim();
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/**
 * Turns the data rows into survey answers with the chosen mapping. Every row
 * is checked; any error means the caller imports nothing and shows the list.
 */
export function mapCsvRows(
  rows: readonly (readonly string[])[],
  mapping: CsvMapping,
): { surveys: CsvSurveyRow[]; errors: CsvRowError[] } {
  const surveys: CsvSurveyRow[] = [];
  const errors: CsvRowError[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    const cell = (field: CsvField) => {
      const index = mapping[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const fail = (field: CsvField) => errors.push({ row, field, value: cell(field) });
    const date = readDate(cell('date'));
    const nps = readInt(cell('nps'), 0, 10);
    const csat = readInt(cell('csat'), 1, 5);
    if (date === undefined) fail('date');
    if (nps === undefined) fail('nps');
    if (csat === undefined) fail('csat');
    const dimensions: Partial<Record<Dimension, SurveyDimensionAnswer>> = {};
    for (const d of DIMENSIONS) {
      if (cell(d) === '') continue;
      const level = readInt(cell(d), 1, 7);
      if (level === undefined) fail(d);
      else dimensions[d] = { perceived: level as Level };
    }
    if (date !== undefined && nps !== undefined && csat !== undefined) {
      surveys.push({
        row,
        date,
        nps,
        csat,
        comment: cell('comment'),
        clientName: cell('client'),
        serviceAreaName: cell('serviceArea'),
        dimensions,
      });
    }
  });
  return { surveys, errors };
}
