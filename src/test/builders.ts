import type { ComplaintIntake } from '../domain/complaint';
import { RiparoDb } from '../data/db';

let counter = 0;

/** A fresh, uniquely named in-memory database for one test. */
export function freshDb(): RiparoDb {
  counter += 1;
  return new RiparoDb(`riparo-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A valid intake for a new client; override what the test is about. */
export function anIntake(overrides: Partial<ComplaintIntake> = {}): ComplaintIntake {
  return {
    client: { newName: 'Rossi Mario' },
    receivedAt: '2026-04-03T09:30',
    channel: 'phone',
    cause: 'communication',
    severity: 'medium',
    title: 'Telefonate senza risposta',
    clientWords: 'Ho chiamato più volte senza trovare nessuno. Perché?',
    expectation: 'Essere richiamato in giornata',
    feelings: [{ feeling: 'frustration', intensity: 2 }],
    remedyRequested: 'Un appuntamento con il titolare',
    ...overrides,
  };
}
