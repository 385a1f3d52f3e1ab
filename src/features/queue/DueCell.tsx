import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonth } from '../../i18n/format';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The next deadline at a glance: red when missed, orange when due today, plain otherwise. */
export function DueCell({
  dueDate,
  today,
  locale,
}: {
  dueDate: string | undefined;
  today: string;
  locale: string;
}) {
  const { t } = useTranslation();
  if (!dueDate)
    return (
      <Text size="sm" c="dimmed">
        {t('queue.due.none')}
      </Text>
    );
  if (dueDate < today) {
    return (
      <Text size="sm" c="var(--mantine-color-red-text)" fw={600}>
        {t('queue.due.overdue', { count: daysBetween(dueDate, today) })}
      </Text>
    );
  }
  if (dueDate === today) {
    return (
      <Text size="sm" c="var(--mantine-color-orange-text)" fw={600}>
        {t('queue.due.today')}
      </Text>
    );
  }
  return <Text size="sm">{t('queue.due.on', { date: formatDayMonth(dueDate, locale) })}</Text>;
}
