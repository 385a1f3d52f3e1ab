import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import {
  handleAppProtocol,
  registerAppScheme,
  resolveAppFile,
  responseHeaders,
  serveAppFile,
} from './protocol';

const ROOT = path.resolve('/srv/riparo/out/renderer');

describe('registerAppScheme', () => {
  it('makes app: a standard, secure, fetchable, streamable scheme that does not bypass CSP', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);

    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });
});

describe('resolveAppFile', () => {
  it('serves index.html for /', () => {
    expect(resolveAppFile('app://riparo/', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppFile('app://riparo', ROOT)).toBe(path.join(ROOT, 'index.html'));
  });

  it('maps paths inside the renderer folder, ignoring query and hash', () => {
    expect(resolveAppFile('app://riparo/assets/index-abc.js?v=1#x', ROOT)).toBe(
      path.join(ROOT, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile('app://riparo/fonts/Noto%20Sans.woff2', ROOT)).toBe(
      path.join(ROOT, 'fonts', 'Noto Sans.woff2'),
    );
  });

  it.each([
    'app://riparo/..%2f..%2f..%2fetc%2fpasswd',
    'app://riparo/assets/..%2F..%2F..%2Fsecret.txt',
    'app://riparo/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://riparo/..%2f',
  ])('rejects the traversal %s', (url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull();
  });

  it('keeps dot segments the URL parser removes inside the root', () => {
    const file = resolveAppFile('app://riparo/../../etc/passwd', ROOT);
    expect(file).toBe(path.join(ROOT, 'etc', 'passwd'));
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'https://riparo/index.html'],
    ['a NUL byte', 'app://riparo/index.html%00.png'],
    ['broken percent-encoding', 'app://riparo/%E0%A4%A'],
    ['not a URL', 'riparo index'],
  ])('rejects %s', (_label, url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull();
  });
});

describe('responseHeaders', () => {
  it('puts the Content-Security-Policy on HTML', () => {
    expect(responseHeaders('/r/index.html')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
  });

  it('types scripts, styles and fonts, without a CSP header', () => {
    expect(responseHeaders('/r/a.js')['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(responseHeaders('/r/a.CSS')['Content-Type']).toBe('text/css; charset=utf-8');
    expect(responseHeaders('/r/a.woff2')['Content-Type']).toBe('font/woff2');
    expect(responseHeaders('/r/a.js')).not.toHaveProperty('Content-Security-Policy');
  });

  it('falls back to a binary type for unknown extensions', () => {
    expect(responseHeaders('/r/blob.xyz')['Content-Type']).toBe('application/octet-stream');
  });
});

describe('serveAppFile', () => {
  let root: string;

  beforeAll(async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'riparo-protocol-'));
    root = path.join(parent, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Riparo</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(parent, 'secret.txt'), 'outside the renderer');
  });

  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('serves the page at / with the CSP header', async () => {
    const response = await serveAppFile('app://riparo/', root);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Riparo</title>');
  });

  it('serves assets with their type', async () => {
    const response = await serveAppFile('app://riparo/assets/app.js', root);

    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a file beside the renderer folder reached by traversal', async () => {
    const response = await serveAppFile('app://riparo/..%2fsecret.txt', root);

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await serveAppFile('app://riparo/missing.js', root)).status).toBe(404);
    expect((await serveAppFile('app://riparo/assets/', root)).status).toBe(404);
  });

  it('is what the app: protocol handler answers with', async () => {
    const protocol = { handle: vi.fn() };
    handleAppProtocol(protocol, root);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];

    expect(scheme).toBe('app');
    const response = await handler(new Request('app://riparo/index.html'));
    expect(response.status).toBe(200);
  });
});
