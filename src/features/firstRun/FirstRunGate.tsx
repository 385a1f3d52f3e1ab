import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useSetting } from '../../data';

// Seen once in a studio's life: loaded only when it is needed.
const FirstRunWizard = lazy(async () => ({ default: (await import('./FirstRunWizard')).FirstRunWizard }));

function Waiting() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

/**
 * Shows the first-run wizard until the studio has finished or skipped it,
 * then the app. The answer is read from the register itself, so a studio that
 * set Riparo up once never sees the wizard again.
 */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const completed = useSetting('setupCompleted');
  if (completed === undefined) return <Waiting />;
  if (completed) return children;
  return (
    <Suspense fallback={<Waiting />}>
      <FirstRunWizard />
    </Suspense>
  );
}
