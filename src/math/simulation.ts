import { NumpyRandomState } from './rng';
import { studentTQuantile } from './studentT';
import { CHI2_1_95, Z_95 } from './uncertainty';

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

/**
 * The sum numpy's `x.sum()`, `x.mean()` and `x.std()` take of a contiguous float64 array, to
 * the last bit: pairwise summation (numpy's `pairwise_sum`), eight running sums over blocks of
 * up to 128 values, blocks split in halves (rounded down to a multiple of 8) above that.
 */
function numpyPairwiseSum(values: Float64Array, start: number, count: number): number {
  if (count < 8) {
    let sum = 0;
    for (let i = start; i < start + count; i++) sum += values[i];
    return sum;
  }
  if (count <= 128) {
    let [r0, r1, r2, r3, r4, r5, r6, r7] = values.subarray(start, start + 8);
    const end = start + count;
    const blockEnd = end - (count % 8);
    let i = start + 8;
    for (; i < blockEnd; i += 8) {
      r0 += values[i];
      r1 += values[i + 1];
      r2 += values[i + 2];
      r3 += values[i + 3];
      r4 += values[i + 4];
      r5 += values[i + 5];
      r6 += values[i + 6];
      r7 += values[i + 7];
    }
    // Grouped as numpy groups them: ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)).
    let sum = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < end; i++) sum += values[i];
    return sum;
  }
  let half = Math.floor(count / 2);
  half -= half % 8;
  return numpyPairwiseSum(values, start, half) + numpyPairwiseSum(values, start + half, count - half);
}

export interface SampleEstimates {
  n: number;
  means: Float64Array;
  sigmas: Float64Array;
  besselSigmas: Float64Array;
}

/**
 * Samples k = 1 … count: sample k is exactly np.random.seed(k); np.random.normal(loc, scale, n)
 * (a fresh NumpyRandomState(k) each). means, n-denominator sds, n−1 sds (NaN when n = 1).
 *
 * Each is computed as numpy computes x.mean(), x.std() and x.std(ddof=1): the mean by pairwise
 * summation, then the pairwise sum of (xᵢ − x̄)² (two passes, so no Σx² − n·x̄² cancellation),
 * divided by n or n − 1, square-rooted. The results are numpy's bit for bit, except in the rare
 * sample where glibc's log was off by an ulp in a draw (see rng.ts).
 */
export function repeatedSamples(n: number, count: number, loc = 120, scale = 15): SampleEstimates {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number, got ${count}`);
  const means = new Float64Array(count);
  const sigmas = new Float64Array(count);
  const besselSigmas = new Float64Array(count);
  const row = new Float64Array(n);
  const squares = new Float64Array(n);
  for (let k = 1; k <= count; k++) {
    const random = new NumpyRandomState(k);
    for (let i = 0; i < n; i++) row[i] = loc + scale * random.standardNormal();
    const mean = numpyPairwiseSum(row, 0, n) / n;
    for (let i = 0; i < n; i++) {
      const deviation = row[i] - mean;
      squares[i] = deviation * deviation;
    }
    const sumOfSquares = numpyPairwiseSum(squares, 0, n);
    means[k - 1] = mean;
    sigmas[k - 1] = Math.sqrt(sumOfSquares / n);
    besselSigmas[k - 1] = n > 1 ? Math.sqrt(sumOfSquares / (n - 1)) : Number.NaN;
  }
  return { n, means, sigmas, besselSigmas };
}

export interface CoverageCounts {
  samples: number;
  wald: number;
  lr: number;
  t: number;
}

/**
 * How many of the samples' 95 % Wald (μ̂ ± Z_95·σ̂/√n), LR (μ̂ ± σ̂√(exp(CHI2_1_95/n) − 1)) and
 * t intervals contain `truth` (inclusive). The same arithmetic as waldInterval, lrMuInterval
 * and tInterval, with the t quantile and the LR factor worked out once, not once a sample.
 */
export function coverageCounts(estimates: SampleEstimates, truth: number): CoverageCounts {
  const { n, means, sigmas, besselSigmas } = estimates;
  const rootN = Math.sqrt(n);
  const lrFactor = Math.sqrt(Math.expm1(CHI2_1_95 / n));
  // NaN when n = 1: no t interval, and a NaN bound contains nothing.
  const tQuantile = n >= 2 ? studentTQuantile((1 + 0.95) / 2, n - 1) : Number.NaN;
  const contains = (centre: number, halfWidth: number) => centre - halfWidth <= truth && truth <= centre + halfWidth;
  let wald = 0;
  let lr = 0;
  let t = 0;
  for (let k = 0; k < means.length; k++) {
    if (contains(means[k], Z_95 * (sigmas[k] / rootN))) wald++;
    if (contains(means[k], sigmas[k] * lrFactor)) lr++;
    if (contains(means[k], tQuantile * (besselSigmas[k] / rootN))) t++;
  }
  return { samples: means.length, wald, lr, t };
}
