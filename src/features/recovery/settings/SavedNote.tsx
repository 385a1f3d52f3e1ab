import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The quiet confirmation after a section was saved. */
export function SavedNote({ saved }: { saved: boolean }) {
  const { t } = useTranslation();
  return saved ? (
    <Text size="sm" c="var(--mantine-color-green-text)" role="status">
      {t('recovery.settings.saved')}
    </Text>
  ) : null;
}
