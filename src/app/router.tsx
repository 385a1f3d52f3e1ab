import { createHashRouter, Navigate } from 'react-router';
import { ComplaintScreen, NewComplaintScreen } from '../features/complaint';
import { QueueScreen } from '../features/queue';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

/**
 * Hash routing: the page is one file under app://riparo (and under any static
 * server in the browser build), so no server has to rewrite deep links.
 */
export const router = createHashRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/complaints" replace /> },
      { path: 'complaints', element: <QueueScreen /> },
      { path: 'complaints/new', element: <NewComplaintScreen /> },
      { path: 'complaints/:id', element: <ComplaintScreen /> },
      { path: '*', element: <RouteError /> },
    ],
  },
]);
