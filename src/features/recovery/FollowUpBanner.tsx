import { Alert, Anchor } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFollowUpsDue } from '../../data';

/** The in-app reminder of the follow-up calls due today or overdue, with a link to *Da richiamare*. */
export function FollowUpBanner({ today }: { today: string }) {
  const { t } = useTranslation();
  const due = useFollowUpsDue(today);
  if (!due) return null;
  return (
    <Alert variant="light" color="teal" icon={<IconPhoneCall size={18} aria-hidden />} role="status">
      {t('recovery.banner.due', { count: due })}{' '}
      <Anchor component={Link} to="/complaints?view=to_call_back&sort=dueDate&dir=asc">
        {t('recovery.banner.open')}
      </Anchor>
    </Alert>
  );
}
