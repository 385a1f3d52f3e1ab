import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSetting } from '../../data';
import { FirstRunWizard } from './FirstRunWizard';

/**
 * Shows the first-run wizard until the studio has finished or skipped it,
 * then the app. The answer is read from the register itself, so a studio that
 * set Riparo up once never sees the wizard again.
 */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const completed = useSetting('setupCompleted');
  if (completed === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  return completed ? children : <FirstRunWizard />;
}
