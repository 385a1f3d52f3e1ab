import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { previewRetention } from '../repositories/privacy';

/** Live list of the complaints a retention of `years` would anonymise today; empty while it is off. */
export const useRetentionPreview = (years: number | null, today: string) =>
  useLiveQuery(async () => (years === null ? [] : previewRetention(db, years, today)), [years, today]);
