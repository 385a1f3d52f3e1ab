import type { ImprovementAction } from '../domain/improvement';
import type { ClientFitCheck, GapAssessment, StudioPromise } from '../domain/quality';
import type { FollowUpItem, Survey } from '../domain/surveys';

// These records are stored as the domain keeps them: nothing is derived for indexes.
export type GapAssessmentRow = GapAssessment;
export type SurveyRow = Survey;
export type FollowUpItemRow = FollowUpItem;
export type PromiseRow = StudioPromise;
export type ImprovementActionRow = ImprovementAction;
export type ClientFitCheckRow = ClientFitCheck;
