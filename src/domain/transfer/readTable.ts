import Papa from 'papaparse';
import { isLocalDate } from '../deadlines/localDate';
import { foldText } from '../search';

/** A table read from a file: the header row and the data rows, every cell as text. */
export interface ParsedTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Parses CSV text as spreadsheets and form tools write it: `;`, `,` or tab
 * separated (guessed), quoted fields, with or without a UTF-8 byte-order mark.
 * Blank lines are skipped.
 */
export function parseCsv(text: string): ParsedTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  const [headers = [], ...rows] = result.data;
  return { headers: headers.map((h) => h.trim()), rows };
}

/** Field → column index; a field left out is not imported. */
export type ColumnMapping<F extends string> = Partial<Record<F, number>>;

/**
 * Guesses which column holds each field from the header texts. `words` lists,
 * per field, folded words (lower case, no accents) that a header naming it
 * contains; fields are tried in the order of `words` and each column goes to
 * the first field that claims it. A header equal to one of a field's words
 * wins over one that merely contains it, so "Cliente" goes to the client even
 * when "Parole del cliente" comes first.
 */
export function guessColumns<F extends string>(
  headers: readonly string[],
  words: Readonly<Record<F, readonly string[]>>,
): ColumnMapping<F> {
  const mapping: ColumnMapping<F> = {};
  const taken = new Set<number>();
  const folded = headers.map((h) => foldText(h).trim());
  const fields = Object.keys(words) as F[];
  const claim = (matches: (header: string, word: string) => boolean) => {
    for (const field of fields) {
      if (mapping[field] !== undefined) continue;
      const index = folded.findIndex((h, i) => !taken.has(i) && words[field].some((w) => matches(h, w)));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
      }
    }
  };
  claim((header, word) => header === word);
  claim((header, word) => header.includes(word));
  return mapping;
}

const DAY_ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DAY_ITALIAN = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2}(?:\.\d+)?)?Z?$/;

function readDay(day: string): string | undefined {
  const iso = DAY_ISO.exec(day);
  const dmy = DAY_ITALIAN.exec(day);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}

/**
 * Reads a date as spreadsheets and form tools write it: `2026-03-14`,
 * `14/03/2026`, `14-03-2026`, `14.03.2026`, `2026/03/14`; a time after it is ignored.
 */
export function readDate(value: string): string | undefined {
  return readDay(value.trim().split(/[ T]/)[0] ?? '');
}

/**
 * Reads a date with an optional time (`14/03/2026 09:30`, `2026-03-14T09:30`)
 * as a local `YYYY-MM-DDTHH:mm`; a date alone is taken at midnight.
 */
export function readDateTime(value: string): string | undefined {
  const [dayText = '', timeText, ...rest] = value.trim().split(/[ T]+/);
  const day = readDay(dayText);
  if (day === undefined || rest.length > 0) return undefined;
  if (timeText === undefined) return `${day}T00:00`;
  const time = TIME.exec(timeText);
  const [hh, mm] = [Number(time?.[1]), Number(time?.[2])];
  if (!time || hh > 23 || mm > 59) return undefined;
  return `${day}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}
