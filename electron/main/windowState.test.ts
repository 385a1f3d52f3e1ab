import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from '../test/fakeElectron';
import { log } from './services/logger';
import {
  DEFAULT_SIZE,
  placeWindow,
  readWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
  type StoredWindowState,
} from './windowState';

const fullHd = { x: 0, y: 0, width: 1920, height: 1040 };
const secondScreen = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved = (changes: Partial<StoredWindowState> = {}): StoredWindowState => ({
  x: 100,
  y: 80,
  width: 1400,
  height: 900,
  maximized: false,
  ...changes,
});

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [fullHd])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('reopens where and how big it was, maximised if it was', () => {
    expect(placeWindow(saved({ maximized: true }), [fullHd])).toEqual({
      bounds: { x: 100, y: 80, width: 1400, height: 900 },
      maximized: true,
    });
  });

  it('keeps a position on a second screen while that screen is there', () => {
    expect(placeWindow(saved({ x: 2100 }), [fullHd, secondScreen]).bounds).toMatchObject({ x: 2100 });
  });

  it('centres a window whose screen is gone, at a size that fits the screens left', () => {
    const placement = placeWindow(saved({ x: 2100, width: 2400, height: 1300 }), [fullHd]);
    expect(placement.bounds).toEqual({ width: 1920, height: 1040 });
  });

  it('centres a window whose title bar would be off screen (only its corner showing)', () => {
    expect(placeWindow(saved({ x: 1880, y: 1000 }), [fullHd]).bounds).not.toHaveProperty('x');
    expect(placeWindow(saved({ y: -500 }), [fullHd]).bounds).not.toHaveProperty('y');
  });

  it('never opens smaller than the minimum the screens need', () => {
    expect(placeWindow(saved({ width: 300, height: 200 }), [fullHd]).bounds).toMatchObject({
      width: 1024,
      height: 680,
    });
  });
});

describe('saving and reading the window state', () => {
  let folder: string;
  let file: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'riparo-window-'));
    file = path.join(folder, WINDOW_STATE_FILE);
    vi.useFakeTimers();
  });

  afterEach(async () => {
    vi.useRealTimers();
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['no file', null],
    ['not JSON', '{"x": 1'],
    ['the wrong shape', JSON.stringify({ x: 'left', y: 0, width: 10, height: 10, maximized: false })],
    ['negative sizes', JSON.stringify({ ...saved(), width: -5 })],
  ])('reads %s as no saved state', async (_label, content) => {
    if (content !== null) await writeFile(file, content);
    expect(readWindowState(file)).toBeNull();
  });

  it('saves the normal bounds shortly after a move, not on every pixel', async () => {
    const window = new FakeBrowserWindow({});
    trackWindowState(window as never, file, 500);

    window.normalBounds = { x: 10, y: 20, width: 1300, height: 850 };
    window.emit('move');
    window.emit('move');
    expect(readWindowState(file)).toBeNull();

    vi.advanceTimersByTime(500);
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 1300, height: 850, maximized: false });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ x: 10 });
  });

  it('saves at once on close, remembering a maximised window with its restore size', () => {
    const window = new FakeBrowserWindow({});
    trackWindowState(window as never, file);
    window.isMaximized.mockReturnValue(true);
    window.normalBounds = { x: 50, y: 40, width: 1200, height: 760 };

    window.emit('maximize');
    window.emit('close');

    expect(readWindowState(file)).toEqual({ x: 50, y: 40, width: 1200, height: 760, maximized: true });
    expect(placeWindow(readWindowState(file), [fullHd])).toEqual({
      bounds: { x: 50, y: 40, width: 1200, height: 760 },
      maximized: true,
    });
  });

  it('keeps the app running, and says so in the log, when the folder cannot be written', () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    const window = new FakeBrowserWindow({});
    trackWindowState(window as never, path.join(folder, 'missing', WINDOW_STATE_FILE));
    expect(() => window.emit('close')).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
  });
});
