import type { DimensionScores, GapAssessment } from '../../domain/quality';
import type { RiparoDb } from '../db';
import { newId } from '../ids';

/** The gap assessment filled on a complaint, if any. */
export async function getComplaintAssessment(
  db: RiparoDb,
  complaintId: string,
): Promise<GapAssessment | undefined> {
  return db.gapAssessments.where('complaintId').equals(complaintId).first();
}

/**
 * Saves the studio's gap assessment of a complaint (one per complaint: a second
 * save replaces the levels), carrying the complaint's client and service area
 * so the dashboard can filter it without reading the complaint.
 */
export async function saveComplaintAssessment(
  db: RiparoDb,
  complaintId: string,
  scores: DimensionScores,
  date: string,
  now: Date,
): Promise<GapAssessment> {
  return db.transaction('rw', db.gapAssessments, db.complaints, async () => {
    const complaint = await db.complaints.get(complaintId);
    if (!complaint) throw new Error('The complaint is no longer in the register.');
    const existing = await getComplaintAssessment(db, complaintId);
    const stamp = now.toISOString();
    const assessment: GapAssessment = {
      id: existing?.id ?? newId(),
      kind: 'complaint',
      complaintId,
      clientId: complaint.clientId,
      ...(complaint.serviceAreaId ? { serviceAreaId: complaint.serviceAreaId } : {}),
      date,
      scores,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    };
    await db.gapAssessments.put(assessment);
    return assessment;
  });
}

/** The studio's self-assessments, newest first. */
export async function listSelfAssessments(db: RiparoDb): Promise<GapAssessment[]> {
  const rows = await db.gapAssessments.where('kind').equals('self').toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Records a periodic self-assessment of a service area (or of the whole studio
 * when no area is given): the levels the studio believes it offers, and the
 * levels it predicts clients expect.
 */
export async function addSelfAssessment(
  db: RiparoDb,
  serviceAreaId: string | undefined,
  date: string,
  scores: DimensionScores,
  now: Date,
): Promise<GapAssessment> {
  const stamp = now.toISOString();
  const assessment: GapAssessment = {
    id: newId(),
    kind: 'self',
    ...(serviceAreaId ? { serviceAreaId } : {}),
    date,
    scores,
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.gapAssessments.add(assessment);
  return assessment;
}
