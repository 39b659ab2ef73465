/**
 * Everything computed from the reader's state. Each function is memoised on its input so
 * that selectors return the same object for the same state (zustand re-renders on a new
 * reference) and a slider step never recomputes what depends only on the dataset.
 */
import { laplaceMle, normalMle, besselStd, type LaplaceParams, type NormalParams } from '../math/estimators';
import {
  laplaceLogLikelihood,
  normalLogLikelihoodFromStats,
  sufficientStats,
  type SufficientStats,
} from '../math/likelihood';
import { numpyNormalSample } from '../math/rng';
import type { LabState } from './store';

/** The generating process the speaker notes use: np.random.normal(loc=120, scale=15, size=n). */
export const TRUE_MU = 120;
export const TRUE_SIGMA = 15;

/** Recently drawn samples, newest last: the learner's data and the longer underflow stream. */
const samples = new Map<string, Float64Array>();
const SAMPLES_KEPT = 4;

/** The tempos for a seed and size, as numpy draws them. The same array for the same key. */
export function sampleFor(seed: number, n: number): Float64Array {
  const key = `${seed}:${n}`;
  let values = samples.get(key);
  if (!values) {
    values = numpyNormalSample(seed, n, TRUE_MU, TRUE_SIGMA);
    samples.set(key, values);
    if (samples.size > SAMPLES_KEPT) samples.delete(samples.keys().next().value!);
  }
  return values;
}

/** How many songs the underflow demonstration multiplies. */
export const STREAM_LENGTH = 1000;

/**
 * The learner's seed continued to 1,000 songs. numpy's stream is a prefix stream, so its
 * first n values are the learner's data: np.random.normal(120, 15, 1000)[:n].
 */
export const selectStream = (s: Pick<LabState, 'seed'>) => sampleFor(s.seed, STREAM_LENGTH);

export const selectSample = (s: Pick<LabState, 'seed' | 'n'>) => sampleFor(s.seed, s.n);

/** A closed interval for a slider. */
export interface Range {
  min: number;
  max: number;
}

/** What the chapters show about a dataset: estimators, extremes, slider ranges. */
export interface DatasetSummary {
  n: number;
  min: number;
  max: number;
  stats: SufficientStats;
  normal: NormalParams;
  laplace: LaplaceParams;
  /** ℓ at the MLE; +∞ when there is no maximum (a single value). */
  normalMaxLogLik: number;
  laplaceMaxLogLik: number;
  /** The n − 1 standard deviation, for contrast with σ̂. NaN when n = 1. */
  besselSigma: number;
  muRange: Range;
  sigmaRange: Range;
}

const summaries = new WeakMap<Float64Array, DatasetSummary>();

const floorTo = (x: number, step: number) => Math.floor(x / step) * step;
const ceilTo = (x: number, step: number) => Math.ceil(x / step) * step;

/** The smallest σ a slider offers: a degenerate σ of 0 has no density at all. */
export const MIN_SIGMA = 0.5;

export function summarise(sample: Float64Array): DatasetSummary {
  const cached = summaries.get(sample);
  if (cached) return cached;
  let min = Infinity;
  let max = -Infinity;
  for (const x of sample) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const stats = sufficientStats(sample);
  const normal = normalMle(sample);
  const laplace = laplaceMle(sample);
  const span = Math.max(max - min, 10);
  const summary: DatasetSummary = {
    n: sample.length,
    min,
    max,
    stats,
    normal,
    laplace,
    besselSigma: sample.length > 1 ? besselStd(sample) : NaN,
    // With a single value (σ̂ = 0) the likelihood grows without bound as σ shrinks: no maximum.
    normalMaxLogLik: normal.sigma > 0 ? normalLogLikelihoodFromStats(stats, normal.mu, normal.sigma) : Infinity,
    laplaceMaxLogLik: laplace.scale > 0 ? laplaceLogLikelihood(sample, laplace.location, laplace.scale) : Infinity,
    // Both ranges contain every value and the MLE, on round numbers, with room either side.
    muRange: { min: floorTo(min, 5) - 5, max: ceilTo(max, 5) + 5 },
    sigmaRange: { min: MIN_SIGMA, max: ceilTo(Math.max(span / 2, 3 * normal.sigma, 20), 5) },
  };
  summaries.set(sample, summary);
  return summary;
}

export const selectSummary = (s: Pick<LabState, 'seed' | 'n'>) => summarise(selectSample(s));

/** ℓ(μ, σ) at the sliders, O(1) per call. */
export const selectLogLik = (s: LabState) => normalLogLikelihoodFromStats(selectSummary(s).stats, s.mu, s.sigma);

export function clamp(x: number, { min, max }: Range): number {
  return Math.min(max, Math.max(min, x));
}
