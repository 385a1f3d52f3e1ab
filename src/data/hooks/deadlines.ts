import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { loadDeadlineContext } from '../repositories/deadlineContext';

/** Live standards and working calendar, for showing a complaint's deadlines. */
export const useDeadlineContext = () => useLiveQuery(() => loadDeadlineContext(db), []);
