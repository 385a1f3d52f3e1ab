import { beforeEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow, FakeNotification, fakeInvokeEvent, ipcMain } from '../../test/fakeElectron';
import { handle } from './handle';
import { notificationsHandlers } from './notifications';

describe('showNotification', () => {
  let window: FakeBrowserWindow | null;
  const event = fakeInvokeEvent('app://riparo/');

  function handler() {
    return notificationsHandlers({ Notification: FakeNotification, getWindow: () => window })
      .showNotification;
  }

  beforeEach(() => {
    FakeNotification.instances.length = 0;
    FakeNotification.supported = true;
    window = new FakeBrowserWindow({});
  });

  it('shows a system notification with the title and text', async () => {
    const result = await handler()(event, { title: 'Richiamo R-2026-0001', body: 'Da fare oggi' });

    expect(result).toEqual({ shown: true });
    const [notification] = FakeNotification.instances;
    expect(notification?.options).toMatchObject({ title: 'Richiamo R-2026-0001', body: 'Da fare oggi' });
    expect(notification?.show).toHaveBeenCalledOnce();
  });

  it('brings Riparo forward and opens the complaint when clicked', async () => {
    window?.isMinimized.mockReturnValue(true);
    await handler()(event, { title: 'Richiamo', body: '', route: '/complaints/01JABC' });

    FakeNotification.instances[0]?.emit('click');

    expect(window?.restore).toHaveBeenCalledOnce();
    expect(window?.focus).toHaveBeenCalledOnce();
    expect(window?.webContents.sent).toEqual([
      { channel: 'app:command', args: [{ kind: 'open', route: '/complaints/01JABC' }] },
    ]);
  });

  it('only brings Riparo forward when the notification carries no route', async () => {
    await handler()(event, { title: 'Backup', body: 'Fatto' });
    FakeNotification.instances[0]?.emit('click');
    expect(window?.focus).toHaveBeenCalledOnce();
    expect(window?.webContents.sent).toEqual([]);
  });

  it('does nothing on click once the window is closed', async () => {
    await handler()(event, { title: 'Richiamo', body: '', route: '/complaints/1' });
    window = null;
    expect(() => FakeNotification.instances[0]?.emit('click')).not.toThrow();
  });

  it('reports {shown:false} where the system has no notifications', async () => {
    FakeNotification.supported = false;
    expect(await handler()(event, { title: 'Richiamo', body: '' })).toEqual({ shown: false });
    expect(FakeNotification.instances).toHaveLength(0);
  });

  it.each([
    ['an empty title', { title: '  ', body: '' }],
    ['a route to another site', { title: 'x', body: '', route: 'https://evil.example/' }],
    ['a route climbing out of the app', { title: 'x', body: '', route: '/complaints/../../etc' }],
    ['a protocol-relative route', { title: 'x', body: '', route: '//evil.example/' }],
    ['an overlong text', { title: 'x', body: 'a'.repeat(501) }],
  ])('refuses %s before anything is shown', async (_label, request) => {
    ipcMain.listeners.clear();
    handle('showNotification', handler(), { ipcMain, trustedOrigins: ['app://riparo'] });
    await expect(ipcMain.invoke('notifications:show', event, request)).rejects.toThrow('Invalid arguments');
    expect(FakeNotification.instances).toHaveLength(0);
  });
});
