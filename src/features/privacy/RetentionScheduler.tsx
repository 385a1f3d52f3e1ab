import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { runRetention, useSetting } from '../../data';
import { isRetentionRunDue } from '../../domain/privacy';
import { studioToday } from './today';

/** How often the shell looks whether the day has turned since the last run. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Runs the retention at start-up and then once a day while the app stays open,
 * once the studio has run it by hand after seeing the preview. Renders nothing;
 * it says so only when it anonymised something or failed.
 */
export function RetentionScheduler() {
  const { t } = useTranslation();
  const years = useSetting('retentionYears');
  const lastRun = useSetting('retentionLastRun');
  const running = useRef(false);

  useEffect(() => {
    const closable = { closeButtonProps: { 'aria-label': t('app.close') } };
    if (years === undefined || lastRun === undefined) return undefined;
    const check = async () => {
      const day = studioToday();
      if (running.current || !isRetentionRunDue(years, lastRun, day)) return;
      running.current = true;
      try {
        const count = await runRetention(day);
        if (count > 0) {
          notifications.show({ color: 'teal', message: t('privacy.scheduler.done', { count }), ...closable });
        }
      } catch {
        notifications.show({ color: 'red', message: t('privacy.scheduler.failed'), ...closable });
      } finally {
        running.current = false;
      }
    };
    void check();
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [years, lastRun, t]);

  return null;
}
