import type { NewComplaint } from '../domain/complaint';
import { RiparoDb } from '../data/db';

let counter = 0;

/** A fresh, uniquely named in-memory database for one test. */
export function freshDb(): RiparoDb {
  counter += 1;
  return new RiparoDb(`riparo-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A valid new complaint; override what the test is about. */
export function aNewComplaint(overrides: Partial<NewComplaint> = {}): NewComplaint {
  return {
    clientName: 'Rossi Mario',
    receivedAt: '2026-04-03T09:30',
    channel: 'phone',
    cause: 'communication',
    title: 'Telefonate senza risposta',
    description: 'Il cliente ha chiamato più volte senza trovare nessuno.',
    ...overrides,
  };
}
