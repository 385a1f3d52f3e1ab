import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { backupBeforeUpgrade } from './features/backup';
import { initI18n } from './i18n';

const i18n = initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const container = root;

// Before anything opens the register: if this version is about to upgrade its
// schema, the desktop app first saves a backup of it as stored.
void backupBeforeUpgrade().then((outcome) => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  if (outcome === 'failed') {
    notifications.show({
      color: 'red',
      autoClose: false,
      message: i18n.t('backup.auto.failedBeforeUpgrade'),
    });
  }
});
