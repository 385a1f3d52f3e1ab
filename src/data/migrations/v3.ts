import type { Transaction } from 'dexie';
import type { Complaint } from '../../domain/complaint';
import { checklistFromTemplates, defaultTemplates, type Recovery } from '../../domain/recovery';
import { newId } from '../ids';

/** States in which a complaint is still being worked; finished ones keep no checklist they never had. */
const FINAL_STATES: readonly string[] = ['closed', 'unfounded'];

/**
 * Version 3 adds the recovery workbench. Complaints still being worked get
 * the default (Italian) checklist, all items open: nothing is ticked on the
 * studio's behalf, since a tick records who did something and when.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const templates = defaultTemplates('it');
  const complaints = (await tx.table('complaints').toArray()) as Complaint[];
  const stamp = new Date().toISOString();
  const recoveries: Recovery[] = complaints
    .filter((c) => !FINAL_STATES.includes(c.state))
    .map((c) => ({
      id: c.id,
      items: checklistFromTemplates(templates, c.cause, newId),
      ...(c.demo ? { demo: 1 as const } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    }));
  await tx.table('recoveries').bulkAdd(recoveries);
}
