import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutoBackups, type AutoBackupsDeps } from './autoBackups';

describe('automatic backups', () => {
  let root: string;
  let clock: Date;
  let deps: AutoBackupsDeps;
  const defaultFolder = () => path.join(root, 'Riparo', 'Backup');

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'riparo-auto-backups-'));
    clock = new Date(2026, 3, 3, 9, 30);
    deps = {
      settingsFile: path.join(root, 'Riparo', 'auto-backups.json'),
      defaultFolder: defaultFolder(),
      now: () => clock,
    };
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('are on, in the default folder, until the studio changes that', async () => {
    expect(await createAutoBackups(deps).settings()).toEqual({ enabled: true, folder: defaultFolder() });
  });

  it('remember being switched off and the folder chosen, across restarts', async () => {
    const chosen = path.join(root, 'NAS', 'Riparo');
    await createAutoBackups(deps).setEnabled(false);
    await createAutoBackups(deps).setFolder(chosen);
    expect(await createAutoBackups(deps).settings()).toEqual({ enabled: false, folder: chosen });
  });

  it('fall back to the defaults when the settings file is damaged, rather than stop backing up', async () => {
    await mkdir(path.dirname(deps.settingsFile), { recursive: true });
    await writeFile(deps.settingsFile, '{"enabled": "sì"');
    expect(await createAutoBackups(deps).settings()).toEqual({ enabled: true, folder: defaultFolder() });
  });

  it('write the content into a new folder under a dated name, leaving no temporary file', async () => {
    const backups = createAutoBackups(deps);
    const name = await backups.write('daily', '{"format":"riparo-backup"}');

    expect(name).toBe('riparo-auto-2026-04-03-0930.riparo');
    expect(await readdir(defaultFolder())).toEqual([name]);
    expect(await readFile(path.join(defaultFolder(), name), 'utf8')).toBe('{"format":"riparo-backup"}');
  });

  it('list backups newest first with kind, local time and size, ignoring other files', async () => {
    const backups = createAutoBackups(deps);
    await backups.write('daily', 'uno');
    clock = new Date(2026, 3, 4, 8, 0);
    await backups.write('beforeUpgrade', 'dueee');
    await writeFile(path.join(defaultFolder(), 'appunti.txt'), 'x');
    await mkdir(path.join(defaultFolder(), 'riparo-auto-2026-04-05-0800.riparo'));

    expect(await backups.list()).toEqual([
      {
        name: 'riparo-before-upgrade-2026-04-04-0800.riparo',
        kind: 'beforeUpgrade',
        localTime: '2026-04-04T08:00',
        size: 5,
      },
      { name: 'riparo-auto-2026-04-03-0930.riparo', kind: 'daily', localTime: '2026-04-03T09:30', size: 3 },
    ]);
  });

  it('list nothing while the folder does not exist yet', async () => {
    expect(await createAutoBackups(deps).list()).toEqual([]);
  });

  it('prune by the rotation policy after each write, and keep the studio’s own files', async () => {
    const backups = createAutoBackups(deps);
    for (let day = 1; day <= 20; day++) {
      clock = new Date(2026, 2, day, 9, 0);
      await backups.write('daily', `giorno ${day}`);
    }
    await writeFile(path.join(defaultFolder(), 'riparo-backup-2026-03-01-1200.riparo'), 'manuale');

    clock = new Date(2026, 2, 21, 9, 0);
    await backups.write('daily', 'giorno 21');

    const left = (await readdir(defaultFolder())).sort();
    expect(left).toContain('riparo-backup-2026-03-01-1200.riparo');
    expect(left.filter((name) => name.startsWith('riparo-auto-'))).toEqual([
      // The newest of each of the last four ISO weeks, then the last seven days.
      'riparo-auto-2026-03-01-0900.riparo',
      'riparo-auto-2026-03-08-0900.riparo',
      'riparo-auto-2026-03-15-0900.riparo',
      'riparo-auto-2026-03-16-0900.riparo',
      'riparo-auto-2026-03-17-0900.riparo',
      'riparo-auto-2026-03-18-0900.riparo',
      'riparo-auto-2026-03-19-0900.riparo',
      'riparo-auto-2026-03-20-0900.riparo',
      'riparo-auto-2026-03-21-0900.riparo',
    ]);
  });

  it('write into the folder the studio chose', async () => {
    const chosen = path.join(root, 'Chiavetta');
    const backups = createAutoBackups(deps);
    await backups.setFolder(chosen);
    await backups.write('daily', 'x');
    expect(await readdir(chosen)).toEqual(['riparo-auto-2026-04-03-0930.riparo']);
  });

  it('read a listed backup back as bytes', async () => {
    const backups = createAutoBackups(deps);
    const name = await backups.write('daily', 'Città €');
    expect(new TextDecoder().decode(await backups.read(name))).toBe('Città €');
  });

  it('read nothing for a name that is gone or is not an automatic backup', async () => {
    const backups = createAutoBackups(deps);
    await backups.write('daily', 'x');
    await writeFile(path.join(root, 'segreto.riparo'), 'x');

    expect(await backups.read('riparo-auto-2020-01-01-0000.riparo')).toBeUndefined();
    expect(await backups.read('../segreto.riparo')).toBeUndefined();
    expect(await backups.read('appunti.txt')).toBeUndefined();
  });

  it('fail loudly, leaving the old backups, when the folder cannot be written', async () => {
    const backups = createAutoBackups(deps);
    await backups.write('daily', 'ieri');
    // A file where the chosen folder should be: neither mkdir nor the write can succeed.
    const blocked = path.join(root, 'occupato');
    await writeFile(blocked, 'x');
    await backups.setFolder(blocked);

    await expect(backups.write('daily', 'oggi')).rejects.toThrow();
    expect(await readdir(defaultFolder())).toEqual(['riparo-auto-2026-04-03-0930.riparo']);
  });
});
