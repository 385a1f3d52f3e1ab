import type { CompensationProposal } from './steps';

/**
 * *Regole di delega* (domain.md §7): up to a limit the handler decides alone;
 * above it, the approver (usually the owner) signs off.
 */
export interface DelegationRules {
  /** The limit of anyone without a limit of their own, in euros. */
  readonly defaultLimit: number;
  /** Per staff member: their own limit in euros. */
  readonly limits: Readonly<Record<string, number>>;
  /** Who signs off above a handler's limit; empty until the studio names someone. */
  readonly approverId: string;
}

export const DEFAULT_DELEGATION_RULES: DelegationRules = { defaultLimit: 200, limits: {}, approverId: '' };

/** A staff member's compensation authority in euros. The approver's is unlimited. */
export function authorityLimit(rules: DelegationRules, staffId: string | undefined): number {
  if (staffId !== undefined && staffId !== '' && staffId === rules.approverId) return Infinity;
  return (staffId !== undefined ? rules.limits[staffId] : undefined) ?? rules.defaultLimit;
}

export type ProposalAuthority =
  /** Within the handler's limit: they decide. */
  | { readonly kind: 'within'; readonly limit: number }
  /** Above it, and nobody has signed off yet: it cannot be carried out. */
  | { readonly kind: 'needs_approval'; readonly limit: number }
  /** Above it, signed off by the approver. */
  | { readonly kind: 'approved'; readonly limit: number };

/**
 * Whether a proposed compensation is within the authority of the person
 * handling the complaint (the proposer, else the complaint's handler).
 */
export function proposalAuthority(
  proposal: Pick<CompensationProposal, 'amount' | 'approval'>,
  handlerId: string | undefined,
  rules: DelegationRules,
): ProposalAuthority {
  const limit = authorityLimit(rules, handlerId);
  if (proposal.amount <= limit) return { kind: 'within', limit };
  return proposal.approval ? { kind: 'approved', limit } : { kind: 'needs_approval', limit };
}

/** Who may sign off an amount: the approver, and anyone whose own limit covers it. */
export function canApprove(rules: DelegationRules, staffId: string, amount: number): boolean {
  return authorityLimit(rules, staffId) >= amount;
}
