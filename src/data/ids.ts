import { monotonicFactory } from 'ulid';

// Monotonic: ids made in the same millisecond still sort in the order they were
// made, so audit entries written together (an override, then its step) read in order.
const nextUlid = monotonicFactory();

/** Ids are made on the client and sort by creation time, so records stay sync-ready. */
export function newId(): string {
  return nextUlid();
}
