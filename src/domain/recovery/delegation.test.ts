import { describe, expect, it } from 'vitest';
import { authorityLimit, canApprove, proposalAuthority, type DelegationRules } from './delegation';

const rules: DelegationRules = { defaultLimit: 200, limits: { anna: 500 }, approverId: 'owner' };

describe('delegation rules', () => {
  it('gives everyone the default limit, staff their own, and the approver no limit', () => {
    expect(authorityLimit(rules, 'marco')).toBe(200);
    expect(authorityLimit(rules, undefined)).toBe(200);
    expect(authorityLimit(rules, 'anna')).toBe(500);
    expect(authorityLimit(rules, 'owner')).toBe(Infinity);
  });

  it('lets the handler decide up to the limit, inclusive', () => {
    expect(proposalAuthority({ amount: 200 }, 'marco', rules).kind).toBe('within');
  });

  it('requires sign-off above the limit until the approver gives it', () => {
    expect(proposalAuthority({ amount: 250 }, 'marco', rules)).toEqual({
      kind: 'needs_approval',
      limit: 200,
    });
    expect(
      proposalAuthority({ amount: 250, approval: { approverId: 'owner', at: 'x' } }, 'marco', rules).kind,
    ).toBe('approved');
  });

  it('never treats an empty approver as unlimited', () => {
    expect(authorityLimit({ ...rules, approverId: '' }, '')).toBe(200);
  });

  it('lets anyone whose limit covers the amount sign off', () => {
    expect(canApprove(rules, 'anna', 400)).toBe(true);
    expect(canApprove(rules, 'marco', 400)).toBe(false);
    expect(canApprove(rules, 'owner', 1e9)).toBe(true);
  });
});
