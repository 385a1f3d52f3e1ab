import type { GapAssessment, LevelsByDimension } from '../../domain/quality';
import { surveyLevels, type Survey } from '../../domain/surveys';

/** A survey's dimension answers, short or full form, as levels to add up (perceived and expected only). */
export function surveyScores(survey: Survey): LevelsByDimension {
  return surveyLevels(survey);
}

/**
 * The self-assessments in force on a day: for each service area (and the
 * studio as a whole), the latest one made on or before it.
 */
export function offeredAsOf(selfAssessments: readonly GapAssessment[], day: string): GapAssessment[] {
  const latest = new Map<string, GapAssessment>();
  for (const a of selfAssessments) {
    if (a.date > day) continue;
    const key = a.serviceAreaId ?? '';
    const current = latest.get(key);
    if (!current || a.date > current.date || (a.date === current.date && a.createdAt > current.createdAt))
      latest.set(key, a);
  }
  return [...latest.values()];
}
