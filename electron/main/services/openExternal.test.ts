import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openExternalSafely } from './openExternal';

describe('openExternalSafely', () => {
  it.each(['https://www.ivass.it/', 'mailto:studio@example.it'])('hands %s to the system', async (url) => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    expect(await openExternalSafely(shell, url)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });

  it.each(['http://example.it/', 'file:///C:/Windows/System32/calc.exe', 'ms-msdt:/id x', 'smb://nas/share'])(
    'never hands %s to the system',
    async (url) => {
      const shell = { openExternal: vi.fn(() => Promise.resolve()) };
      expect(await openExternalSafely(shell, url)).toBe(false);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('is the only place in main that calls shell.openExternal', async () => {
    const main = path.join(import.meta.dirname, '..');
    const files = (await readdir(main, { recursive: true })).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    const callers = [];
    for (const file of files) {
      if (/\.openExternal\(/.test(await readFile(path.join(main, file), 'utf8'))) callers.push(file);
    }
    expect(callers).toEqual([path.join('services', 'openExternal.ts')]);
  });
});
