import { LOG_TWO_PI } from './distributions';
import { compensatedSum } from './summation';

/**
 * What the Normal likelihood needs to know of a sample, however large: its size, its
 * mean and its sum of squared deviations from the mean. Keeping the squares centred on the
 * mean (rather than Σx and Σx²) avoids the cancellation of Σx² − n·x̄², which would lose
 * every digit for tempos near 1e6.
 */
export interface SufficientStats {
  n: number;
  mean: number;
  /** Σ(xᵢ − x̄)². */
  centredSumOfSquares: number;
}

export function sufficientStats(sample: ArrayLike<number>): SufficientStats {
  const n = sample.length;
  const mean = compensatedSum(sample) / n;
  // The residual Σ(xᵢ − x̄) is not exactly 0 in floating point; folding it in keeps the
  // identity Σ(xᵢ − μ)² = S + 2(x̄ − μ)·r + n(x̄ − μ)² exact to rounding.
  const residual = compensatedSum(sample, (x) => x - mean);
  const correctedMean = mean + residual / n;
  return { n, mean: correctedMean, centredSumOfSquares: compensatedSum(sample, (x) => (x - correctedMean) ** 2) };
}

/** Σ(xᵢ − μ)² from the sufficient statistics, in O(1). */
export function sumOfSquaredDeviations(stats: SufficientStats, mu: number): number {
  const shift = stats.mean - mu;
  return stats.centredSumOfSquares + stats.n * shift * shift;
}

/**
 * A log-likelihood as the widget writes it out: a constant, a spread term that penalises
 * wide curves, and a misfit (a sum over the data, divided by a scale). total is their sum,
 * added in that order, so the formula with numbers and every readout agree to the last digit.
 */
export interface LogLikelihoodTerms {
  constant: number;
  spread: number;
  /** Σ(xᵢ − μ)² for the Normal, Σ|xᵢ − m| for the Laplace. */
  misfitSum: number;
  /** 2σ² for the Normal, b for the Laplace. */
  misfitScale: number;
  total: number;
}

/**
 * The Normal's ℓ(μ, σ) = −(n/2) log(2π) − n log σ − Σ(xᵢ − μ)² / (2σ²), given n and
 * Σ(xᵢ − μ)²: O(1) however many points. `logJacobian` is added to the constant: −Σ log xᵢ
 * turns this into the log-normal's ℓ, whose Normal lives on the log scale.
 */
export function normalTerms(n: number, sumOfSquares: number, sigma: number, logJacobian = 0): LogLikelihoodTerms {
  const constant = logJacobian - 0.5 * n * LOG_TWO_PI;
  const spread = -n * Math.log(sigma);
  const misfitScale = 2 * sigma * sigma;
  return {
    constant,
    spread,
    misfitSum: sumOfSquares,
    misfitScale,
    total: constant + spread - sumOfSquares / misfitScale,
  };
}

/** The Laplace's ℓ(m, b) = −n log(2b) − Σ|xᵢ − m| / b, given n and Σ|xᵢ − m|. */
export function laplaceTerms(n: number, sumOfAbsolute: number, b: number): LogLikelihoodTerms {
  const spread = -n * Math.log(2 * b);
  return { constant: 0, spread, misfitSum: sumOfAbsolute, misfitScale: b, total: spread - sumOfAbsolute / b };
}

/** ℓ(μ, σ) of the Normal from the sufficient statistics, so a slider step costs the same for 40 points or 100,000. */
export function normalLogLikelihoodFromStats(stats: SufficientStats, mu: number, sigma: number): number {
  return normalTerms(stats.n, sumOfSquaredDeviations(stats, mu), sigma).total;
}
