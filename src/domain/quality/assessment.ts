import type { DimensionScores } from './servqual';

/**
 * Where an assessment comes from: the studio filling it on a complaint (client's
 * view from the conversation), or the studio's periodic self-assessment of a
 * service area (offered levels, and what it predicts clients expect).
 */
export type AssessmentKind = 'complaint' | 'self';

/** A gap assessment on the five dimensions. */
export interface GapAssessment {
  readonly id: string;
  readonly kind: AssessmentKind;
  /** The complaint it was filled on (kind `complaint`). */
  readonly complaintId?: string;
  readonly clientId?: string;
  readonly serviceAreaId?: string;
  /** The day it refers to, `YYYY-MM-DD`. */
  readonly date: string;
  readonly scores: DimensionScores;
  readonly demo?: 1;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What the studio types: everything but identity and stamps. */
export type GapAssessmentDraft = Omit<GapAssessment, 'id' | 'createdAt' | 'updatedAt'>;
