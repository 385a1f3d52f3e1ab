import { describe, expect, it } from 'vitest';
import type { NewClient } from '../../domain/client/client';
import { anIntake, freshDb } from '../../test/builders';
import { listAudit } from './audit';
import {
  countClients,
  createClient,
  deleteClient,
  getClient,
  listClientsPage,
  mergeClients,
  searchClients,
  updateClient,
} from './clients';
import { listComplaintsOfClient, registerComplaint } from './complaints';

const now = new Date(2026, 3, 10, 12);

const aClient = (overrides: Partial<NewClient> = {}): NewClient => ({
  name: 'Rossi Mario',
  kind: 'person',
  email: '',
  phone: '',
  pec: '',
  taxId: '',
  notes: '',
  ...overrides,
});

describe('the client registry', () => {
  it('pages through clients in name order, ignoring accents and case', async () => {
    const db = freshDb();
    for (const name of ['bianchi Luca', 'Àlberti Sara', 'Conti Srl', 'Esposito Anna', 'Dini Paolo']) {
      await createClient(db, aClient({ name }), now);
    }
    const names = async (offset: number) => (await listClientsPage(db, offset, 2)).map((c) => c.name);
    expect(await names(0)).toEqual(['Àlberti Sara', 'bianchi Luca']);
    expect(await names(2)).toEqual(['Conti Srl', 'Dini Paolo']);
    expect(await names(4)).toEqual(['Esposito Anna']);
    expect(await countClients(db)).toBe(5);
  });

  it('finds a client by the start of words of name, e-mail or tax id, typed without accents', async () => {
    const db = freshDb();
    await createClient(db, aClient({ name: 'Città Nuova srl', kind: 'company', taxId: '01234567897' }), now);
    await createClient(db, aClient({ name: 'Verdi Anna', email: 'anna@cittadella.it' }), now);
    await createClient(db, aClient({ name: 'Neri Carlo' }), now);
    const found = async (query: string) => (await searchClients(db, query, 10)).map((c) => c.name);
    expect(await found('Citta')).toEqual(['Città Nuova srl', 'Verdi Anna']);
    expect(await found('citta nuo')).toEqual(['Città Nuova srl']);
    expect(await found('0123456')).toEqual(['Città Nuova srl']);
  });

  it('saves edited details, clearing the annual value and start date when left empty', async () => {
    const db = freshDb();
    const created = await createClient(
      db,
      aClient({ annualValue: 1_250.5, clientSince: '2019-03-01', notes: 'Cliente storico' }),
      now,
    );
    const later = new Date(2026, 3, 11, 9);
    await updateClient(
      db,
      created.id,
      aClient({ name: 'Rossi Mario Luigi', notes: 'Cliente storico' }),
      later,
    );
    const saved = await getClient(db, created.id);
    expect(saved).toEqual({
      ...aClient({ name: 'Rossi Mario Luigi', notes: 'Cliente storico' }),
      id: created.id,
      createdAt: now.toISOString(),
      updatedAt: later.toISOString(),
    });
    expect((await searchClients(db, 'luigi', 5)).map((c) => c.id)).toEqual([created.id]);
  });
});

describe('deleting a client', () => {
  it('deletes a client without complaints', async () => {
    const db = freshDb();
    const client = await createClient(db, aClient(), now);
    expect(await deleteClient(db, client.id)).toBe('deleted');
    expect(await getClient(db, client.id)).toBeUndefined();
  });

  it('keeps a client with complaints', async () => {
    const db = freshDb();
    const complaint = await registerComplaint(db, anIntake(), now);
    expect(await deleteClient(db, complaint.clientId)).toBe('has_complaints');
    expect(await getClient(db, complaint.clientId)).toBeDefined();
  });
});

describe('merging duplicates', () => {
  it('moves the complaints, fills empty details, removes the duplicate and records the merge', async () => {
    const db = freshDb();
    const keep = await createClient(db, aClient({ name: 'Rossi Mario', email: 'mario@rossi.it' }), now);
    const duplicate = await createClient(
      db,
      aClient({ name: 'Mario Rossi', email: 'm.rossi@altro.it', phone: '333 1234567', annualValue: 900 }),
      now,
    );
    const first = await registerComplaint(db, anIntake({ client: { id: duplicate.id } }), now);
    const second = await registerComplaint(db, anIntake({ client: { id: keep.id } }), now);
    const later = new Date(2026, 3, 12, 8);

    await mergeClients(db, keep.id, duplicate.id, later, 'staff-1');

    expect(await getClient(db, duplicate.id)).toBeUndefined();
    const merged = await getClient(db, keep.id);
    expect(merged).toMatchObject({
      name: 'Rossi Mario',
      email: 'mario@rossi.it',
      phone: '333 1234567',
      annualValue: 900,
      updatedAt: later.toISOString(),
    });
    const moved = await listComplaintsOfClient(db, keep.id);
    expect(moved.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(await listComplaintsOfClient(db, duplicate.id)).toEqual([]);
    expect(await listAudit(db, keep.id)).toMatchObject([
      { type: 'client.merged', from: duplicate.id, to: keep.id, actorId: 'staff-1' },
    ]);
  });

  it('changes nothing when the duplicate is gone', async () => {
    const db = freshDb();
    const keep = await createClient(db, aClient(), now);
    await expect(mergeClients(db, keep.id, 'gone', now)).rejects.toThrow();
    await expect(mergeClients(db, keep.id, keep.id, now)).rejects.toThrow();
    expect(await getClient(db, keep.id)).toEqual(keep);
    expect(await db.auditEvents.count()).toBe(0);
  });
});
