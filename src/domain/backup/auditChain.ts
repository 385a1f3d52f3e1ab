import { canonicalJson, sha256Hex } from './hash';

/** The `prevHash` of the first event of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit event as chained: its place in the trail and the hash of the event before it. */
export interface ChainLink {
  readonly id: string;
  readonly at: string;
  readonly seq: number;
  readonly prevHash: string;
}

/** The hash that the next event carries: SHA-256 of this whole event, `seq` and `prevHash` included. */
export function linkHash(event: ChainLink): Promise<string> {
  return sha256Hex(canonicalJson(event));
}

/** What went wrong at a link: an event missing before it, or the event before it was altered. */
export type ChainBreak = 'gap' | 'altered';

export type ChainCheck =
  | { readonly ok: true; readonly count: number; readonly head: string }
  | {
      readonly ok: false;
      readonly count: number;
      /** The first event whose link does not hold. */
      readonly brokenAt: { readonly seq: number; readonly id: string; readonly at: string };
      readonly reason: ChainBreak;
    };

/**
 * Walks the trail in `seq` order and checks that the numbering has no holes
 * and that each event carries the hash of the one before. Returns the head
 * (the hash the next event would carry) when the chain holds, or the first
 * event where it breaks. Never repairs anything.
 */
export async function verifyChain(events: readonly ChainLink[]): Promise<ChainCheck> {
  let expected = GENESIS_HASH;
  let seq = 0;
  for (const event of events) {
    seq += 1;
    const brokenAt = { seq: event.seq, id: event.id, at: event.at };
    if (event.seq !== seq) return { ok: false, count: events.length, brokenAt, reason: 'gap' };
    if (event.prevHash !== expected) return { ok: false, count: events.length, brokenAt, reason: 'altered' };
    expected = await linkHash(event);
  }
  return { ok: true, count: events.length, head: expected };
}
