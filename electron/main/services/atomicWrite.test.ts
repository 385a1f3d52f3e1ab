import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite } from './atomicWrite';

describe('atomicWrite', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'riparo-atomic-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes a string as UTF-8 and leaves no temporary file', async () => {
    const target = path.join(folder, 'reclamo.csv');

    await atomicWrite(target, 'Perché è così: €\n');

    expect(await readFile(target, 'utf8')).toBe('Perché è così: €\n');
    expect(await readdir(folder)).toEqual(['reclamo.csv']);
  });

  it('writes bytes exactly', async () => {
    const target = path.join(folder, 'backup.bin');
    const bytes = new Uint8Array([0, 1, 2, 254, 255]);

    await atomicWrite(target, bytes);

    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(folder, 'report.pdf');
    await writeFile(target, 'old, longer content that must not survive');

    await atomicWrite(target, 'new');

    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['report.pdf']);
  });

  it('leaves neither a temporary file nor a partial target when the write fails', async () => {
    const target = path.join(folder, 'missing-folder', 'x.txt');

    await expect(atomicWrite(target, 'x')).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps the old file and cleans up when the rename fails', async () => {
    // A folder in the way makes the final rename fail after the temporary file was written.
    const target = path.join(folder, 'in-the-way');
    await writeFile(path.join(folder, 'keep.txt'), 'kept');
    await mkdir(path.join(target, 'child'), { recursive: true });

    await expect(atomicWrite(target, 'x')).rejects.toThrow();
    expect((await readdir(folder)).sort()).toEqual(['in-the-way', 'keep.txt']);
  });
});
