import type { Feeling, FeelingRating } from '../complaint';
import type { RecoveryStep } from './steps';

/** Steps whose moves depend on how the client feels (domain.md §3). */
export const FEELING_STEPS = ['listen', 'apologise'] as const satisfies readonly RecoveryStep[];
export type FeelingStep = (typeof FEELING_STEPS)[number];

/**
 * The feelings to address in a step, strongest first: the UI shows a concrete
 * move for each (e.g. injustice → explain the decision and offer a fair remedy).
 */
export function feelingsToAddress(feelings: readonly FeelingRating[]): Feeling[] {
  return [...feelings].sort((a, b) => b.intensity - a.intensity).map((f) => f.feeling);
}
