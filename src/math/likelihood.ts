import { LOG_TWO_PI, laplaceLogPdf, normalLogPdf } from './distributions';
import { compensatedSum } from './summation';

/** Log-likelihood of a sample under any log-density: ℓ = Σ log f(xᵢ). */
export function logLikelihood(sample: ArrayLike<number>, logPdf: (x: number) => number): number {
  return compensatedSum(sample, logPdf);
}

/** ℓ(μ, σ) of a sample under a Normal, summed point by point. */
export function normalLogLikelihood(sample: ArrayLike<number>, mu: number, sigma: number): number {
  return logLikelihood(sample, (x) => normalLogPdf(x, mu, sigma));
}

/** ℓ(m, b) of a sample under a Laplace, summed point by point. */
export function laplaceLogLikelihood(sample: ArrayLike<number>, location: number, scale: number): number {
  return logLikelihood(sample, (x) => laplaceLogPdf(x, location, scale));
}

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
 * ℓ(μ, σ) = −(n/2) log(2π) − n log σ − Σ(xᵢ − μ)² / (2σ²), in O(1) from the sufficient
 * statistics, so a slider step costs the same for 40 points or 100,000.
 */
export function normalLogLikelihoodFromStats(stats: SufficientStats, mu: number, sigma: number): number {
  return normalLogLikelihoodTerms(stats, mu, sigma).total;
}

/** The three terms of ℓ(μ, σ), for showing the formula with the learner's numbers in it. */
export interface NormalLogLikelihoodTerms {
  constant: number;
  spread: number;
  misfit: number;
  sumOfSquares: number;
  total: number;
}

export function normalLogLikelihoodTerms(stats: SufficientStats, mu: number, sigma: number): NormalLogLikelihoodTerms {
  const sumOfSquares = sumOfSquaredDeviations(stats, mu);
  const constant = -0.5 * stats.n * LOG_TWO_PI;
  const spread = -stats.n * Math.log(sigma);
  const misfit = -sumOfSquares / (2 * sigma * sigma);
  return { constant, spread, misfit, sumOfSquares, total: constant + spread + misfit };
}
