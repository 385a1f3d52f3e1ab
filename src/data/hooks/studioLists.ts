import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { listServiceAreas, listStaff, listSubCauses } from '../repositories/studioLists';

export const useStaff = () => useLiveQuery(() => listStaff(db), []);
export const useServiceAreas = () => useLiveQuery(() => listServiceAreas(db), []);
export const useSubCauses = () => useLiveQuery(() => listSubCauses(db), []);
