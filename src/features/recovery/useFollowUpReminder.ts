import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollowUpsDue } from '../../data';
import { isFollowUpReminderDue } from '../../domain/recovery';
import { isDesktop, platform } from '../../platform';
import { FOLLOW_UP_VIEW_ROUTE } from './followUpView';

/** The day this profile last raised the reminder, so restarting Riparo does not repeat it. */
const REMINDED_KEY = 'riparo.followUpRemindedOn';

function remindedOn(): string | undefined {
  try {
    return localStorage.getItem(REMINDED_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(day: string): void {
  try {
    localStorage.setItem(REMINDED_KEY, day);
  } catch {
    // Storage disabled: the reminder may come again at the next start, which does no harm.
  }
}

/**
 * In the desktop app, one system notification a day for the follow-up calls
 * due: a count only, since Windows keeps notifications where anyone at the
 * PC can read them. Clicking it opens "Da richiamare". The browser build
 * shows the in-app banner instead.
 */
export function useFollowUpReminder(today: string): void {
  const { t } = useTranslation();
  const due = useFollowUpsDue(today);
  useEffect(() => {
    if (!isDesktop || due === undefined || !isFollowUpReminderDue(due, today, remindedOn())) return;
    // Remembered first: a second render while the notification is on its way must not raise another.
    remember(today);
    void platform.showNotification({
      title: t('recovery.reminder.title'),
      body: t('recovery.reminder.body', { count: due }),
      route: FOLLOW_UP_VIEW_ROUTE,
    });
  }, [due, today, t]);
}
