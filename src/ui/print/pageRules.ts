/** A value for CSS `content`: quoted, with backslashes, quotes and line breaks escaped. */
export function cssString(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

export interface PageRulesText {
  /** Top left of every page after the first (which carries the full letterhead). */
  readonly header: string;
  /** Top right of every page after the first: the document's title. */
  readonly headerRight: string;
  /** Bottom left of every page. */
  readonly footer: string;
  /** The words around the page numbers, e.g. `Pagina` and `di`. */
  readonly page: string;
  readonly of: string;
  /** No running header, footer or page numbers: a poster. */
  readonly plain?: boolean;
}

const MARGIN_TEXT = "font-family: 'Riparo Document', sans-serif; font-size: 8pt; color: #5a6470;";

/**
 * The document's `@page` rule: A4, its margins, and the running header and
 * footer in the page-margin boxes (Chromium prints these itself, so they
 * appear on every page, with "Pagina n di N"). The page's background is
 * forced white: a dark-mode app must not print grey paper.
 */
export function pageRulesCss(text: PageRulesText, landscape = false): string {
  const size = `size: A4 ${landscape ? 'landscape' : 'portrait'};`;
  if (text.plain)
    return `@page { ${size} margin: 14mm; }\n@media print { html, body { background: #fff !important; } }\n`;
  return `
@page {
  ${size}
  margin: 18mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(text.header)}; ${MARGIN_TEXT} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(text.headerRight)}; ${MARGIN_TEXT} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(text.footer)}; ${MARGIN_TEXT} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: ${cssString(`${text.page} `)} counter(page) ${cssString(` ${text.of} `)} counter(pages); ${MARGIN_TEXT} vertical-align: top; padding-top: 3mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}
@media print {
  html, body { background: #fff !important; }
}
`;
}
