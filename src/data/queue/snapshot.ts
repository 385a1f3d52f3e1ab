import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { RiparoDb } from '../db';
import type { ComplaintRow } from '../rows';

/** An index of the complaints whose key order the queue sorts by. */
export type OrderIndex = 'receivedAt' | 'code' | 'clientName' | 'dueDate';

/**
 * The complaints in the order of one index, as slots (see {@link QueueSnapshot}),
 * then those the index leaves out (no deadline), by primary key.
 */
export interface Order {
  readonly indexed: Int32Array;
  readonly rest: Int32Array;
}

/** The complaints on one index range a filter asked about: one byte per slot, 1 = in the range. */
interface Members {
  bytes: Uint8Array;
  /** Whether a complaint belongs, judged on its row: what the index range holds, said in code. */
  readonly holds: (row: ComplaintRow) => boolean;
}

/**
 * A write touching more complaints than this (an import, the demo, a renamed
 * client with many complaints) is not patched in: the snapshot is read anew.
 * Dexie itself names a bulk write of 50 or more by its range, not its keys.
 */
const MAX_PATCHED = 50;
/** Ranges kept per snapshot before the oldest is dropped; at 100,000 complaints each takes 100 KB. */
const MAX_RANGES = 128;

/**
 * What the queue knows of the complaints' indexes, in memory: every primary
 * key once (its place in `keys` is the complaint's slot), each sort order as
 * slots, and the members of each index range a filter asked about. A query is
 * answered here, and only the rows on screen are read.
 *
 * Built from the indexes as questions need them (reading 100,000 keys takes
 * a few seconds here, so the first answer of a session pays once); after
 * that, a write of a few complaints is patched in from their rows alone. A
 * larger write, or one landing while the snapshot is still reading, drops it.
 */
export class QueueSnapshot {
  private readonly keys: string[] = [];
  private readonly slotOf = new Map<string, number>();
  private capacity = 0;
  private loaded?: Promise<void> | undefined;
  private readonly orders = new Map<OrderIndex, Promise<Order>>();
  private readonly ranges = new Map<string, Promise<Members>>();
  /** Sort values already read, by index and slot, for placing a patched complaint. */
  private readonly sortValues = new Map<OrderIndex, Map<number, string>>();
  /** Patches, one after the other; every answer waits for those queued before it. */
  private patches: Promise<void> = Promise.resolve();
  private reading = 0;

  constructor(private readonly db: RiparoDb) {}

  /** Every complaint's primary key by slot ('' for a slot whose complaint was deleted). */
  readonly primaryKeys = async (): Promise<readonly string[]> => {
    await this.load();
    return this.keys;
  };

  /** The complaints in the order of `index`, with those that have no value for it at the end. */
  readonly order = async (index: OrderIndex): Promise<Order> => {
    await this.load();
    let order = this.orders.get(index);
    if (!order) {
      order = this.read(this.db.complaints.orderBy(index).primaryKeys()).then((ordered) => {
        const indexed = this.slots(ordered);
        const placed = new Uint8Array(this.keys.length);
        for (const slot of indexed) placed[slot] = 1;
        const rest = this.keys.flatMap((key, slot) => (placed[slot] || key === '' ? [] : [slot]));
        rest.sort((a, b) => compareStrings(this.keys[a] ?? '', this.keys[b] ?? ''));
        return { indexed, rest: Int32Array.from(rest) };
      });
      this.orders.set(index, order);
      forgetOnFailure(order, () => this.orders.get(index) === order && this.orders.delete(index));
    }
    return order;
  };

  /**
   * The members of the index range that `read` returns the keys of; `holds`
   * says the same of one row, for patching. Kept under `question`.
   */
  readonly members = async (
    question: string,
    read: () => Promise<string[]>,
    holds: (row: ComplaintRow) => boolean,
  ): Promise<Uint8Array> => {
    await this.load();
    let members = this.ranges.get(question);
    if (!members) {
      members = this.read(read()).then((found) => {
        const bytes = new Uint8Array(this.capacity);
        for (const slot of this.slots(found)) bytes[slot] = 1;
        return { bytes, holds };
      });
      if (this.ranges.size >= MAX_RANGES) {
        const oldest = this.ranges.keys().next();
        if (!oldest.done) this.ranges.delete(oldest.value);
      }
      this.ranges.set(question, members);
      forgetOnFailure(members, () => this.ranges.get(question) === members && this.ranges.delete(question));
    }
    return (await members).bytes;
  };

  /** Whether a read from the indexes is under way: a write landing now may or may not be in it. */
  get busy(): boolean {
    return this.reading > 0;
  }

  /** Brings the snapshot up to date with the complaints stored under `changed` keys (written or deleted). */
  patch(changed: readonly string[]): void {
    // A patch that fails (a read refused) leaves nothing half-done behind: the snapshot starts over.
    this.patches = this.patches.then(() => this.apply(changed)).catch(() => this.forgetAll());
  }

  private forgetAll(): void {
    this.keys.length = 0;
    this.slotOf.clear();
    this.capacity = 0;
    this.loaded = undefined;
    this.orders.clear();
    this.ranges.clear();
    this.sortValues.clear();
  }

  /** Waits for queued patches, then for the keys; the received-date order comes with them. */
  private async load(): Promise<void> {
    await this.patches;
    if (!this.loaded) {
      const loaded = this.read(this.db.complaints.orderBy('receivedAt').primaryKeys()).then((ordered) => {
        // Every complaint has a received date, so this index lists each one once.
        this.keys.push(...ordered);
        for (const [slot, key] of ordered.entries()) this.slotOf.set(key, slot);
        this.capacity = ordered.length;
        const slots = Int32Array.from(ordered.keys());
        this.orders.set('receivedAt', Promise.resolve({ indexed: slots, rest: new Int32Array(0) }));
      });
      this.loaded = loaded;
      forgetOnFailure(loaded, () => this.loaded === loaded && (this.loaded = undefined));
    }
    return this.loaded;
  }

  private async read<T>(reading: Promise<T>): Promise<T> {
    this.reading += 1;
    try {
      return await reading;
    } finally {
      this.reading -= 1;
    }
  }

  /** The slots of `keys`, skipping any the snapshot does not know. */
  private slots(keys: readonly string[]): Int32Array {
    const slots = new Int32Array(keys.length);
    let length = 0;
    for (const key of keys) {
      const slot = this.slotOf.get(key);
      if (slot !== undefined) slots[length++] = slot;
    }
    return length === keys.length ? slots : slots.slice(0, length);
  }

  private async apply(changed: readonly string[]): Promise<void> {
    if (!this.loaded) return;
    await this.loaded;
    const rows = await this.db.complaints.bulkGet([...changed]);
    const orders = await Promise.all(
      [...this.orders].map(async ([index, order]) => [index, await order] as const),
    );
    const ranges = await Promise.all(this.ranges.values());
    const updated = new Map<OrderIndex, Order>();
    for (const [i, key] of changed.entries()) {
      const row = rows[i];
      let slot = this.slotOf.get(key);
      if (slot === undefined && row === undefined) continue;
      if (slot === undefined) {
        slot = this.keys.push(key) - 1;
        this.slotOf.set(key, slot);
        this.grow(ranges);
      }
      for (const members of ranges) members.bytes[slot] = row && members.holds(row) ? 1 : 0;
      for (const [index, order] of orders) {
        const current = updated.get(index) ?? order;
        updated.set(index, await this.place(index, current, slot, row));
      }
      if (row === undefined) {
        this.keys[slot] = '';
        this.slotOf.delete(key);
      }
    }
    for (const [index, order] of updated) this.orders.set(index, Promise.resolve(order));
  }

  /** Makes room in every range for a new slot, doubling, so appends stay cheap. */
  private grow(ranges: readonly Members[]): void {
    if (this.keys.length <= this.capacity) return;
    this.capacity = Math.max(1024, this.capacity * 2);
    for (const members of ranges) {
      const bytes = new Uint8Array(this.capacity);
      bytes.set(members.bytes);
      members.bytes = bytes;
    }
  }

  /** `order` with `slot` taken out, and put back where its row now sorts (unless deleted). */
  private async place(
    index: OrderIndex,
    order: Order,
    slot: number,
    row: ComplaintRow | undefined,
  ): Promise<Order> {
    const indexed = without(order.indexed, slot);
    const rest = without(order.rest, slot);
    const values = this.sortValuesOf(index);
    values.delete(slot);
    if (row === undefined) return { indexed, rest };
    const key = this.keys[slot] ?? '';
    const value = row[index];
    if (typeof value !== 'string') {
      const at = await lowerBound(rest.length, (i) => compareStrings(this.keys[rest[i] ?? 0] ?? '', key) < 0);
      return { indexed, rest: inserted(rest, at, slot) };
    }
    values.set(slot, value);
    // Entries with equal values are in primary-key order, as IndexedDB keeps them.
    const at = await lowerBound(indexed.length, async (i) => {
      const other = indexed[i] ?? 0;
      const order =
        compareStrings(await this.sortValue(index, other), value) ||
        compareStrings(this.keys[other] ?? '', key);
      return order < 0;
    });
    return { indexed: inserted(indexed, at, slot), rest };
  }

  private sortValuesOf(index: OrderIndex): Map<number, string> {
    let values = this.sortValues.get(index);
    if (!values) {
      values = new Map();
      this.sortValues.set(index, values);
    }
    return values;
  }

  /** The value `index` holds for the complaint in `slot`, read from its row once. */
  private async sortValue(index: OrderIndex, slot: number): Promise<string> {
    const values = this.sortValuesOf(index);
    const known = values.get(slot);
    if (known !== undefined) return known;
    const row = await this.db.complaints.get(this.keys[slot] ?? '');
    const value = row?.[index] ?? '';
    values.set(slot, value);
    return value;
  }
}

/** Runs `forget` if `reading` fails, so the next question reads again instead of failing forever. */
function forgetOnFailure(reading: Promise<unknown>, forget: () => unknown): void {
  reading.catch(forget);
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first `i` in `[0, length)` for which `before(i)` is false; `before` must
 * be true then false. It may read what it compares (a sort value from a row).
 */
async function lowerBound(
  length: number,
  before: (i: number) => boolean | Promise<boolean>,
): Promise<number> {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (await before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function without(slots: Int32Array, slot: number): Int32Array {
  const at = slots.indexOf(slot);
  if (at < 0) return slots;
  const shorter = new Int32Array(slots.length - 1);
  shorter.set(slots.subarray(0, at));
  shorter.set(slots.subarray(at + 1), at);
  return shorter;
}

function inserted(slots: Int32Array, at: number, slot: number): Int32Array {
  const longer = new Int32Array(slots.length + 1);
  longer.set(slots.subarray(0, at));
  longer[at] = slot;
  longer.set(slots.subarray(at), at + 1);
  return longer;
}

/**
 * The single keys a write touched, from the part of Dexie's announcement that
 * names primary keys, or `null` when it names a range or too many to patch.
 */
function writtenKeys(tree: IntervalTree | undefined): string[] | null {
  const keys: string[] = [];
  const visit = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (node.from !== node.to || typeof node.from !== 'string') return false;
    keys.push(node.from);
    return keys.length <= MAX_PATCHED && visit(node.l) && visit(node.r);
  };
  return tree && visit(tree) ? keys : null;
}

interface Watch {
  revision: number;
  snapshot?: QueueSnapshot | undefined;
  readonly listeners: Set<() => void>;
}

const byDatabase = new Map<string, Watch>();

function watchOf(db: RiparoDb): Watch {
  let watch = byDatabase.get(db.name);
  if (!watch) {
    watch = { revision: 0, listeners: new Set() };
    byDatabase.set(db.name, watch);
  }
  return watch;
}

// Dexie announces every committed write, in this window or another one on the
// same profile, as what it touched: `idb://<db>/<table>/` names the primary
// keys (single keys, or ranges for a bulk write), the rest the index ranges.
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const [name, watch] of byDatabase) {
    const prefix = `idb://${name}/complaints/`;
    if (!Object.keys(parts).some((part) => part.startsWith(prefix))) continue;
    watch.revision += 1;
    const changed = writtenKeys(parts[prefix]);
    if (watch.snapshot && changed && !watch.snapshot.busy) watch.snapshot.patch(changed);
    else watch.snapshot = undefined;
    for (const listener of watch.listeners) listener();
  }
});

/** The queue's snapshot of `db`, kept up to date with every write to the complaints. */
export function queueSnapshot(db: RiparoDb): QueueSnapshot {
  const watch = watchOf(db);
  watch.snapshot ??= new QueueSnapshot(db);
  return watch.snapshot;
}

/** How many writes to the complaints this window has seen. */
export function complaintsRevision(db: RiparoDb): number {
  return watchOf(db).revision;
}

/** Calls `listener` after every committed write to the complaints; returns the unsubscribe. */
export function onComplaintsWritten(db: RiparoDb, listener: () => void): () => void {
  const { listeners } = watchOf(db);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
