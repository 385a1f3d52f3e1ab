import { Suspense, type ComponentType } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { StartupGuard } from '../features/backup';
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
 * A screen its feature loads on first visit (a `React.lazy` component), so
 * opening Riparo parses only what the queue needs.
 */
const later = (Screen: ComponentType) => (
  <Suspense fallback={null}>
    <Screen />
  </Suspense>
);

/**
 * Hash routing: the page is one file under app://riparo (and under any static
 * server in the browser build), so no server has to rewrite deep links.
 */
export const router = createHashRouter([
  {
    // Documents print without the app's shell (and without the first-run gate: main's hidden window prints them).
    path: 'print/:doc/:id?',
    element: later(DocumentScreen),
    errorElement: <RouteError />,
  },
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
      { path: 'complaints/new', element: later(NewComplaintScreen) },
      { path: 'complaints/:id', element: later(ComplaintScreen) },
      { path: 'clients', element: later(ClientsScreen) },
      { path: 'clients/new', element: later(NewClientScreen) },
      { path: 'clients/:id', element: later(ClientScreen) },
      { path: 'settings/*', element: later(SettingsScreen) },
      // Lazy: the dashboard's charts and the survey screens stay out of the queue's bundle.
      {
        path: 'dashboard/:tab?',
        lazy: async () => ({ Component: (await import('../features/dashboard')).DashboardScreen }),
      },
      {
        path: 'surveys',
        lazy: async () => ({ Component: (await import('../features/surveys')).SurveysScreen }),
      },
      { path: 'reports', element: later(ReportsScreen) },
      { path: '*', element: <RouteError /> },
    ],
  },
  {
    // The waiting-room kiosk stands outside the app's layout: clients see no menu.
    path: 'kiosk',
    lazy: async () => {
      const { KioskScreen } = await import('../features/surveys');
      return {
        Component: () => (
          <FirstRunGate>
            <KioskScreen />
          </FirstRunGate>
        ),
      };
    },
    errorElement: <RouteError />,
  },
]);
