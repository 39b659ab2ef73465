import { NumpyRandomState } from './rng';

export interface BiasSimulation {
  /** Running mean over the first k samples of σ̂² = Σ(xᵢ − x̄)²/n (the MLE). */
  mleRunningMean: Float64Array;
  /** Running mean over the first k samples of s² = Σ(xᵢ − x̄)²/(n − 1). */
  unbiasedRunningMean: Float64Array;
}

/**
 * Draws `samples` samples of size n from Normal(loc, scale) in one seeded numpy stream, the
 * same numbers as np.random.seed(seed); np.random.normal(loc, scale, (samples, n)), and
 * tracks the running means of both variance estimators.
 */
export function biasSimulation(seed: number, n: number, samples: number, loc = 120, scale = 15): BiasSimulation {
  const random = new NumpyRandomState(seed);
  const mleRunningMean = new Float64Array(samples);
  const unbiasedRunningMean = new Float64Array(samples);
  const row = new Float64Array(n);
  let mleTotal = 0;
  let unbiasedTotal = 0;
  for (let k = 0; k < samples; k++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      row[i] = loc + scale * random.standardNormal();
      sum += row[i];
    }
    const mean = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (row[i] - mean) ** 2;
    mleTotal += squares / n;
    unbiasedTotal += squares / (n - 1);
    mleRunningMean[k] = mleTotal / (k + 1);
    unbiasedRunningMean[k] = unbiasedTotal / (k + 1);
  }
  return { mleRunningMean, unbiasedRunningMean };
}
