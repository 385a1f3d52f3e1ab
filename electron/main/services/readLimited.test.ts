import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLimited } from './readLimited';

const MEGABYTE = 1024 * 1024;

describe('readLimited', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'riparo-read-'));
    await writeFile(path.join(folder, 'ten.bin'), new Uint8Array(10).fill(7));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads a file within the limit', async () => {
    expect(await readLimited(path.join(folder, 'ten.bin'), 10)).toEqual(Buffer.alloc(10, 7));
  });

  it('refuses a file over the limit with a clear message', async () => {
    await expect(readLimited(path.join(folder, 'ten.bin'), 9)).rejects.toThrow(
      'The file is larger than 9 bytes and cannot be opened (it is 10 bytes).',
    );
  });

  it('states sizes in MB when they are that large', async () => {
    const file = path.join(folder, 'one-and-a-half-mb.bin');
    await writeFile(file, new Uint8Array(1.5 * MEGABYTE));

    await expect(readLimited(file, MEGABYTE)).rejects.toThrow(
      'The file is larger than 1 MB and cannot be opened (it is 2 MB).',
    );
  });

  it('refuses a folder', async () => {
    await expect(readLimited(folder, 10)).rejects.toThrow('Only regular files can be opened.');
  });
});
