import type { Dimension, Level } from '../quality/servqual';
import {
  isValidServqual,
  scoreServqual,
  type DimensionMeans,
  type ServqualAnswers,
} from '../quality/servqualInstrument';

/** Where a survey answer came from. */
export type SurveySource = 'manual' | 'import' | 'kiosk';

/** A client's perceived (and optionally expected) level on a dimension. */
export interface SurveyDimensionAnswer {
  readonly perceived?: Level;
  readonly expected?: Level;
}

/** One satisfaction survey answer (domain.md §8). */
export interface Survey {
  readonly id: string;
  /** The day it was answered, `YYYY-MM-DD`. */
  readonly date: string;
  /** Recommendation question, 0–10. */
  readonly nps: number;
  /** Satisfaction, 1–5. */
  readonly csat: number;
  readonly dimensions: Readonly<Partial<Record<Dimension, SurveyDimensionAnswer>>>;
  /** The full 22-item form, when the client answered it instead of the five short questions. */
  readonly servqual?: ServqualAnswers;
  readonly comment: string;
  /** The client, when known; absent for an anonymous answer. */
  readonly clientId?: string;
  /** A name given by the respondent that matches no client in the registry. */
  readonly respondentName?: string;
  readonly serviceAreaId?: string;
  /** The complaint this answer follows, for a post-resolution survey. */
  readonly complaintId?: string;
  readonly source: SurveySource;
  readonly demo?: 1;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type SurveyDraft = Omit<Survey, 'id' | 'createdAt' | 'updatedAt'>;

/** Why a survey answer is not acceptable; the UI turns each into an Italian sentence. */
export type SurveyProblem = 'date' | 'nps' | 'csat' | 'dimension' | 'servqual';

const intIn = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/** What is wrong with a draft; empty when it can be stored. */
export function surveyProblems(
  draft: Pick<SurveyDraft, 'date' | 'nps' | 'csat' | 'dimensions' | 'servqual'>,
): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.push('date');
  if (!intIn(draft.nps, 0, 10)) problems.push('nps');
  if (!intIn(draft.csat, 1, 5)) problems.push('csat');
  const levels = Object.values(draft.dimensions).flatMap((a) => [a.perceived, a.expected]);
  if (levels.some((l) => l !== undefined && !intIn(l, 1, 7))) problems.push('dimension');
  if (draft.servqual && !isValidServqual(draft.servqual)) problems.push('servqual');
  return problems;
}

/**
 * A survey's perceived and expected level per dimension, whichever form the
 * client answered: the short form's levels as given, or the means of the
 * full form's items.
 */
export function surveyLevels(
  survey: Pick<Survey, 'dimensions' | 'servqual'>,
): Partial<Record<Dimension, DimensionMeans>> {
  return survey.servqual ? scoreServqual(survey.servqual) : survey.dimensions;
}
