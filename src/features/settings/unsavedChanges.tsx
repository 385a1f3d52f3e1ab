import { Button, Group, Modal, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

type Report = (section: string, dirty: boolean) => void;

const UnsavedContext = createContext<Report>(() => undefined);

/** Tells the settings screen whether a section holds changes not yet saved. */
export function useReportUnsaved(section: string, dirty: boolean): void {
  const report = useContext(UnsavedContext);
  useEffect(() => {
    report(section, dirty);
    return () => report(section, false);
  }, [report, section, dirty]);
}

/**
 * Keeps what was typed in Settings from being lost by a click elsewhere: the
 * sections stay mounted while switching between them, and leaving Settings
 * with unsaved changes asks first.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback<Report>((section, isDirty) => {
    setDirty((current) => {
      if (current.has(section) === isDirty) return current;
      const next = new Set(current);
      if (isDirty) next.add(section);
      else next.delete(section);
      return next;
    });
  }, []);
  const blocker = useBlocker(
    ({ nextLocation }) => dirty.size > 0 && !nextLocation.pathname.startsWith('/settings'),
  );
  const value = useMemo(() => report, [report]);

  return (
    <UnsavedContext.Provider value={value}>
      {children}
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('settings.leaveTitle')}
      >
        <Text>{t('settings.leaveText')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('settings.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('settings.leave')}
          </Button>
        </Group>
      </Modal>
    </UnsavedContext.Provider>
  );
}
