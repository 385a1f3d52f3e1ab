import { Stack } from '@mantine/core';
import { useRecovery } from '../../data';
import type { Complaint } from '../../domain/complaint';
import { ChecklistPanel } from './ChecklistPanel';
import { CompensationPanel } from './CompensationPanel';
import { ContactsPanel } from './ContactsPanel';
import { EconomicsPanel } from './EconomicsPanel';
import { FollowUpPanel } from './FollowUpPanel';

/** The recovery workbench on the complaint page: checklist, solution, economics, contacts, follow-up. */
export function RecoveryWorkbench({ complaint }: { complaint: Complaint }) {
  const recovery = useRecovery(complaint.id);
  if (recovery === undefined) return null;
  return (
    <Stack gap="lg">
      <ChecklistPanel complaint={complaint} recovery={recovery} />
      {recovery && (
        <>
          <FollowUpPanel complaint={complaint} recovery={recovery} />
          <CompensationPanel complaint={complaint} recovery={recovery} />
          <EconomicsPanel complaint={complaint} recovery={recovery} />
          <ContactsPanel complaint={complaint} recovery={recovery} />
        </>
      )}
    </Stack>
  );
}
