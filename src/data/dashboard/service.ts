import { serviceFigures, type ServiceFigures, type ServiceTally } from '../../domain/dashboard';
import type { RiparoDb } from '../db';
import { getSetting } from '../repositories/settings';

/**
 * The service tiles of a period's tally: the clients it lost are read by key,
 * for their fees, and priced with the studio's economics.
 */
export async function loadServiceFigures(db: RiparoDb, tally: ServiceTally): Promise<ServiceFigures> {
  const [clients, standards, economics] = await Promise.all([
    db.clients.bulkGet([...tally.lostClientIds]),
    getSetting(db, 'standards'),
    getSetting(db, 'recoveryEconomics'),
  ]);
  const annualValues = new Map(
    clients.flatMap((c) => (c?.annualValue !== undefined ? [[c.id, c.annualValue] as const] : [])),
  );
  return serviceFigures(tally, standards, annualValues, economics);
}
