/** Characters Windows refuses in a file name, and control characters. */
const UNSAFE = /[<>:"/\\|?*\p{Cc}]+/gu;

/**
 * The PDF's suggested file name from the view's heading and today's date,
 * e.g. "Riparo Coda reclami 2026-12-02.pdf": safe on Windows, and short
 * enough for the save dialog.
 */
export function pdfFileName(
  template: (screen: string) => string,
  heading: string | null | undefined,
): string {
  const screen = (heading ?? '').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  const name = template(screen).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return `${name}.pdf`;
}
