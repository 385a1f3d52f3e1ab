import { describe, expect, it } from 'vitest';
import type { SurveyDraft } from '../../domain/surveys';
import { mapCsvRows, guessMapping } from '../../domain/surveys';
import { parseCsv } from '../../domain/transfer';
import { freshDb } from '../../test/builders';
import { createClient } from './clients';
import { addServiceArea } from './studioLists';
import { addSurvey, importSurveys, listOpenFollowUps } from './surveys';

const now = new Date(2026, 3, 10, 12);
const aClient = (name: string) => ({
  name,
  kind: 'person' as const,
  email: '',
  phone: '',
  pec: '',
  taxId: '',
  notes: '',
});
const answer = (overrides: Partial<SurveyDraft> = {}): SurveyDraft => ({
  date: '2026-04-09',
  nps: 9,
  csat: 5,
  dimensions: {},
  comment: '',
  source: 'manual',
  ...overrides,
});

describe('survey answers', () => {
  it('opens a follow-up for a detractor or a low CSAT, and only then', async () => {
    const db = freshDb();
    await addSurvey(db, answer(), '2026-04-10', now);
    const detractor = await addSurvey(db, answer({ nps: 4 }), '2026-04-10', now);
    const unhappy = await addSurvey(db, answer({ nps: 8, csat: 2 }), '2026-04-10', now);
    const items = await listOpenFollowUps(db);
    expect(items.map((i) => [i.surveyId, i.reason])).toEqual([
      [detractor.id, 'detractor'],
      [unhappy.id, 'low_csat'],
    ]);
  });

  it('refuses an answer out of range and stores nothing', async () => {
    const db = freshDb();
    await expect(addSurvey(db, answer({ nps: 11 }), '2026-04-10', now)).rejects.toThrow();
    expect(await db.surveys.count()).toBe(0);
  });
});

describe('importing a CSV', () => {
  const csv = (area: string) =>
    `Data;Cliente;NPS;Soddisfazione;Area\n10/03/2026;ferri anna;3;4;Paghe\n11/03/2026;Sconosciuto;10;5;${area}\n`;

  it('matches clients and service areas by name and opens the follow-ups', async () => {
    const db = freshDb();
    const client = await createClient(db, aClient('Ferri Anna'), now);
    const area = await addServiceArea(db, 'Paghe', now);
    const { headers, rows } = parseCsv(csv('paghe'));
    const { surveys } = mapCsvRows(rows, guessMapping(headers));
    expect(await importSurveys(db, surveys, '2026-04-10', now)).toEqual({ imported: 2, errors: [] });
    const stored = await db.surveys.orderBy('date').toArray();
    expect(stored.map((s) => [s.clientId, s.respondentName, s.serviceAreaId])).toEqual([
      [client.id, undefined, area.id],
      [undefined, 'Sconosciuto', area.id],
    ]);
    expect((await listOpenFollowUps(db)).map((i) => i.clientId)).toEqual([client.id]);
  });

  it('imports nothing when a service area is unknown, and says on which line', async () => {
    const db = freshDb();
    await addServiceArea(db, 'Paghe', now);
    const { headers, rows } = parseCsv(csv('Contenzioso'));
    const { surveys } = mapCsvRows(rows, guessMapping(headers));
    expect(await importSurveys(db, surveys, '2026-04-10', now)).toEqual({
      imported: 0,
      errors: [{ row: 3, field: 'serviceArea', value: 'Contenzioso' }],
    });
    expect(await db.surveys.count()).toBe(0);
    expect(await db.followUpItems.count()).toBe(0);
  });
});
