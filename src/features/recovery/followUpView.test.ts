import { describe, expect, it } from 'vitest';
import { notificationRequest } from '../../shared/ipc';
import { FOLLOW_UP_VIEW_ROUTE } from './followUpView';

describe('the follow-up reminder’s route', () => {
  it('passes main’s check, so clicking the notification can open “Da richiamare”', () => {
    const request = {
      title: 'Da richiamare',
      body: '3 clienti da richiamare oggi',
      route: FOLLOW_UP_VIEW_ROUTE,
    };
    expect(notificationRequest.safeParse(request).success).toBe(true);
  });
});
