import { Suspense } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { StartupGuard } from '../features/backup';
import { DocumentScreen } from '../features/documents';
import { FirstRunGate } from '../features/firstRun';
import { QueueScreen } from '../features/queue';
import { ReportsScreen } from '../features/reports';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

/** Screens other than the queue load on first visit, so opening Riparo parses only what the queue needs. */
const clients = () => import('../features/clients');
const complaint = () => import('../features/complaint');
const settings = () => import('../features/settings');

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
      { path: 'complaints/new', lazy: async () => ({ Component: (await complaint()).NewComplaintScreen }) },
      { path: 'complaints/:id', lazy: async () => ({ Component: (await complaint()).ComplaintScreen }) },
      { path: 'clients', lazy: async () => ({ Component: (await clients()).ClientsScreen }) },
      { path: 'clients/new', lazy: async () => ({ Component: (await clients()).NewClientScreen }) },
      { path: 'clients/:id', lazy: async () => ({ Component: (await clients()).ClientScreen }) },
      { path: 'settings/*', lazy: async () => ({ Component: (await settings()).SettingsScreen }) },
      // Lazy: the dashboard's charts and the survey screens stay out of the queue's bundle.
      {
        path: 'dashboard/:tab?',
        lazy: async () => ({ Component: (await import('../features/dashboard')).DashboardScreen }),
      },
      {
        path: 'surveys',
        lazy: async () => ({ Component: (await import('../features/surveys')).SurveysScreen }),
      },
      {
        path: 'reports',
        element: (
          <Suspense fallback={null}>
            <ReportsScreen />
          </Suspense>
        ),
      },
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
