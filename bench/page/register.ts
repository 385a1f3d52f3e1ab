import { generateDemoRegister, type DemoRegister } from '../../src/data/demo/generate';
import { toDemoRows, type DemoRows } from '../../src/data/demo/load';
import { toClientRow, type ClientRow } from '../../src/data/rows';
import { createWorkingCalendar, DEFAULT_STANDARDS } from '../../src/domain/deadlines';
import { italianPublicHolidays } from '../../src/domain/deadlines/italianHolidays';

/** Fixed, so the rows never depend on the day the bench runs. */
export const BENCH_NOW = new Date(2026, 3, 30, 18, 0);
/** The bench's "today", for overdue filters: the day of {@link BENCH_NOW}. */
export const BENCH_TODAY = '2026-04-30';

/**
 * A register of `count` complaints made by the app's own demo generator (the
 * one behind "Carica il registro di prova"), seeded, so every run and both
 * engines store the same records: realistic Italian titles and clients' words,
 * a client for every three complaints, timelines up to {@link BENCH_NOW}.
 */
export function benchRegister(count: number): DemoRegister {
  return generateDemoRegister(BENCH_NOW, italianPublicHolidays, {
    seed: 2026,
    complaints: count,
    clients: Math.max(130, Math.ceil(count / 3)),
  });
}

/**
 * A register whose year `year` holds exactly `count` complaints: the demo
 * generator's two years ending on 1 January of the year after, with the
 * complaints outside `year` left out.
 */
export function yearRegister(year: number, count: number): DemoRegister {
  const now = new Date(year + 1, 0, 1);
  const inYear = (receivedAt: string) => receivedAt.startsWith(String(year));
  let total = count * 2;
  for (;;) {
    const register = generateDemoRegister(now, italianPublicHolidays, {
      seed: year,
      complaints: total,
      clients: Math.ceil(count / 3),
    });
    const complaints = register.complaints.filter((c) => inYear(c.receivedAt));
    if (complaints.length >= count) {
      const kept = new Set(complaints.slice(0, count).map((c) => c.id));
      return {
        ...register,
        complaints: complaints.slice(0, count),
        auditEvents: register.auditEvents.filter((event) => kept.has(event.entityId)),
      };
    }
    total = Math.ceil((total * count * 1.1) / Math.max(1, complaints.length));
  }
}

/** Every record of a register as the app stores it in an empty database with default settings. */
export interface StoredRegister extends DemoRows {
  readonly clients: ClientRow[];
}

export function storedRows(register: DemoRegister): StoredRegister {
  const context = {
    standards: DEFAULT_STANDARDS,
    calendar: createWorkingCalendar({ publicHolidays: italianPublicHolidays }),
  };
  return { ...toDemoRows(register, context, () => 0), clients: register.clients.map(toClientRow) };
}
