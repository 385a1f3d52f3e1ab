/** The studio's economics settings used to value a client relationship. */
export interface Economics {
  /** Share of fees that is margin after the costs of doing the work (0–1). */
  readonly margin: number;
  /** Probability that a client stays from one year to the next (0–1). */
  readonly retention: number;
  /** Yearly discount rate: a euro next year is worth less than one today (≥ 0). */
  readonly discountRate: number;
}

/**
 * Defaults until the studio sets its own figures:
 * - margin 35 %: what remains of a small professional studio's fees after
 *   staff, premises and software is commonly a third or a little more;
 * - retention 85 %: accountants', lawyers' and dentists' clients usually come
 *   back year after year, about 1 / (1 − 0.85) ≈ 6–7 years on average;
 * - discount 5 %: a prudent cost of money for a small business.
 */
export const DEFAULT_ECONOMICS: Economics = { margin: 0.35, retention: 0.85, discountRate: 0.05 };

/**
 * The most years of margin a relationship is ever valued at. With r ≥ 1 + i the
 * formula's sum never converges (the client would be worth infinitely much), and
 * near that edge it explodes; no small studio can plan on more than this.
 */
export const MAX_YEARS_OF_MARGIN = 20;

export type ValueAtRisk =
  /** The client has no annual value recorded: the loss cannot be estimated. */
  | { readonly kind: 'unknown' }
  /** `capped` is true when the settings gave a value above {@link MAX_YEARS_OF_MARGIN} years of margin. */
  | { readonly kind: 'estimated'; readonly value: number; readonly capped: boolean };

/**
 * What the studio stands to lose if the client leaves: the customer lifetime
 * value CLV = m · r / (1 + i − r), where m = annual fees × margin, r the yearly
 * retention and i the discount rate (domain.md §6).
 *
 * No (or a meaningless) annual value gives `unknown`, never 0: an unknown loss
 * is not a small one. A zero margin gives 0. The multiplier r / (1 + i − r) is
 * capped at {@link MAX_YEARS_OF_MARGIN}, which also covers r ≥ 1 + i, and the
 * result says so with `capped`.
 */
export function valueAtRisk(
  annualValue: number | undefined,
  economics: Economics = DEFAULT_ECONOMICS,
): ValueAtRisk {
  if (annualValue === undefined || !Number.isFinite(annualValue) || annualValue < 0)
    return { kind: 'unknown' };
  const { margin, retention: r, discountRate: i } = economics;
  const yearlyMargin = annualValue * Math.max(0, margin);
  if (yearlyMargin === 0) return { kind: 'estimated', value: 0, capped: false };
  const denominator = 1 + i - r;
  const multiplier = denominator > 0 ? Math.max(0, r) / denominator : Infinity;
  const capped = multiplier > MAX_YEARS_OF_MARGIN;
  return { kind: 'estimated', value: yearlyMargin * Math.min(multiplier, MAX_YEARS_OF_MARGIN), capped };
}
