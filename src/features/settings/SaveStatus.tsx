import { Group, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type SaveState = 'idle' | 'saved' | 'unsaved';

/**
 * Says whether what is on screen is what is stored, next to the Save button:
 * "Salvato" after a save, "Modifiche non salvate" as soon as something changes.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" role="status" c={state === 'saved' ? 'teal' : 'orange'} component="div">
      {state === 'saved' && (
        <Group gap={4}>
          <IconCheck size={16} aria-hidden />
          {t('settings.saved')}
        </Group>
      )}
      {state === 'unsaved' && (
        <Group gap={4}>
          <IconAlertCircle size={16} aria-hidden />
          {t('settings.unsaved')}
        </Group>
      )}
    </Text>
  );
}

/** The state to show for a form that was or was not saved since it last changed. */
export function saveState(dirty: boolean, savedOnce: boolean): SaveState {
  if (dirty) return 'unsaved';
  return savedOnce ? 'saved' : 'idle';
}
