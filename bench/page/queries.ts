import type { QueueFilter, QueueSort } from '../../src/data/queue/queueQuery';
import { BENCH_TODAY } from './register';

const OPEN = ['received', 'acknowledged', 'investigating', 'solution_proposed', 'resolved'] as const;
const newest: QueueSort = { key: 'receivedAt', direction: 'desc' };

/**
 * What a studio asks its queue: the default view, a word, accent-folded words
 * with filters, the overdue view, a combination of lists. Each is answered
 * with its total and first page, as the queue screen does.
 */
export const QUEUE_QUERIES: readonly { readonly filter: QueueFilter; readonly sort: QueueSort }[] = [
  { filter: {}, sort: newest },
  { filter: { search: 'parcella' }, sort: newest },
  { filter: { search: 'perche successione', states: OPEN }, sort: newest },
  { filter: { states: OPEN, dueBefore: BENCH_TODAY }, sort: { key: 'clientName', direction: 'asc' } },
  {
    filter: { causes: ['pricing', 'communication'], channels: ['email', 'pec'] },
    sort: { key: 'code', direction: 'asc' },
  },
  { filter: { search: 'bilancio', states: ['received'] }, sort: newest },
];
