import { compensatedSum } from './summation';

/** Sample mean x̄ = Σxᵢ / n. */
export function mean(sample: ArrayLike<number>): number {
  return compensatedSum(sample) / sample.length;
}

/** The median: the middle value, or the midpoint of the two middle values (as numpy). */
export function median(sample: ArrayLike<number>): number {
  const sorted = Float64Array.from(sample).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Maximum-likelihood Normal parameters. */
export interface NormalParams {
  mu: number;
  sigma: number;
}

/** Maximum-likelihood Laplace parameters. */
export interface LaplaceParams {
  location: number;
  scale: number;
}

/**
 * Normal MLE: μ̂ = x̄ and σ̂ = √(Σ(xᵢ − x̄)² / n). The divisor is n, not n − 1: the MLE
 * maximises the likelihood, it is not the unbiased estimator of σ².
 */
export function normalMle(sample: ArrayLike<number>): NormalParams {
  const mu = mean(sample);
  const sigma = Math.sqrt(compensatedSum(sample, (x) => (x - mu) * (x - mu)) / sample.length);
  return { mu, sigma };
}

/** Laplace MLE: the location is the median, the scale the mean absolute deviation from it. */
export function laplaceMle(sample: ArrayLike<number>): LaplaceParams {
  const location = median(sample);
  const scale = compensatedSum(sample, (x) => Math.abs(x - location)) / sample.length;
  return { location, scale };
}

/**
 * The n − 1 (Bessel-corrected) standard deviation, shown beside σ̂ to contrast the divisors.
 * It makes s² unbiased for σ²; s itself is still slightly biased for σ.
 */
export function besselStd(sample: ArrayLike<number>): number {
  const mu = mean(sample);
  return Math.sqrt(compensatedSum(sample, (x) => (x - mu) * (x - mu)) / (sample.length - 1));
}
