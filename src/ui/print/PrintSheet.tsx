import type { ReactNode } from 'react';
import { pageRulesCss, type PageRulesText } from './pageRules';
import './print.css';

export interface PrintSheetProps {
  readonly page: PageRulesText;
  readonly landscape?: boolean;
  /** The document's language, so screen readers and the tagged PDF read it right. */
  readonly lang: string;
  readonly children: ReactNode;
}

/**
 * One printable document: an A4 sheet on screen, plain pages in print, with
 * the @page rule (margins, running header, page numbers) that goes with it.
 */
export function PrintSheet({ page, landscape = false, lang, children }: PrintSheetProps) {
  return (
    <>
      <style>{pageRulesCss(page, landscape)}</style>
      <article className="doc" lang={lang}>
        {children}
      </article>
    </>
  );
}

export interface LetterheadProps {
  readonly name: string;
  /** Address, VAT number, contacts: one short line each, empty ones left out by the caller. */
  readonly details: readonly string[];
}

/** The studio's letterhead at the top of the first page. */
export function Letterhead({ name, details }: LetterheadProps) {
  return (
    <header className="doc-letterhead">
      <div className="doc-letterhead-name">{name}</div>
      <div className="doc-letterhead-details">
        {details.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </div>
    </header>
  );
}

/** A titled part of a document; its heading never ends a page. */
export function DocSection({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Label–value pairs in two columns. Empty values are shown as a dash, so a gap is visibly a gap. */
export function FieldList({ fields }: { readonly fields: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="doc-fields">
      {fields.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value === '' || value === undefined || value === null ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface DocColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly numeric?: boolean;
  readonly width?: string;
}

/** A table whose header repeats on every page and whose rows never split across pages. */
export function DocTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
}: {
  readonly columns: readonly DocColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly caption?: string;
}) {
  return (
    <table>
      {caption && <caption className="doc-muted">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              className={c.numeric ? 'num' : undefined}
              style={c.width ? { width: c.width } : undefined}
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.key} className={c.numeric ? 'num' : undefined}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Ruled lines to write on by hand. */
export function WriteLines({ count }: { readonly count: number }) {
  return (
    <div aria-hidden>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="doc-lines" />
      ))}
    </div>
  );
}

/** Numbered boxes to tick, e.g. 0–10 for the recommendation question. */
export function ScaleBoxes({ from, to }: { readonly from: number; readonly to: number }) {
  return (
    <div className="doc-boxes">
      {Array.from({ length: to - from + 1 }, (_, i) => (
        <span key={i} className="doc-box">
          {from + i}
        </span>
      ))}
    </div>
  );
}
