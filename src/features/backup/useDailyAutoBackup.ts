import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../platform';
import { takeDailyBackupIfDue } from './autoBackupRunner';

/**
 * In the desktop app, takes the day's automatic backup when Riparo opens and
 * again when `today` turns over with the app still open. A failure stays on
 * screen until closed: the studio must know its register went unsaved.
 */
export function useDailyAutoBackup(today: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (!isDesktop) return;
    void takeDailyBackupIfDue(today).then((outcome) => {
      if (outcome === 'failed') {
        notifications.show({ color: 'red', autoClose: false, message: t('backup.auto.failed') });
      }
    });
  }, [today, t]);
}
