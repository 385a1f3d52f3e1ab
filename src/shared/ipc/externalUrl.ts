/**
 * The single allow-list for links that leave the app: only `https:` pages and
 * `mailto:` addresses. Everything else (file:, javascript:, custom schemes,
 * http:) is refused. Used by the main process before `shell.openExternal` and by
 * the browser build before `window.open`.
 */
export function isAllowedExternalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
}
