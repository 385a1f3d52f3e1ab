import { Suspense } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { ClientScreen, ClientsScreen, NewClientScreen } from '../features/clients';
import { ComplaintScreen, NewComplaintScreen } from '../features/complaint';
import { DocumentScreen } from '../features/documents';
import { FirstRunGate } from '../features/firstRun';
import { QueueScreen } from '../features/queue';
import { ReportsScreen } from '../features/reports';
import { SettingsScreen } from '../features/settings';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

/**
 * Hash routing: the page is one file under app://riparo (and under any static
 * server in the browser build), so no server has to rewrite deep links.
 */
export const router = createHashRouter([
  {
    // Documents print without the app's shell (and without the first-run gate: main's hidden window prints them).
    path: 'print/:doc/:id?',
    element: (
      <Suspense fallback={null}>
        <DocumentScreen />
      </Suspense>
    ),
    errorElement: <RouteError />,
  },
  {
    // Until the studio has finished or skipped the first-run wizard, the wizard stands in for the app.
    element: (
      <FirstRunGate>
        <AppLayout />
      </FirstRunGate>
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
      {
        path: 'reports',
        element: (
          <Suspense fallback={null}>
            <ReportsScreen />
          </Suspense>
        ),
      },
      { path: 'settings/*', element: <SettingsScreen /> },
      { path: '*', element: <RouteError /> },
    ],
  },
]);
