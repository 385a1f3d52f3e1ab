/**
 * Whether the desktop app raises the day's follow-up notification: once a
 * day (local `YYYY-MM-DD`), at the first start or the first midnight that
 * finds calls due, and never for none. Restarting Riparo the same day does not
 * repeat it; the in-app banner keeps showing the count meanwhile.
 */
export function isFollowUpReminderDue(
  dueCount: number,
  today: string,
  lastRemindedOn: string | undefined,
): boolean {
  return dueCount > 0 && lastRemindedOn !== today;
}
