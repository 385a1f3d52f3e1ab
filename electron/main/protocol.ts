import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { APP_HOST, APP_SCHEME } from '../../src/shared/ipc/identity';

/**
 * Registers `app:` before the app is ready (Electron allows it only then).
 * Standard + secure give the page a real, stable origin (`app://riparo`), so
 * IndexedDB, fetch and workers behave as on https. `bypassCSP` is left off:
 * the page's Content-Security-Policy must hold.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** Serves the built renderer (`out/renderer`, i.e. `rendererRoot`) at `app://riparo/`. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, rendererRoot));
}

/**
 * Maps an `app://riparo/...` URL to a file inside `root`, or null when the URL
 * is for another host or would leave `root` (`..`, encoded slashes or
 * backslashes, NUL bytes). `/` is the page itself.
 */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || pathname.includes('\0')) return null;

  const base = path.resolve(root);
  // Node leaves the path of `app://riparo` empty where Chromium makes it "/".
  const wanted = pathname === '' || pathname === '/' ? '/index.html' : pathname;
  const file = path.resolve(base, `.${wanted}`);
  const relative = path.relative(base, file);
  const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`);
  return outside || path.isAbsolute(relative) ? null : file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * Headers for a served file. `nosniff` makes Chromium trust the declared type;
 * HTML also carries the Content-Security-Policy as a header, which (unlike the
 * meta tag in the built page) also covers what runs before the tag is parsed.
 */
export function responseHeaders(file: string): Record<string, string> {
  const extension = path.extname(file).toLowerCase();
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
  };
  if (extension === '.html') headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}

/** Reads the file behind an `app://` request; 404 for anything outside the renderer or missing. */
export async function serveAppFile(requestUrl: string, root: string): Promise<Response> {
  const file = resolveAppFile(requestUrl, root);
  if (file === null) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    if (isMissingFile(error)) return notFound();
    throw error;
  }
  return new Response(body, { status: 200, headers: responseHeaders(file) });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isMissingFile(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
