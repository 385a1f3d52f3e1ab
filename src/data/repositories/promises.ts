import type { PromiseKind, StudioPromise } from '../../domain/quality';
import type { RiparoDb } from '../db';
import { newId } from '../ids';

export async function listPromisesOfClient(db: RiparoDb, clientId: string): Promise<StudioPromise[]> {
  const rows = await db.promises.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => b.promisedOn.localeCompare(a.promisedOn));
}

export async function addPromise(
  db: RiparoDb,
  draft: { clientId: string; kind: PromiseKind; text: string; promisedOn: string },
  now: Date,
): Promise<StudioPromise> {
  const stamp = now.toISOString();
  const promise: StudioPromise = {
    ...draft,
    id: newId(),
    brokenByComplaintIds: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.promises.add(promise);
  return promise;
}

/** Links (or unlinks) a complaint to the promise it broke. */
export async function setPromiseBroken(
  db: RiparoDb,
  promiseId: string,
  complaintId: string,
  broken: boolean,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.promises, async () => {
    const promise = await db.promises.get(promiseId);
    if (!promise) return;
    const others = promise.brokenByComplaintIds.filter((id) => id !== complaintId);
    await db.promises.update(promiseId, {
      brokenByComplaintIds: broken ? [...others, complaintId] : others,
      updatedAt: now.toISOString(),
    });
  });
}

/** Every promise some complaint says was broken. */
export async function listBrokenPromises(db: RiparoDb): Promise<StudioPromise[]> {
  // An empty list puts nothing in the multi-entry index, so this reads only broken promises.
  return db.promises.where('brokenByComplaintIds').notEqual('').distinct().toArray();
}
