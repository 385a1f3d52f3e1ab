import type { Complaint, ComplaintState } from '../../domain/complaint';

/** States after which nothing more is done on a complaint. */
const FINISHED: readonly ComplaintState[] = ['closed', 'unfounded'];

/** How many of a client's complaints are still being handled. */
export function countOpen(complaints: readonly Pick<Complaint, 'state'>[]): number {
  return complaints.filter((c) => !FINISHED.includes(c.state)).length;
}
