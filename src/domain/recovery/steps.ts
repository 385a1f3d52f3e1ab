import type { Feeling, FeelingIntensity, LocalDateTime } from '../complaint';

/** The seven recovery steps, in the order a complaint is worked (domain.md §3). */
export const RECOVERY_STEPS = [
  'listen',
  'apologise',
  'investigate',
  'resolve',
  'empower',
  'communicate',
  'follow_up',
] as const;
export type RecoveryStep = (typeof RECOVERY_STEPS)[number];

/**
 * One thing to do in a step. The text is copied from the template when the
 * complaint is registered, so later template edits never rewrite it. Who and
 * when are recorded as the item is ticked; there is deliberately no field
 * for whose fault it was.
 */
export interface ChecklistItem {
  readonly id: string;
  readonly step: RecoveryStep;
  readonly text: string;
  readonly done: boolean;
  readonly doneBy?: string;
  /** ISO instant of ticking. */
  readonly doneAt?: string;
  readonly note: string;
}

/** A compensation the studio proposes, and the approver's sign-off when it exceeds the handler's authority. */
export interface CompensationProposal {
  readonly description: string;
  /** Euros given to the client: refund, discount, free work valued at its fee. */
  readonly amount: number;
  /** Hours of studio time the recovery takes. */
  readonly hours: number;
  /** Who proposed it; their authority limit applies. */
  readonly proposedBy?: string;
  readonly proposedAt: string;
  readonly approval?: { readonly approverId: string; readonly at: string };
}

/** A feeling's strength at follow-up: 0 when it has gone. */
export type FollowUpIntensity = 0 | FeelingIntensity;

/** What the follow-up call found out. */
export interface FollowUpRecord {
  readonly at: LocalDateTime;
  /** Satisfaction with the handling, 1 (not at all) to 5 (fully). */
  readonly satisfaction: 1 | 2 | 3 | 4 | 5;
  /** The intake's feelings, rated again. */
  readonly feelings: readonly { readonly feeling: Feeling; readonly intensity: FollowUpIntensity }[];
  /** Whether the relationship was kept (*cliente recuperato*). */
  readonly recovered: boolean;
  readonly note: string;
}

/** Everything the recovery workbench keeps for one complaint (its id is the complaint's). */
export interface Recovery {
  readonly id: string;
  readonly items: readonly ChecklistItem[];
  readonly proposal?: CompensationProposal;
  readonly followUp?: FollowUpRecord;
  readonly demo?: 1;
  readonly createdAt: string;
  readonly updatedAt: string;
}
