import { ulid } from 'ulid';

/** Ids are made on the client and sort by creation time, so records stay sync-ready. */
export function newId(): string {
  return ulid();
}
