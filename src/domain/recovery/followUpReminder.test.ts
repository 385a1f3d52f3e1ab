import { describe, expect, it } from 'vitest';
import { isFollowUpReminderDue } from './followUpReminder';

describe('the follow-up reminder', () => {
  it('is raised on the first start of a day with calls due', () => {
    expect(isFollowUpReminderDue(3, '2026-04-03', undefined)).toBe(true);
    expect(isFollowUpReminderDue(3, '2026-04-03', '2026-04-02')).toBe(true);
  });

  it('is not repeated the same day', () => {
    expect(isFollowUpReminderDue(3, '2026-04-03', '2026-04-03')).toBe(false);
  });

  it('is not raised when no call is due', () => {
    expect(isFollowUpReminderDue(0, '2026-04-03', undefined)).toBe(false);
  });

  it('is raised again after midnight while the app stays open', () => {
    expect(isFollowUpReminderDue(1, '2027-01-01', '2026-12-31')).toBe(true);
  });
});
