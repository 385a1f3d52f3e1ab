import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, linkHash, verifyChain, type ChainLink } from './auditChain';

async function chainOf(count: number): Promise<ChainLink[]> {
  const events: ChainLink[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const event = { id: `E${seq}`, at: `2026-04-0${seq}T08:00:00.000Z`, seq, prevHash, type: 'x' };
    events.push(event);
    prevHash = await linkHash(event);
  }
  return events;
}

describe('the audit chain', () => {
  it('holds for an untouched trail and gives its head', async () => {
    const events = await chainOf(4);
    const check = await verifyChain(events);
    expect(check).toEqual({ ok: true, count: 4, head: await linkHash(events[3] as ChainLink) });
  });

  it('holds for an empty trail, whose head is the genesis hash', async () => {
    expect(await verifyChain([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
  });

  it('names the event after one that was altered', async () => {
    const events = await chainOf(4);
    events[1] = { ...(events[1] as ChainLink), at: '2025-01-01T00:00:00.000Z' };
    expect(await verifyChain(events)).toMatchObject({
      ok: false,
      reason: 'altered',
      brokenAt: { seq: 3, id: 'E3' },
    });
  });

  it('names the event after one that was deleted', async () => {
    const events = await chainOf(4);
    events.splice(1, 1);
    expect(await verifyChain(events)).toMatchObject({ ok: false, reason: 'gap', brokenAt: { seq: 3 } });
  });
});
