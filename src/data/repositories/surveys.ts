import { foldText } from '../../domain/search';
import {
  followUpReason,
  surveyProblems,
  type CsvSurveyRow,
  type FollowUpItem,
  type Survey,
  type SurveyDraft,
} from '../../domain/surveys';
import type { RiparoDb } from '../db';
import { newId } from '../ids';

function toSurvey(draft: SurveyDraft, stamp: string): Survey {
  return { ...draft, id: newId(), createdAt: stamp, updatedAt: stamp };
}

function followUpFor(survey: Survey, today: string): FollowUpItem | undefined {
  const reason = followUpReason(survey);
  if (!reason) return undefined;
  return {
    id: newId(),
    reason,
    surveyId: survey.id,
    ...(survey.clientId ? { clientId: survey.clientId } : {}),
    openedOn: today,
    status: 'open',
    createdAt: survey.createdAt,
    updatedAt: survey.createdAt,
  };
}

/** Writes surveys and the follow-ups they open, in the caller's transaction. */
async function writeSurveys(db: RiparoDb, surveys: readonly Survey[], today: string): Promise<void> {
  await db.surveys.bulkAdd([...surveys]);
  const items = surveys.map((s) => followUpFor(s, today)).filter((i) => i !== undefined);
  await db.followUpItems.bulkAdd(items);
}

/**
 * Stores one survey answer; a detractor or a CSAT of 2 or less opens a
 * follow-up item in the same transaction, so neither exists without the other.
 */
export async function addSurvey(db: RiparoDb, draft: SurveyDraft, today: string, now: Date): Promise<Survey> {
  if (surveyProblems(draft).length > 0) throw new Error('The survey answer is not valid.');
  const survey = toSurvey(draft, now.toISOString());
  await db.transaction('rw', db.surveys, db.followUpItems, () => writeSurveys(db, [survey], today));
  return survey;
}

/** A row of a CSV import that cannot be matched to the studio's records. */
export interface ImportResolutionError {
  readonly row: number;
  readonly field: 'serviceArea';
  readonly value: string;
}

/**
 * Imports parsed CSV rows all-or-nothing: names are matched to clients (an
 * unknown name is kept as the respondent's) and service areas (an unknown area
 * is an error, reported with its line). Nothing is written unless every row
 * is good; then all surveys and their follow-ups go in one transaction.
 */
export async function importSurveys(
  db: RiparoDb,
  rows: readonly CsvSurveyRow[],
  today: string,
  now: Date,
): Promise<{ imported: number; errors: ImportResolutionError[] }> {
  return db.transaction('rw', [db.surveys, db.followUpItems, db.clients, db.serviceAreas], async () => {
    const areas = new Map((await db.serviceAreas.toArray()).map((a) => [foldText(a.name).trim(), a.id]));
    const names = [...new Set(rows.map((r) => foldText(r.clientName).trim()).filter(Boolean))];
    const clients = new Map<string, string>();
    for (const name of names) {
      const match = await db.clients.where('nameKey').equals(name).first();
      if (match) clients.set(name, match.id);
    }
    const errors: ImportResolutionError[] = [];
    const stamp = now.toISOString();
    const surveys = rows.map((r) => {
      const areaKey = foldText(r.serviceAreaName).trim();
      const serviceAreaId = areas.get(areaKey);
      if (areaKey && !serviceAreaId)
        errors.push({ row: r.row, field: 'serviceArea', value: r.serviceAreaName });
      const clientId = clients.get(foldText(r.clientName).trim());
      return toSurvey(
        {
          date: r.date,
          nps: r.nps,
          csat: r.csat,
          comment: r.comment,
          dimensions: r.dimensions,
          source: 'import',
          ...(clientId ? { clientId } : r.clientName ? { respondentName: r.clientName } : {}),
          ...(serviceAreaId ? { serviceAreaId } : {}),
        },
        stamp,
      );
    });
    if (errors.length > 0) return { imported: 0, errors };
    await writeSurveys(db, surveys, today);
    return { imported: surveys.length, errors };
  });
}

/** A survey answer as the list shows it: with its client's current name, when known. */
export type SurveyListRow = Survey & { readonly clientName?: string };

/** The newest survey answers, newest first, with their clients' names. */
export async function listRecentSurveys(db: RiparoDb, limit: number): Promise<SurveyListRow[]> {
  const surveys = await db.surveys.orderBy('date').reverse().limit(limit).toArray();
  const ids = [...new Set(surveys.map((s) => s.clientId).filter((id) => id !== undefined))];
  const names = new Map(
    (await db.clients.bulkGet(ids)).filter((c) => c !== undefined).map((c) => [c.id, c.name]),
  );
  return surveys.map((s) => {
    const clientName = s.clientId ? names.get(s.clientId) : undefined;
    return clientName ? { ...s, clientName } : s;
  });
}

export const countSurveys = (db: RiparoDb) => db.surveys.count();

/** Open follow-up items, oldest first. */
export async function listOpenFollowUps(db: RiparoDb): Promise<FollowUpItem[]> {
  const items = await db.followUpItems.where('status').equals('open').toArray();
  return items.sort((a, b) => a.openedOn.localeCompare(b.openedOn));
}

/** Closes a follow-up item with what came of it. */
export async function completeFollowUp(
  db: RiparoDb,
  id: string,
  outcome: string,
  today: string,
  now: Date,
): Promise<void> {
  await db.followUpItems.update(id, { status: 'done', outcome, doneOn: today, updatedAt: now.toISOString() });
}
