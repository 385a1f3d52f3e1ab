import { Dexie, type EntityTable } from 'dexie';
import type { Complaint } from '../domain/complaint';
import { SCHEMA_VERSIONS } from './schema';

/**
 * The IndexedDB database name. Pinned by a test: renaming it would make every
 * installed Riparo open an empty register.
 */
export const DB_NAME = 'riparo';

export type ComplaintRow = Complaint;

/** A named, monotonically increasing number (e.g. a year's protocol sequence). */
export interface CounterRow {
  readonly key: string;
  readonly value: number;
}

/** The one Dexie database of the app; only `src/data/` touches its tables. */
export class RiparoDb extends Dexie {
  complaints!: EntityTable<ComplaintRow, 'id'>;
  counters!: EntityTable<CounterRow, 'key'>;

  constructor(name: string = DB_NAME) {
    // 'strict' makes Chromium flush each committed transaction to disk before
    // reporting success: a power cut must not lose a complaint already shown as saved.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
