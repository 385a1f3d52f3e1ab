/** What the studio promised at engagement (domain.md §5, the promise side). */
export const PROMISE_KINDS = ['deadline', 'fee_estimate', 'outcome', 'reply_time'] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

/** One promise made to a client, and the complaints that say it was broken. */
export interface StudioPromise {
  readonly id: string;
  readonly clientId: string;
  readonly kind: PromiseKind;
  readonly text: string;
  /** When it was made, `YYYY-MM-DD`. */
  readonly promisedOn: string;
  readonly brokenByComplaintIds: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
