import { useLiveQuery } from 'dexie-react-hooks';
import { countDemoComplaints } from '../demo/load';
import { db } from '../instance';
import { getSetting, type SettingKey } from '../repositories/settings';

/** Live value of a setting (its default until saved); `undefined` while loading. */
export const useSetting = <K extends SettingKey>(key: K) => useLiveQuery(() => getSetting(db, key), [key]);

/** Live number of demo complaints in the register; 0 when the demo is not loaded. */
export const useDemoComplaintCount = () => useLiveQuery(() => countDemoComplaints(db), []);
