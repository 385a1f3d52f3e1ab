/** The questions of the client-fit check: "can we really serve this client well?" (domain.md §9). */
export const FIT_QUESTIONS = [
  'competence',
  'capacity',
  'expectations',
  'fees',
  'independence',
  'communication',
] as const;
export type FitQuestion = (typeof FIT_QUESTIONS)[number];

export type FitVerdict = 'accept' | 'decline';

/** One check before a new engagement; a declined one is the log of engagements refused. */
export interface ClientFitCheck {
  readonly id: string;
  readonly clientId: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** What the engagement would be. */
  readonly engagement: string;
  /** The answer to each question: true = yes, we can. */
  readonly answers: Readonly<Record<FitQuestion, boolean>>;
  readonly verdict: FitVerdict;
  /** Whom the client was referred to when declined. */
  readonly referral: string;
  /** The text of the courteous refusal, for the letter. */
  readonly refusalText: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The verdict the answers suggest: any "no" means the studio should think twice and decline. */
export function suggestedVerdict(answers: Readonly<Record<FitQuestion, boolean>>): FitVerdict {
  return FIT_QUESTIONS.every((q) => answers[q]) ? 'accept' : 'decline';
}
