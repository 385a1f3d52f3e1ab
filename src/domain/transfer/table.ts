import Papa from 'papaparse';

/** One cell of an exported table, typed so each format can write it its own way. */
export type Cell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  /** `YYYY-MM-DD` */
  | { readonly kind: 'date'; readonly value: string }
  /** `YYYY-MM-DDTHH:mm`, the studio's local time */
  | { readonly kind: 'datetime'; readonly value: string }
  | null;

export interface ExportTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Characters that make a spreadsheet read a cell as a formula (or DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text safe to open in a spreadsheet: one that would start a formula
 * (`= + - @`, tab, carriage return) gets a leading apostrophe, which Excel
 * shows as plain text. Guards against CSV/formula injection from what a
 * client wrote.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const pad = (text: string | undefined) => text ?? '';

/** `YYYY-MM-DD` → `dd/mm/yyyy`, as Italian Excel reads dates. */
export function italianDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${pad(d)}/${pad(m)}/${pad(y)}`;
}

const ITALIAN_NUMBER = new Intl.NumberFormat('it-IT', { useGrouping: false, maximumFractionDigits: 2 });

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return neutraliseFormula(cell.value);
    case 'number':
      return ITALIAN_NUMBER.format(cell.value);
    case 'date':
      return italianDate(cell.value);
    case 'datetime':
      return `${italianDate(cell.value)} ${cell.value.slice(11, 16)}`.trim();
  }
}

/**
 * A CSV that Italian Excel opens correctly with a double click: UTF-8 with a
 * byte-order mark (else accents break), `;` between fields (`,` is the decimal
 * separator there), comma decimals, dates as dd/mm/yyyy, CRLF line ends, and
 * every text neutralised against formula injection.
 */
export function toItalianCsv(table: ExportTable): string {
  const data = [table.headers.map(neutraliseFormula), ...table.rows.map((row) => row.map(csvCell))];
  return `\uFEFF${Papa.unparse(data, { delimiter: ';', newline: '\r\n', quotes: false })}\r\n`;
}
