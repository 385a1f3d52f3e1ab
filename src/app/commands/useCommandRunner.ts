import { notifications } from '@mantine/notifications';
import { spotlight } from '@mantine/spotlight';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { platform } from '../../platform';
import type { MenuCommand } from '../../shared/ipc';
import { pdfFileName, printableDocument } from './printName';

export interface CommandDialogs {
  readonly openHelp: () => void;
  readonly openAbout: () => void;
}

/**
 * Runs a command wherever it comes from (desktop menu, keyboard shortcut,
 * command palette), so each action behaves the same on every route to it.
 */
export function useCommandRunner({ openHelp, openAbout }: CommandDialogs): (command: MenuCommand) => void {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();

  const printCurrentView = useCallback(async () => {
    const documentPath = printableDocument(location.pathname);
    if (!documentPath) {
      notifications.show({ message: t('desktop.print.nothing') });
      return;
    }
    const heading = document.querySelector('main h1, h1')?.textContent;
    const date = dayjs().format('YYYY-MM-DD');
    const suggestedName = pdfFileName((screen) => t('desktop.print.fileName', { screen, date }), heading);
    try {
      const result = await platform.printToPdf({ suggestedName, landscape: false, documentPath });
      if (result.saved)
        notifications.show({ message: t('desktop.print.saved', { fileName: result.fileName }) });
    } catch {
      notifications.show({ color: 'red', message: t('desktop.print.failed') });
    }
  }, [t, location.pathname]);

  return useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'newComplaint':
          void navigate('/complaints/new');
          return;
        case 'search':
          {
            // On the queue, keep its filters (and history); the toolbar focuses its search box on this state.
            const onQueue = location.pathname === '/complaints';
            void navigate(
              { pathname: '/complaints', search: onQueue ? location.search : '' },
              { state: { focusSearch: Date.now() }, replace: onQueue },
            );
          }
          return;
        case 'print':
          void printCurrentView();
          return;
        case 'settings':
          void navigate('/settings');
          return;
        case 'palette':
          spotlight.open();
          return;
        case 'queue':
          void navigate('/complaints');
          return;
        case 'clients':
          void navigate('/clients');
          return;
        case 'help':
          openHelp();
          return;
        case 'about':
          openAbout();
          return;
      }
    },
    [navigate, location.pathname, location.search, printCurrentView, openHelp, openAbout],
  );
}
