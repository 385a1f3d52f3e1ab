import { readSheet } from 'read-excel-file/universal';
import writeXlsxFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/universal';
import type { ParsedTable } from './readTable';
import type { Cell, ExportTable } from './table';

/** A local date (and time) as Excel's date value: Excel has no zones, so write it as UTC. */
function excelDate(value: string): Date {
  const [y = 0, m = 1, d = 1] = value.slice(0, 10).split('-').map(Number);
  const [hh = 0, mm = 0] = value.length > 10 ? value.slice(11, 16).split(':').map(Number) : [];
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

function xlsxCell(cell: Cell): XlsxCell {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'text':
      // Written as a shared string: Excel never evaluates it, so it needs no neutralising.
      return { type: String, value: cell.value };
    case 'number':
      return { type: Number, value: cell.value, format: '#,##0.00' };
    case 'date':
      return { type: Date, value: excelDate(cell.value), format: 'dd/mm/yyyy' };
    case 'datetime':
      return { type: Date, value: excelDate(cell.value), format: 'dd/mm/yyyy hh:mm' };
  }
}

/** The table as an .xlsx workbook of one sheet, with a bold header row and typed cells. */
export async function toXlsx(table: ExportTable, sheet: string): Promise<Uint8Array<ArrayBuffer>> {
  const data: SheetData = [
    table.headers.map((header) => ({ type: String, value: header, fontWeight: 'bold' as const })),
    ...table.rows.map((row) => row.map(xlsxCell)),
  ];
  const blob = await writeXlsxFile(data, { sheet, stickyRowsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A cell read from a workbook as the text a CSV would hold; dates come back as written, in UTC. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel keeps dates as fractions of a day: round off the float error to the minute.
    const minute = new Date(Math.round(value.getTime() / 60_000) * 60_000);
    const day = `${minute.getUTCFullYear()}-${pad2(minute.getUTCMonth() + 1)}-${pad2(minute.getUTCDate())}`;
    const time = `${pad2(minute.getUTCHours())}:${pad2(minute.getUTCMinutes())}`;
    return time === '00:00' ? day : `${day} ${time}`;
  }
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Reads the first sheet of an .xlsx workbook as a table of texts: the first
 * row is the header, empty rows are dropped. Numbers keep a decimal point and
 * dates become `YYYY-MM-DD HH:mm`, forms the register importer reads.
 */
export async function readXlsx(bytes: ArrayBuffer): Promise<ParsedTable> {
  const rows = (await readSheet(bytes)).map((row) => row.map(cellText));
  const [headers = [], ...data] = rows.filter((row) => row.some((text) => text !== ''));
  return { headers, rows: data };
}
