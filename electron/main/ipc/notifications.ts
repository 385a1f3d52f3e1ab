import type { NotificationConstructorOptions } from 'electron';
import { sendAppCommand } from '../appCommands';
import { bringToFront, type FocusableWindow } from '../lifecycle';
import type { IpcImplementations } from './handle';

/** An Electron `Notification`, as far as Riparo uses it. */
export interface ShownNotification {
  show(): void;
  on(event: 'click' | 'close', listener: () => void): unknown;
}

/** The part of Electron's `Notification` class Riparo uses. */
export interface NotificationClass {
  new (options: NotificationConstructorOptions): ShownNotification;
  isSupported(): boolean;
}

export interface NotificationsDeps {
  readonly Notification: NotificationClass;
  /** The main window, brought forward when a notification is clicked. */
  readonly getWindow: () => (FocusableWindow & { webContents: Parameters<typeof sendAppCommand>[0] }) | null;
}

/**
 * System notifications, e.g. a follow-up call that is due. Clicking one
 * brings Riparo forward and opens the route it carries (the complaint).
 * Each notification is held until it is clicked or closed: one that is
 * garbage-collected loses its click handler on Windows.
 */
export function notificationsHandlers(deps: NotificationsDeps): IpcImplementations<'showNotification'> {
  const live = new Set<ShownNotification>();
  return {
    showNotification: (_event, { title, body, route }) => {
      if (!deps.Notification.isSupported()) return Promise.resolve({ shown: false });
      const notification = new deps.Notification({ title, body, silent: false });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        const window = deps.getWindow();
        if (!window) return;
        bringToFront(window);
        if (route !== undefined) sendAppCommand(window.webContents, { kind: 'open', route });
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
      return Promise.resolve({ shown: true });
    },
  };
}
