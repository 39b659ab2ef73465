/**
 * The families a learner can assume for a dataset, each a two-parameter family with a
 * closed-form maximum-likelihood estimate and a log-likelihood that costs O(1) or
 * O(log n) per parameter step once the data have been summarised (so a slider stays fast
 * at 100,000 points).
 */
import { laplaceLogPdf, laplacePdf, normalLogPdf, normalPdf } from './distributions';
import {
  laplaceTerms,
  normalTerms,
  sufficientStats,
  sumOfSquaredDeviations,
  type LogLikelihoodTerms,
} from './likelihood';
import { compensatedSum } from './summation';
import { medianOfSorted } from './estimators';

export type FamilyId = 'normal' | 'laplace' | 'lognormal';

/** The order a chooser lists them in. */
export const FAMILY_IDS: readonly FamilyId[] = ['normal', 'laplace', 'lognormal'];

/** A family's two parameters: where it sits, and how spread it is. */
export type Pair = readonly [number, number];

/**
 * What every likelihood evaluation needs of a sample, computed once per dataset:
 * the sorted values with prefix sums (Laplace: Σ|xᵢ − m| by binary search), and the
 * centred moments of x and of log x (Normal and log-normal: O(1)).
 */
export interface FamilyStats {
  n: number;
  sorted: Float64Array;
  /** A value near the middle of the data; the prefix sums are taken of x − origin. */
  origin: number;
  /** prefix[k] = (x₍₁₎ − origin) + … + (x₍ₖ₎ − origin): centred, so data far from 0 keep their digits. */
  prefix: Float64Array;
  mean: number;
  centredSumOfSquares: number;
  /** Only when every value is positive; otherwise the log-normal cannot be assumed. */
  logs: { mean: number; centredSumOfSquares: number; sum: number } | null;
}

export function familyStats(sample: ArrayLike<number>): FamilyStats {
  const n = sample.length;
  const sorted = Float64Array.from(sample).sort();
  const origin = n > 0 ? sorted[n >> 1] : 0;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + (sorted[i] - origin);
  let logs: FamilyStats['logs'] = null;
  if (n > 0 && sorted[0] > 0) {
    const logValues = sorted.map(Math.log);
    const { mean, centredSumOfSquares } = sufficientStats(logValues);
    logs = { mean, centredSumOfSquares, sum: compensatedSum(logValues) };
  }
  const { mean, centredSumOfSquares } = sufficientStats(sample);
  return { n, sorted, origin, prefix, mean, centredSumOfSquares, logs };
}

/** Σ|xᵢ − m| in O(log n): the values below m contribute m − x, those above x − m. */
export function sumOfAbsoluteDeviations(stats: FamilyStats, m: number): number {
  const { sorted, prefix, n, origin } = stats;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < m) lo = mid + 1;
    else hi = mid;
  }
  const shifted = m - origin;
  const below = shifted * lo - prefix[lo];
  const above = prefix[n] - prefix[lo] - shifted * (n - lo);
  // Rounding in the prefix sums can leave a tiny negative total when m sits on the data.
  return Math.max(0, below + above);
}

/** Log-normal log-density: log f(x | μ, σ) = −log x − ½ log(2π) − log σ − (log x − μ)² / (2σ²); −∞ for x ≤ 0. */
export function logNormalLogPdf(x: number, mu: number, sigma: number): number {
  if (!(x > 0)) return -Infinity;
  const logX = Math.log(x);
  return -logX + normalLogPdf(logX, mu, sigma);
}

/** Log-normal density: the density of x when log x ~ Normal(μ, σ); 0 for x ≤ 0. */
export function logNormalPdf(x: number, mu: number, sigma: number): number {
  return x > 0 ? normalPdf(Math.log(x), mu, sigma) / x : 0;
}

export interface ParameterInfo {
  /** As the slider is named, e.g. "Mean μ". */
  label: string;
  symbol: string;
  /** True when the parameter is measured in the data's unit (μ of a Normal), false on the log scale. */
  inDataUnits: boolean;
  /** What moving it does to the curve, for the slider's description. */
  effect: string;
}

export interface Family {
  id: FamilyId;
  name: string;
  /** A clause for the chooser: when a learner might reach for it. */
  when: string;
  parameters: readonly [ParameterInfo, ParameterInfo];
  pdf: (x: number, a: number, b: number) => number;
  logPdf: (x: number, a: number, b: number) => number;
  /** The highest density the member (a, b) reaches: the top of the colour scale. */
  peakDensity: (a: number, b: number) => number;
  /** Whether the family can be assumed for these data (log-normal needs positive values). */
  applies: (stats: FamilyStats) => boolean;
  /** The maximum-likelihood parameters, in closed form. */
  mle: (stats: FamilyStats) => Pair;
  /** ℓ(a, b) from the summary, O(1) or O(log n), as its terms: the family's one formula. */
  terms: (stats: FamilyStats, a: number, b: number) => LogLikelihoodTerms;
  /** ℓ(a, b): the total of the terms. */
  logLikelihood: (stats: FamilyStats, a: number, b: number) => number;
}

/** A family whose ℓ is the total of its terms. */
const family = (definition: Omit<Family, 'logLikelihood'>): Family => ({
  ...definition,
  logLikelihood: (stats, a, b) => definition.terms(stats, a, b).total,
});

const normal = family({
  id: 'normal',
  name: 'Normal',
  when: 'symmetric, bell-shaped data',
  parameters: [
    { label: 'Mean μ', symbol: 'μ', inDataUnits: true, effect: 'Slides the bell left and right.' },
    {
      label: 'Standard deviation σ',
      symbol: 'σ',
      inDataUnits: true,
      effect: 'Widens and lowers the bell, or narrows and raises it.',
    },
  ],
  pdf: normalPdf,
  logPdf: normalLogPdf,
  peakDensity: (_mu, sigma) => normalPdf(0, 0, sigma),
  applies: (stats) => stats.n > 0,
  mle: (stats) => [stats.mean, Math.sqrt(stats.centredSumOfSquares / stats.n)],
  terms: (stats, mu, sigma) => normalTerms(stats.n, sumOfSquaredDeviations(stats, mu), sigma),
});

const laplace = family({
  id: 'laplace',
  name: 'Laplace',
  when: 'a sharp peak with heavier tails, where outliers are expected',
  parameters: [
    { label: 'Location m', symbol: 'm', inDataUnits: true, effect: 'Slides the peak left and right.' },
    {
      label: 'Scale b',
      symbol: 'b',
      inDataUnits: true,
      effect: 'Widens and lowers the peak, or narrows and raises it.',
    },
  ],
  pdf: laplacePdf,
  logPdf: laplaceLogPdf,
  peakDensity: (_m, b) => 1 / (2 * b),
  applies: (stats) => stats.n > 0,
  mle: (stats) => {
    const m = medianOfSorted(stats.sorted);
    return [m, sumOfAbsoluteDeviations(stats, m) / stats.n];
  },
  terms: (stats, m, b) => laplaceTerms(stats.n, sumOfAbsoluteDeviations(stats, m), b),
});

const lognormal = family({
  id: 'lognormal',
  name: 'Log-normal',
  when: 'positive data skewed to the right, like waiting times or incomes',
  parameters: [
    {
      label: 'Log-scale mean μ',
      symbol: 'μ',
      inDataUnits: false,
      effect: 'Moves the peak: e^μ is the median of the curve.',
    },
    {
      label: 'Log-scale spread σ',
      symbol: 'σ',
      inDataUnits: false,
      effect: 'Spreads the curve and lengthens its right tail.',
    },
  ],
  pdf: logNormalPdf,
  logPdf: logNormalLogPdf,
  // The mode is e^(μ − σ²); the density there is e^(σ²/2 − μ) / (σ√(2π)).
  peakDensity: (mu, sigma) => Math.exp(0.5 * sigma * sigma - mu) / (sigma * Math.sqrt(2 * Math.PI)),
  applies: (stats) => stats.logs !== null,
  mle: (stats) => {
    const logs = stats.logs!;
    return [logs.mean, Math.sqrt(logs.centredSumOfSquares / stats.n)];
  },
  // The Normal's formula on the log scale, with the Jacobian −Σ log xᵢ; no data, no likelihood.
  terms: (stats, mu, sigma) => {
    const logs = stats.logs;
    if (!logs) return { constant: -Infinity, spread: 0, misfitSum: 0, misfitScale: 1, total: -Infinity };
    const squares = sumOfSquaredDeviations({ n: stats.n, ...logs }, mu);
    return normalTerms(stats.n, squares, sigma, -logs.sum);
  },
});

export const FAMILIES: Record<FamilyId, Family> = { normal, laplace, lognormal };

export function isFamilyId(text: string): text is FamilyId {
  return (FAMILY_IDS as readonly string[]).includes(text);
}
