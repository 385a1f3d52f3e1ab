import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { log } from './services/logger';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The size Riparo opens at the first time, and its floor: the queue needs this much room. */
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 1024, height: 680 } as const;

const storedState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type StoredWindowState = z.output<typeof storedState>;

/** Where to open the window: bounds without x/y are centred by Electron. */
export interface WindowPlacement {
  readonly bounds: { x?: number; y?: number; width: number; height: number };
  readonly maximized: boolean;
}

/** The saved state, or null when there is none or it is unreadable (a bad file must not stop Riparo). */
export function readWindowState(filePath: string): StoredWindowState | null {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = storedState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** How much of the title bar must be on a screen for the saved position to count as reachable. */
const GRIP = { width: 120, height: 40 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Turns the saved state into where the window opens, given the screens' work
 * areas now. A window saved on a monitor that is gone (the laptop left its
 * docking station) would open out of reach: unless enough of its title bar
 * lies on a current screen, it opens centred at its saved size, shrunk to fit.
 */
export function placeWindow(
  saved: StoredWindowState | null,
  workAreas: readonly Rectangle[],
): WindowPlacement {
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const largest = workAreas.reduce<Rectangle | undefined>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  );
  const width = Math.max(MIN_SIZE.width, Math.min(saved.width, largest?.width ?? saved.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.height, largest?.height ?? saved.height));
  const titleBar = { x: saved.x, y: saved.y, width, height: GRIP.height };
  const reachable = workAreas.some((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= GRIP.width && shared.height >= GRIP.height;
  });
  const bounds = reachable ? { x: saved.x, y: saved.y, width, height } : { width, height };
  return { bounds, maximized: saved.maximized };
}

/** Writes the state beside the register, replacing the old file whole (temporary file + rename). */
export function writeWindowState(filePath: string, state: StoredWindowState): void {
  const temporaryPath = `${filePath}.tmp`;
  writeFileSync(temporaryPath, JSON.stringify(state), 'utf8');
  renameSync(temporaryPath, filePath);
}

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

/**
 * Saves the window's normal (un-maximised) bounds and whether it is
 * maximised: shortly after each move or resize, and at once when it closes.
 * The normal bounds are what "Restore down" returns to after a maximised start.
 */
export function trackWindowState(window: TrackedWindow, filePath: string, delayMs = 500): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const { x, y, width, height } = window.getNormalBounds();
    try {
      writeWindowState(filePath, { x, y, width, height, maximized: window.isMaximized() });
    } catch (error) {
      log.warn('Could not save the window position', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
