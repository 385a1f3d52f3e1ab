import { Alert, Anchor } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFollowUpsDue } from '../../data';
import { FOLLOW_UP_VIEW_ROUTE } from './followUpView';

/**
 * The in-app reminder of the follow-up calls due today or overdue, with a
 * link to *Da richiamare*; on the app shell, so it shows on every screen.
 */
export function FollowUpBanner({ today }: { today: string }) {
  const { t } = useTranslation();
  const due = useFollowUpsDue(today);
  if (!due) return null;
  return (
    <Alert variant="light" color="teal" icon={<IconPhoneCall size={18} aria-hidden />} role="status" mb="md">
      {t('recovery.banner.due', { count: due })}{' '}
      <Anchor component={Link} to={FOLLOW_UP_VIEW_ROUTE}>
        {t('recovery.banner.open')}
      </Anchor>
    </Alert>
  );
}
