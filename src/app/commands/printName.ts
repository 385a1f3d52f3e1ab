import { documentPath } from '../../features/documents';

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

/**
 * The printable document behind the screen at `pathname`: a complaint prints
 * as its dossier, a client as the client report, the policy section as the
 * policy, a document preview as itself. Other screens have none (null).
 */
export function printableDocument(pathname: string): string | null {
  if (pathname.startsWith('/print/')) return pathname;
  const [, screen, id] = pathname.split('/');
  if (screen === 'complaints' && id && id !== 'new') return documentPath.dossier(id);
  if (screen === 'clients' && id && id !== 'new') return documentPath.client(id);
  if (pathname === '/settings/policy') return documentPath.policy();
  return null;
}
