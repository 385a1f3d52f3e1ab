import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, app, ipcMain } from '../test/fakeElectron';

vi.mock('electron', () => import('../test/fakeElectron'));

describe('main/index when another Riparo is running', () => {
  it('quits without opening a window or answering IPC', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);

    await import('./index');
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.listeners.size).toBe(0);
  });
});
