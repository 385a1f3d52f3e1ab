import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { countRecords } from '../repositories/backup';

/** Complaints plus clients, kept live; undefined while loading. */
export const useRecordCount = () => useLiveQuery(() => countRecords(db), []);
