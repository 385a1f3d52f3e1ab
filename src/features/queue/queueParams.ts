import { SORT_KEYS, type QueueFilter, type QueueSort } from '../../data';
import {
  CAUSES,
  CHANNELS,
  COMPLAINT_STATES,
  SEVERITIES,
  type Cause,
  type Channel,
  type ComplaintState,
  type Severity,
} from '../../domain/complaint';

export const VIEWS = ['all', 'mine_open', 'overdue', 'to_call_back'] as const;
export type QueueView = (typeof VIEWS)[number];

/** States in which the studio still owes the client something. */
export const OPEN_STATES: readonly ComplaintState[] = [
  'received',
  'acknowledged',
  'investigating',
  'solution_proposed',
  'resolved',
  'followed_up',
];

/** The queue's state as it lives in the address, so Back returns to the same list. */
export interface QueueState {
  view: QueueView;
  search: string;
  states: ComplaintState[];
  causes: Cause[];
  channels: Channel[];
  severities: Severity[];
  handlerIds: string[];
  serviceAreaIds: string[];
  receivedFrom: string;
  receivedTo: string;
  sort: QueueSort;
}

const DEFAULT_SORT: QueueSort = { key: 'receivedAt', direction: 'desc' };

const only = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

/** Reads the queue's state from the address, ignoring anything it does not know. */
export function readQueueState(params: URLSearchParams): QueueState {
  const view = params.get('view');
  const sortKey = params.get('sort');
  const dir = params.get('dir');
  return {
    view: VIEWS.find((v) => v === view) ?? 'all',
    search: params.get('q') ?? '',
    states: only(COMPLAINT_STATES, params.getAll('state')),
    causes: only(CAUSES, params.getAll('cause')),
    channels: only(CHANNELS, params.getAll('channel')),
    severities: only(SEVERITIES, params.getAll('severity')),
    handlerIds: params.getAll('handler'),
    serviceAreaIds: params.getAll('area'),
    receivedFrom: params.get('from') ?? '',
    receivedTo: params.get('to') ?? '',
    sort: {
      key: SORT_KEYS.find((k) => k === sortKey) ?? DEFAULT_SORT.key,
      direction: dir === 'asc' || dir === 'desc' ? dir : DEFAULT_SORT.direction,
    },
  };
}

/** Writes the queue's state to the address, leaving defaults out so links stay short. */
export function writeQueueState(state: QueueState): URLSearchParams {
  const params = new URLSearchParams();
  const lists: [string, readonly string[]][] = [
    ['state', state.states],
    ['cause', state.causes],
    ['channel', state.channels],
    ['severity', state.severities],
    ['handler', state.handlerIds],
    ['area', state.serviceAreaIds],
  ];
  if (state.view !== 'all') params.set('view', state.view);
  if (state.search) params.set('q', state.search);
  for (const [key, values] of lists) for (const value of values) params.append(key, value);
  if (state.receivedFrom) params.set('from', state.receivedFrom);
  if (state.receivedTo) params.set('to', state.receivedTo);
  if (state.sort.key !== DEFAULT_SORT.key || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', state.sort.key);
    params.set('dir', state.sort.direction);
  }
  return params;
}

/** Which filters a view fixes itself; the toolbar hides those. */
export const VIEW_FIXES: Record<QueueView, { states: boolean; handler: boolean }> = {
  all: { states: false, handler: false },
  mine_open: { states: true, handler: true },
  overdue: { states: false, handler: false },
  to_call_back: { states: true, handler: false },
};

/**
 * The filter for the database: the view's own conditions, then the user's
 * filters for whatever the view leaves open. "I miei aperti" needs to know who
 * is using Riparo; without that it is not offered.
 */
export function toQueueFilter(state: QueueState, today: string, currentStaffId: string | null): QueueFilter {
  const fixes = VIEW_FIXES[state.view];
  const view: QueueFilter =
    state.view === 'mine_open'
      ? { states: OPEN_STATES, handlerIds: currentStaffId ? [currentStaffId] : [] }
      : state.view === 'overdue'
        ? { dueBefore: today }
        : state.view === 'to_call_back'
          ? { states: ['resolved'] }
          : {};
  return {
    ...view,
    ...(fixes.states ? {} : { states: state.states }),
    ...(fixes.handler ? {} : { handlerIds: state.handlerIds }),
    causes: state.causes,
    channels: state.channels,
    severities: state.severities,
    serviceAreaIds: state.serviceAreaIds,
    ...(state.search ? { search: state.search } : {}),
    ...(state.receivedFrom ? { receivedFrom: state.receivedFrom } : {}),
    ...(state.receivedTo ? { receivedTo: state.receivedTo } : {}),
  };
}
