/** Why a follow-up item was opened: an unhappy survey answer, or a call to a silently unhappy client. */
export type FollowUpReason = 'detractor' | 'low_csat' | 'silent_call';

/** Something the studio must do about an unhappy answer: call the client back, usually. */
export interface FollowUpItem {
  readonly id: string;
  readonly reason: FollowUpReason;
  /** The survey answer that opened it, when one did. */
  readonly surveyId?: string;
  readonly clientId?: string;
  /** The day it was opened, `YYYY-MM-DD`. */
  readonly openedOn: string;
  readonly status: 'open' | 'done';
  /** What came of it, written when done. */
  readonly outcome?: string;
  readonly doneOn?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The reason a survey answer needs a follow-up, or undefined when it does not. */
export function followUpReason(answer: {
  readonly nps: number;
  readonly csat: number;
}): FollowUpReason | undefined {
  if (answer.nps <= 6) return 'detractor';
  return answer.csat <= 2 ? 'low_csat' : undefined;
}
