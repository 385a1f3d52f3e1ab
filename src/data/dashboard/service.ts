import { serviceFigures, type HandledComplaint, type ServiceFigures } from '../../domain/dashboard';
import type { Complaint } from '../../domain/complaint';
import type { RiparoDb } from '../db';
import { loadDeadlineContext } from '../repositories/deadlineContext';
import { getSetting } from '../repositories/settings';

/**
 * The service tiles for the given complaints (the period's, already read):
 * their recoveries are read by key, and the clients only of those not
 * recovered, for the value lost with them.
 */
export async function loadServiceFigures(
  db: RiparoDb,
  rows: readonly Complaint[],
  today: string,
): Promise<ServiceFigures> {
  const [recoveries, context, economics] = await Promise.all([
    db.recoveries.bulkGet(rows.map((row) => row.id)),
    loadDeadlineContext(db),
    getSetting(db, 'recoveryEconomics'),
  ]);
  const lostClientIds = rows.flatMap((row, i) =>
    recoveries[i]?.followUp?.recovered === false ? [row.clientId] : [],
  );
  const clients = await db.clients.bulkGet([...new Set(lostClientIds)]);
  const annualValue = new Map(
    clients.flatMap((c) => (c?.annualValue !== undefined ? [[c.id, c.annualValue]] : [])),
  );
  const handled = rows.map((complaint, i): HandledComplaint => {
    const recovery = recoveries[i];
    const annual = annualValue.get(complaint.clientId);
    return { complaint, ...(recovery && { recovery }), ...(annual !== undefined && { annualValue: annual }) };
  });
  return serviceFigures(handled, context.standards, context.calendar, today, economics);
}
