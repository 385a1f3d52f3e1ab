import type { Cause, Channel, Complaint } from '../complaint';
import {
  addServiceTallies,
  EMPTY_SERVICE_TALLY,
  tallyService,
  type HandledComplaint,
  type ServiceTally,
} from './service';
import type { Standards, WorkingCalendar } from '../deadlines';

/** A complaint with what the dashboard groups it by. */
export interface TalliedComplaint extends HandledComplaint {
  readonly complaint: HandledComplaint['complaint'] & Pick<Complaint, 'cause' | 'channel' | 'serviceAreaId'>;
}

/** A set of complaints' dashboard figures, in parts that add up across months. */
export interface ComplaintTally {
  readonly complaints: number;
  readonly byCause: Readonly<Partial<Record<Cause, number>>>;
  readonly byChannel: Readonly<Partial<Record<Channel, number>>>;
  readonly service: ServiceTally;
}

/** Tallies by service area id; `''` holds the complaints without one. */
export type AreaTallies = Readonly<Record<string, ComplaintTally>>;

export const EMPTY_COMPLAINT_TALLY: ComplaintTally = {
  complaints: 0,
  byCause: {},
  byChannel: {},
  service: EMPTY_SERVICE_TALLY,
};

function addCounts<K extends string>(
  a: Readonly<Partial<Record<K, number>>>,
  b: Readonly<Partial<Record<K, number>>>,
): Partial<Record<K, number>> {
  const sum: Partial<Record<K, number>> = { ...a };
  for (const key of Object.keys(b) as K[]) sum[key] = (sum[key] ?? 0) + (b[key] ?? 0);
  return sum;
}

export function addComplaintTallies(a: ComplaintTally, b: ComplaintTally): ComplaintTally {
  return {
    complaints: a.complaints + b.complaints,
    byCause: addCounts(a.byCause, b.byCause),
    byChannel: addCounts(a.byChannel, b.byChannel),
    service: addServiceTallies(a.service, b.service),
  };
}

export function addAreaTallies(a: AreaTallies, b: AreaTallies): AreaTallies {
  const sum: Record<string, ComplaintTally> = { ...a };
  for (const [area, tally] of Object.entries(b))
    sum[area] = addComplaintTallies(sum[area] ?? EMPTY_COMPLAINT_TALLY, tally);
  return sum;
}

/** Groups complaints by service area and tallies each group. */
export function tallyByArea(
  handled: readonly TalliedComplaint[],
  standards: Standards,
  calendar: WorkingCalendar,
): AreaTallies {
  const groups = new Map<string, TalliedComplaint[]>();
  for (const h of handled) {
    const area = h.complaint.serviceAreaId ?? '';
    const group = groups.get(area);
    if (group) group.push(h);
    else groups.set(area, [h]);
  }
  const tallies: Record<string, ComplaintTally> = {};
  for (const [area, group] of groups) {
    const byCause: Partial<Record<Cause, number>> = {};
    const byChannel: Partial<Record<Channel, number>> = {};
    for (const { complaint } of group) {
      byCause[complaint.cause] = (byCause[complaint.cause] ?? 0) + 1;
      byChannel[complaint.channel] = (byChannel[complaint.channel] ?? 0) + 1;
    }
    tallies[area] = {
      complaints: group.length,
      byCause,
      byChannel,
      service: tallyService(group, standards, calendar),
    };
  }
  return tallies;
}
