/** The median of values already in ascending order: the middle value, or the midpoint of the two middle values (as numpy). */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Maximum-likelihood Normal parameters: μ̂ = x̄ and σ̂ = √(Σ(xᵢ − x̄)² / n). The divisor is
 * n, not n − 1: the MLE maximises the likelihood, it is not the unbiased estimator of σ².
 */
export interface NormalParams {
  mu: number;
  sigma: number;
}

/** Maximum-likelihood Laplace parameters: the median, and the mean absolute deviation from it. */
export interface LaplaceParams {
  location: number;
  scale: number;
}
