import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { folderPath, revealAppFolder } from './folders';

describe('Riparo’s folders', () => {
  let root: string;
  const app = { getPath: (name: string) => path.join(root, name === 'logs' ? 'Riparo/logs' : 'Riparo') };

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'riparo-folders-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps data, logs and default backups under the pinned userData folder', () => {
    expect(folderPath(app, 'data')).toBe(path.join(root, 'Riparo'));
    expect(folderPath(app, 'logs')).toBe(path.join(root, 'Riparo', 'logs'));
    expect(folderPath(app, 'backups')).toBe(path.join(root, 'Riparo', 'Backup'));
  });

  it('creates the chosen backup folder before opening it, and reports whether the shell opened it', async () => {
    const shell = { openPath: vi.fn(() => Promise.resolve('')) };
    const chosen = path.join(root, 'Chiavetta', 'Backup Riparo');
    const autoBackups = { settings: () => Promise.resolve({ enabled: true, folder: chosen }) };
    expect(await revealAppFolder({ app, shell, autoBackups }, 'backups')).toBe(true);
    expect((await stat(chosen)).isDirectory()).toBe(true);
    expect(shell.openPath).toHaveBeenCalledWith(chosen);

    shell.openPath.mockResolvedValue('No application');
    expect(await revealAppFolder({ app, shell, autoBackups }, 'data')).toBe(false);
  });
});
