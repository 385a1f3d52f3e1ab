import {
  formatProtocolCode,
  protocolCounterKey,
  yearOf,
  type Complaint,
  type NewComplaint,
} from '../../domain/complaint';
import type { RiparoDb } from '../db';
import { newId } from '../ids';

/**
 * Registers a complaint and gives it the next protocol code of its year. The
 * counter and the complaint are written in one transaction: either both are
 * stored or neither, so codes never repeat or skip.
 */
export async function createComplaint(db: RiparoDb, input: NewComplaint, now: Date): Promise<Complaint> {
  return db.transaction('rw', db.complaints, db.counters, async () => {
    const year = yearOf(input.receivedAt);
    const key = protocolCounterKey(year);
    const sequence = ((await db.counters.get(key))?.value ?? 0) + 1;
    await db.counters.put({ key, value: sequence });
    const stamp = now.toISOString();
    const complaint: Complaint = {
      ...input,
      id: newId(),
      code: formatProtocolCode(year, sequence),
      state: 'received',
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.complaints.add(complaint);
    return complaint;
  });
}

/** The most recently received complaints, newest first, read through the index. */
export function listRecentComplaints(db: RiparoDb, limit: number): Promise<Complaint[]> {
  return db.complaints.orderBy('receivedAt').reverse().limit(limit).toArray();
}

/** How many complaints the register holds, counted by the primary key without reading rows. */
export function countComplaints(db: RiparoDb): Promise<number> {
  return db.complaints.count();
}

export function getComplaint(db: RiparoDb, id: string): Promise<Complaint | undefined> {
  return db.complaints.get(id);
}
