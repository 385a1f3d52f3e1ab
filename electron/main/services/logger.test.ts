import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import electronLog from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { log, LOG_ARCHIVES, LOG_FILE_NAME, redact, rotateLogFile, useFileLog } from './logger';

const HOME = path.join(path.sep, 'Users', 'Mario Rossi');

describe('redact', () => {
  it.each([
    [
      `Cannot read ${path.join(HOME, 'Documents', 'reclamo.pdf')}`,
      `Cannot read ${path.join('~', 'Documents', 'reclamo.pdf')}`,
    ],
    ['mail to mario.rossi@example.it failed', 'mail to <email> failed'],
    ['call +39 333 123 4567 back', 'call <numero> back'],
    ['fiscal code RSSMRA80A01H501U in a message', 'fiscal code <codice> in a message'],
    [
      `EACCES: permission denied, open '${path.join(HOME, 'Desktop', 'Report cliente Bianchi Anna.pdf')}'`,
      `EACCES: permission denied, open '${path.join('~', 'Desktop', '<file>')}'`,
    ],
    [
      String.raw`EBUSY: resource busy, open 'D:\Pratiche\Dati personali Bianchi Anna 2026-12-03.json'`,
      String.raw`EBUSY: resource busy, open 'D:\Pratiche\<file>'`,
    ],
  ])('turns %j into %j', (input, output) => {
    expect(redact(input, HOME)).toBe(output);
  });

  it('leaves versions, counts, dates and channels alone', () => {
    const line = 'Riparo 0.1.0 started, 3 windows, 2026-12-02, files:save';
    expect(redact(line, HOME)).toBe(line);
  });
});

describe('rotateLogFile', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'riparo-log-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it(`keeps the newest ${LOG_ARCHIVES} archives and drops the oldest`, async () => {
    const file = path.join(folder, LOG_FILE_NAME);
    for (let round = 1; round <= LOG_ARCHIVES + 2; round += 1) {
      await writeFile(file, `round ${round}`);
      rotateLogFile(file, LOG_ARCHIVES);
    }
    expect((await readdir(folder)).sort()).toEqual(
      Array.from({ length: LOG_ARCHIVES }, (_, index) => `riparo.${index + 1}.log`).sort(),
    );
    expect(await readFile(path.join(folder, 'riparo.1.log'), 'utf8')).toBe(`round ${LOG_ARCHIVES + 2}`);
    expect(await readFile(path.join(folder, `riparo.${LOG_ARCHIVES}.log`), 'utf8')).toBe('round 3');
  });
});

describe('useFileLog', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'riparo-log-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes redacted lines to riparo.log in the logs folder and rotates at the size limit', async () => {
    const logger = electronLog.create({ logId: 'riparo-test' });
    logger.transports.console.level = false;
    useFileLog(logger, { folder, homeDir: HOME });
    logger.transports.file.maxSize = 400;

    log.info('Riparo started');
    log.error(
      'Could not save',
      new Error(`EACCES ${path.join(HOME, 'Desktop', 'x.csv')} for anna@example.it`),
    );
    for (let line = 0; line < 10; line += 1) log.warn(`filler line ${line} `.repeat(4));

    const files = (await readdir(folder)).sort();
    expect(files).toContain(LOG_FILE_NAME);
    expect(files).toContain('riparo.1.log');
    const everything = (
      await Promise.all(files.map((file) => readFile(path.join(folder, file), 'utf8')))
    ).join('\n');
    expect(everything).toContain('Riparo started');
    expect(everything).toContain('EACCES ~');
    expect(everything).not.toContain('Mario Rossi');
    expect(everything).not.toContain('anna@example.it');
  });

  it('keeps a client out of the file when saving their data fails', async () => {
    const logger = electronLog.create({ logId: 'riparo-test-canary' });
    logger.transports.console.level = false;
    useFileLog(logger, { folder, homeDir: HOME });
    const saved = path.join(HOME, 'Documenti', 'Dati personali Zebedeo Quagliarulo 2026-12-03.json');

    log.error('Could not save a file', new Error(`ENOSPC: no space left on device, write '${saved}'`));
    log.warn('Letter not sent to', 'zebedeo.q@canarino.example', '+39 347 555 0199', 'QGLZBD70A01F205X');

    const written = await readFile(path.join(folder, LOG_FILE_NAME), 'utf8');
    expect(written).toContain('ENOSPC');
    expect(written).not.toMatch(/zebedeo|quagliarulo|canarino|347 555|QGLZBD/i);
  });
});
