import { createHashRouter, Navigate } from 'react-router';
import { StartupGuard } from '../features/backup';
import { ClientScreen, ClientsScreen, NewClientScreen } from '../features/clients';
import { ComplaintScreen, NewComplaintScreen } from '../features/complaint';
import { FirstRunGate } from '../features/firstRun';
import { QueueScreen } from '../features/queue';
import { SettingsScreen } from '../features/settings';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

/**
 * Hash routing: the page is one file under app://riparo (and under any static
 * server in the browser build), so no server has to rewrite deep links.
 */
export const router = createHashRouter([
  {
    // An unexpectedly empty register offers a restore first.
    // Until the studio has finished or skipped the first-run wizard, the wizard stands in for the app.
    element: (
      <StartupGuard>
        <FirstRunGate>
          <AppLayout />
        </FirstRunGate>
      </StartupGuard>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/complaints" replace /> },
      { path: 'complaints', element: <QueueScreen /> },
      { path: 'complaints/new', element: <NewComplaintScreen /> },
      { path: 'complaints/:id', element: <ComplaintScreen /> },
      { path: 'clients', element: <ClientsScreen /> },
      { path: 'clients/new', element: <NewClientScreen /> },
      { path: 'clients/:id', element: <ClientScreen /> },
      { path: 'settings/*', element: <SettingsScreen /> },
      { path: '*', element: <RouteError /> },
    ],
  },
]);
