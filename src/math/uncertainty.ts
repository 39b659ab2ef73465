/**
 * How sure an estimate is: standard errors from the curvature of ℓ, and the three 95 %
 * intervals the chapter compares for the Normal — Wald (estimate ± z·se), likelihood ratio
 * (every value whose log-likelihood is within χ²₁(0.95)/2 of the top) and Student's t.
 *
 * Notation: x̄ the mean, σ̂ the n-denominator sd (the MLE), s the n − 1 sd, ℓ̂ = ℓ(μ̂, σ̂).
 */
import { medianOfSorted } from './estimators';
import { sumOfAbsoluteDeviations, type FamilyId, type FamilyStats } from './families';
import { studentTCdf, studentTQuantile } from './studentT';

/** z of a two-sided 95 % interval, and the chi-square (1 df) 95 % quantile. */
export const Z_95 = 1.959963984540054;
export const CHI2_1_95 = 3.841458820694124;

export interface Interval {
  lower: number;
  upper: number;
}

/** A fresh NaN interval each time, so no caller can change a shared one. */
const noInterval = (): Interval => ({ lower: Number.NaN, upper: Number.NaN });

/**
 * Normal model, μ̂ = mean, σ̂ = n-denominator sd: se of μ̂ = σ̂/√n, se of σ̂ = σ̂/√(2n).
 * Both are 1/√(observed information) at the MLE: −∂²ℓ/∂μ² = n/σ̂², −∂²ℓ/∂σ² = 2n/σ̂².
 */
export function normalStandardErrors(n: number, sigmaHat: number): { mu: number; sigma: number } {
  return { mu: sigmaHat / Math.sqrt(n), sigma: sigmaHat / Math.sqrt(2 * n) };
}

/** estimate ± z·se */
export function waldInterval(estimate: number, standardError: number, z = Z_95): Interval {
  const halfWidth = z * standardError;
  return { lower: estimate - halfWidth, upper: estimate + halfWidth };
}

/**
 * Relative profile log-likelihood of μ (σ maximised out) for the Normal: ℓp(μ) − ℓ̂ = −(n/2)·log(1 + (μ − x̄)²/σ̂²).
 * For fixed μ the best σ² is σ̂² + (μ − x̄)², and ℓ there is −(n/2)·log(2πσ²) − n/2.
 */
export function relativeProfileMu(mu: number, mean: number, sigmaHat: number, n: number): number {
  const shift = mu - mean;
  // At the mean itself the answer is 0 even when σ̂ = 0 (where shift/σ̂ would be 0/0).
  if (shift === 0) return 0;
  const standardised = shift / sigmaHat;
  return -0.5 * n * Math.log1p(standardised * standardised);
}

/** eᵛ − 1 − v, without the cancellation near v = 0 (a series below |v| = ½). */
function expm1MinusIdentity(v: number): number {
  // σ → 0 sends v to +∞, where expm1(v) − v would be ∞ − ∞.
  if (v === Infinity) return Infinity;
  if (Math.abs(v) >= 0.5) return Math.expm1(v) - v;
  let term = (v * v) / 2;
  let sum = term;
  for (let k = 3; Math.abs(term) > Number.EPSILON * 0.25 * Math.abs(sum); k++) {
    term *= v / k;
    sum += term;
  }
  return sum;
}

/**
 * ℓ(μ̂, σ) − ℓ̂ for the Normal, μ held at μ̂: −n·log(σ/σ̂) − n·σ̂²/(2σ²) + n/2.
 * With v = 2·log(σ̂/σ) that is −(n/2)·(eᵛ − 1 − v), which keeps its digits near σ = σ̂.
 */
export function relativeLogLikSigma(sigma: number, sigmaHat: number, n: number): number {
  if (sigma === sigmaHat) return 0;
  return -0.5 * n * expm1MinusIdentity(2 * Math.log(sigmaHat / sigma));
}

/** LR interval for μ: every μ with 2(ℓ̂ − ℓp(μ)) ≤ threshold, i.e. x̄ ± σ̂·√(exp(threshold/n) − 1). */
export function lrMuInterval(mean: number, sigmaHat: number, n: number, threshold = CHI2_1_95): Interval {
  const halfWidth = sigmaHat * Math.sqrt(Math.expm1(threshold / n));
  return { lower: mean - halfWidth, upper: mean + halfWidth };
}

/**
 * The root v of eᵛ − 1 − v = c (c > 0) on one side of 0, by Newton's method. The function is
 * convex, so from a start on the outer side of the root every step lands between it and the
 * root: the iterates move one way only, and stop when rounding stops them moving.
 * Outer starts: on the right √(2c) (eᵛ − 1 − v ≥ v²/2 there), or for c ≥ 2 the nearer
 * log(1 + 2c) (where it is 2c − log(1 + 2c) ≥ c); on the left −(c + 1).
 */
function rootOfExpm1MinusIdentity(c: number, side: 1 | -1): number {
  let v = side < 0 ? -(c + 1) : c >= 2 ? Math.log1p(2 * c) : Math.sqrt(2 * c);
  for (let step = 0; step < 200; step++) {
    const next = v - (expm1MinusIdentity(v) - c) / Math.expm1(v);
    // Right root: the iterates fall; left root: they rise. Anything else is rounding noise.
    if (!(side > 0 ? next < v : next > v)) return v;
    v = next;
  }
  return v;
}

/**
 * LR interval for σ with μ at μ̂: the two roots of n(2·log r + 1/r² − 1) = threshold, r = σ/σ̂.
 * With v = −2·log r that equation is eᵛ − 1 − v = threshold/n: a root v > 0 gives the lower
 * end σ̂·e^(−v/2), a root v < 0 the upper one, each solved to the last bit.
 */
export function lrSigmaInterval(sigmaHat: number, n: number, threshold = CHI2_1_95): Interval {
  const c = threshold / n;
  if (!(c > 0)) return noInterval();
  return {
    lower: sigmaHat * Math.exp(-0.5 * rootOfExpm1MinusIdentity(c, 1)),
    upper: sigmaHat * Math.exp(-0.5 * rootOfExpm1MinusIdentity(c, -1)),
  };
}

/** t interval x̄ ± t_{(1+level)/2, n−1} · s/√n, s the n−1 sd. NaN bounds when n < 2. */
export function tInterval(mean: number, besselSd: number, n: number, level = 0.95): Interval {
  if (!(n >= 2)) return noInterval();
  const halfWidth = studentTQuantile((1 + level) / 2, n - 1) * (besselSd / Math.sqrt(n));
  return { lower: mean - halfWidth, upper: mean + halfWidth };
}

/**
 * Generic LR interval by numeric profiling: relativeProfile(a) is ≤ 0, 0 at `estimate`,
 * falling away from it on each side; returns where 2·(−relativeProfile) crosses threshold
 * on each side. `scale` is a step to start bracketing with (e.g. a standard error).
 * Bracket by doubling, then bisect to full precision. Infinite bound if the profile never
 * falls that far.
 *
 * Each end is the last value found inside (2·(−relativeProfile) ≤ threshold): the one next to
 * the crossing, within an ulp. A profile that is NaN or −∞ somewhere counts as outside there.
 */
export function likelihoodRatioInterval(
  relativeProfile: (a: number) => number,
  estimate: number,
  scale: number,
  threshold = CHI2_1_95,
): Interval {
  if (!Number.isFinite(estimate)) return noInterval();
  const inside = (a: number) => -2 * relativeProfile(a) <= threshold;
  // A zero or unusable scale (σ̂ = 0, say) starts from an ulp of the estimate instead.
  const firstStep =
    scale > 0 && Number.isFinite(scale) ? scale : Math.max(Math.abs(estimate) * Number.EPSILON, Number.MIN_VALUE);

  const end = (direction: 1 | -1): number => {
    let near = estimate;
    let step = firstStep;
    let far = estimate + direction * step;
    while (true) {
      if (!Number.isFinite(far)) return direction * Infinity;
      if (!inside(far)) break;
      near = far;
      step *= 2;
      far = estimate + direction * step;
    }
    while (true) {
      const middle = near + (far - near) / 2;
      if (middle === near || middle === far) return near;
      if (inside(middle)) near = middle;
      else far = middle;
    }
  };

  return { lower: end(-1), upper: end(1) };
}

/** −(n/2)·log(1 + n·shift²/S), S = Σ(xᵢ − x̄)²: the Normal's relative profile from its summary. */
function normalProfileFromSummary(n: number, centredSumOfSquares: number, shift: number): number {
  if (shift === 0) return 0;
  return -0.5 * n * Math.log1p((n * shift * shift) / centredSumOfSquares);
}

/**
 * ℓp(a) − ℓ̂ for the family's first (location) parameter, its scale maximised out in closed form:
 * normal: −(n/2)·log(1 + (a − x̄)²/σ̂²); lognormal: the same on the logs; laplace: −n·log(S(a)/S(m̂))
 * with S(a) = Σ|xᵢ − a|, m̂ the median. NaN for the log-normal when a value is not positive.
 *
 * The Laplace's: ℓ(m, b) = −n·log(2b) − S(m)/b, and ∂ℓ/∂b = −n/b + S(m)/b² = 0 at b = S(m)/n
 * (a maximum: ℓ → −∞ as b → 0 or ∞), so ℓp(m) = −n·log(2S(m)/n) − n. S is smallest at the
 * median, so ℓ̂ = ℓp(m̂), and the difference is −n·log(S(m)/S(m̂)). (The log-normal's
 * Jacobian −Σ log xᵢ does not depend on μ and cancels.)
 */
export function relativeLocationProfile(family: FamilyId, stats: FamilyStats, a: number): number {
  const { n } = stats;
  switch (family) {
    case 'normal':
      return normalProfileFromSummary(n, stats.centredSumOfSquares, a - stats.mean);
    case 'lognormal':
      return stats.logs ? normalProfileFromSummary(n, stats.logs.centredSumOfSquares, a - stats.logs.mean) : Number.NaN;
    case 'laplace': {
      const best = sumOfAbsoluteDeviations(stats, medianOfSorted(stats.sorted));
      const atA = sumOfAbsoluteDeviations(stats, a);
      if (best === 0) return atA === 0 ? 0 : -Infinity;
      const relative = -n * Math.log(atA / best);
      // Between the two middle values of an even sample S is flat; rounding must not lift it
      // above 0 (and −0 at the median itself reads as 0).
      return relative < 0 ? relative : 0;
    }
  }
}

/**
 * The long-run coverage of the 95 % Wald, LR and t intervals for μ, for Normal data of size
 * n ≥ 2. Each covers the truth when |x̄ − μ| / (s/√n) ≤ c for its own c, and that ratio follows
 * Student's t with n − 1 degrees of freedom whatever μ and σ are: coverage = 2·F(c) − 1.
 * Wald: c = z·σ̂/s = z·√((n − 1)/n); LR: c = √(n − 1)·√(exp(χ²/n) − 1); t: c = t₀.₉₇₅ (so 0.95).
 */
export function exactCoverage(n: number): { wald: number; lr: number; t: number } {
  const df = n - 1;
  const within = (c: number) => 2 * studentTCdf(c, df) - 1;
  return {
    wald: within(Z_95 * Math.sqrt(df / n)),
    lr: within(Math.sqrt(df) * Math.sqrt(Math.expm1(CHI2_1_95 / n))),
    t: within(studentTQuantile(0.975, df)),
  };
}
