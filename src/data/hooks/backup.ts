import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { isRegisterEmpty } from '../repositories/backup';

/** Whether the register holds no complaint and no client, kept live; undefined while loading. */
export const useRegisterEmpty = () => useLiveQuery(() => isRegisterEmpty(db), []);
