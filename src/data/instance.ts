import { RiparoDb } from './db';

/** The app's database, opened lazily by Dexie on first use. */
export const db = new RiparoDb();
