import { PROMISE_KINDS, type PromiseKind, type StudioPromise } from '../quality';

export interface BrokenPromiseCount {
  readonly kind: PromiseKind;
  readonly count: number;
}

/**
 * Broken promises by kind, counting a promise when at least one of the given
 * complaints (the period's) says it was broken; most broken first, kinds
 * never broken left out.
 */
export function brokenPromisesByKind(
  promises: Iterable<Pick<StudioPromise, 'kind' | 'brokenByComplaintIds'>>,
  complaintIds: ReadonlySet<string>,
): BrokenPromiseCount[] {
  const counts = new Map<PromiseKind, number>();
  for (const p of promises) {
    if (p.brokenByComplaintIds.some((id) => complaintIds.has(id)))
      counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  }
  return PROMISE_KINDS.flatMap((kind) => {
    const count = counts.get(kind);
    return count ? [{ kind, count }] : [];
  }).sort((a, b) => b.count - a.count);
}
