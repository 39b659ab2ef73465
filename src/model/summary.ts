/**
 * Everything computed from the reader's state. Each function is memoised on its input so
 * that selectors return the same object for the same state (zustand re-renders on a new
 * reference) and a slider step never recomputes what depends only on the dataset.
 */
import type { LaplaceParams, NormalParams } from '../math/estimators';
import type { SufficientStats } from '../math/likelihood';
import { FAMILIES, FAMILY_IDS, familyStats, type FamilyId, type FamilyStats, type Pair } from '../math/families';
import { numpyNormalSample } from '../math/rng';
import { niceFloor, powerOfTenBelow } from '../math/niceNumbers';
import type { LabState } from './readerState';

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
 * The learner's seed continued to 1,000 songs (for the reader's own data, see cycledStream). numpy's stream is a prefix stream, so its
 * first n values are the learner's data: np.random.normal(120, 15, 1000)[:n].
 */
export const selectStream = (s: Pick<LabState, 'seed' | 'custom'>) =>
  s.custom ? cycledStream(s.custom.values) : sampleFor(s.seed, STREAM_LENGTH);

const cycledStreams = new WeakMap<Float64Array, Float64Array>();

/**
 * The reader's own data have no generator to continue, so the demonstration takes their
 * values in turn, again and again, up to 1,000 (and only the first 1,000 of a larger set).
 */
function cycledStream(values: Float64Array): Float64Array {
  let stream = cycledStreams.get(values);
  if (!stream) {
    stream = Float64Array.from({ length: STREAM_LENGTH }, (_, i) => values[i % values.length]);
    cycledStreams.set(values, stream);
  }
  return stream;
}

/** The state that decides which data every chapter shows. */
export type DataChoice = Pick<LabState, 'seed' | 'n' | 'custom'>;

/** The reader's own data when they brought some, else the seeded tempos. */
export const selectSample = (s: DataChoice) => s.custom?.values ?? sampleFor(s.seed, s.n);

const importIds = new WeakMap<Float64Array, number>();
let importsSeen = 0;

/**
 * A name for the dataset in use, the same for as long as the data are: the seed and size of
 * the tempos, or which of the reader's imports (each import is a new dataset, even of the same
 * numbers). What starts afresh for new data is keyed on it.
 */
export function selectDatasetKey(s: DataChoice): string {
  if (!s.custom) return `tempos:${s.seed}:${s.n}`;
  const { values } = s.custom;
  if (!importIds.has(values)) importIds.set(values, ++importsSeen);
  return `import:${importIds.get(values)}`;
}

/** A closed interval for a slider. */
export interface Range {
  min: number;
  max: number;
}

/** One family's view of a dataset: its best member and the widget's slider ranges. */
export interface FamilyFit {
  family: FamilyId;
  mle: Pair;
  /** ℓ at the MLE; +∞ when there is no maximum (no spread in the data). */
  maxLogLik: number;
  ranges: [Range, Range];
  /** Slider steps: a power of ten fine enough for the data's scale. */
  steps: [number, number];
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
  /** A round unit of the data's scale (5 BPM for the tempos): ranges and bins are multiples of it. */
  unit: number;
  /** Decimals that show the data's values at slider precision. */
  decimals: number;
  familyStats: FamilyStats;
  /** Each family that can be assumed for these data; null where it cannot (log-normal and a value ≤ 0). */
  fits: Record<FamilyId, FamilyFit | null>;
}

const summaries = new WeakMap<Float64Array, DatasetSummary>();

const floorTo = (x: number, step: number) => Math.floor(x / step) * step;
const ceilTo = (x: number, step: number) => Math.ceil(x / step) * step;

/**
 * Slider ranges for a location and a scale: the location's range holds every value with a
 * round margin; the scale runs from a tenth of the unit (never 0: a σ of 0 has no density)
 * to well past the MLE.
 */
function parameterRanges(min: number, max: number, spread: number, unit: number): FamilyFit['ranges'] {
  return [
    { min: floorTo(min, unit) - unit, max: ceilTo(max, unit) + unit },
    { min: unit / 10, max: ceilTo(Math.max((max - min) / 2, 3 * spread, 4 * unit), unit) },
  ];
}

function fitFamily(id: FamilyId, stats: FamilyStats, ranges: FamilyFit['ranges'], step: number): FamilyFit | null {
  const family = FAMILIES[id];
  if (!family.applies(stats)) return null;
  const mle = family.mle(stats);
  return {
    family: id,
    mle,
    maxLogLik: mle[1] > 0 ? family.logLikelihood(stats, mle[0], mle[1]) : Infinity,
    ranges,
    steps: [step, step],
  };
}

/**
 * What the chapters show about a dataset. One summary (familyStats: one sort, the centred
 * moments of x and of log x, prefix sums) serves every family; the fits and the extremes
 * are read from it.
 */
export function summarise(sample: Float64Array): DatasetSummary {
  const cached = summaries.get(sample);
  if (cached) return cached;
  const statsForFamilies = familyStats(sample);
  const { n, sorted, mean, centredSumOfSquares } = statsForFamilies;
  const [min, max] = [sorted[0], sorted[n - 1]];
  const span = max - min;
  // The tempos' unit is 5 BPM; other data get the same kind of round unit for their scale.
  const unit = niceFloor(span > 0 ? span / 10 : Math.abs(max) / 10 || 1);
  const step = powerOfTenBelow(unit / 50);
  const sigmaHat = Math.sqrt(centredSumOfSquares / n);
  const [muRange, sigmaRange] = parameterRanges(min, max, sigmaHat, unit);
  const fits = {} as Record<FamilyId, FamilyFit | null>;
  for (const id of FAMILY_IDS) {
    let ranges: FamilyFit['ranges'] = [muRange, sigmaRange];
    let familyStep = step;
    const logs = statsForFamilies.logs;
    if (id === 'lognormal' && logs) {
      // The log-normal's parameters live on the log scale: ranges from the logs of the data.
      const [logMin, logMax] = [Math.log(min), Math.log(max)];
      const logUnit = niceFloor(Math.max(logMax - logMin, 0.01) / 10);
      ranges = parameterRanges(logMin, logMax, Math.sqrt(logs.centredSumOfSquares / n), logUnit);
      familyStep = powerOfTenBelow(logUnit / 50);
    }
    fits[id] = fitFamily(id, statsForFamilies, ranges, familyStep);
  }
  const [normalFit, laplaceFit] = [fits.normal!, fits.laplace!];
  const summary: DatasetSummary = {
    n,
    min,
    max,
    stats: { n, mean, centredSumOfSquares },
    normal: { mu: normalFit.mle[0], sigma: normalFit.mle[1] },
    laplace: { location: laplaceFit.mle[0], scale: laplaceFit.mle[1] },
    besselSigma: n > 1 ? Math.sqrt(centredSumOfSquares / (n - 1)) : NaN,
    normalMaxLogLik: normalFit.maxLogLik,
    laplaceMaxLogLik: laplaceFit.maxLogLik,
    // Both ranges contain every value and the MLE, on round numbers, with room either side.
    muRange,
    sigmaRange,
    unit,
    decimals: Math.max(0, -Math.round(Math.log10(step))),
    familyStats: statsForFamilies,
    fits,
  };
  summaries.set(sample, summary);
  return summary;
}

export const selectSummary = (s: DataChoice) => summarise(selectSample(s));

/** The assumed family's fit; null only while a family that no longer applies is being switched away from. */
export const selectFamilyFit = (s: DataChoice & Pick<LabState, 'family'>) => selectSummary(s).fits[s.family];

/**
 * Where the widget's sliders start for new data: left of the best fit and too narrow, as
 * the tempos' (100, 8) is, so the learner has something to discover.
 */
export function startingGuess(fit: FamilyFit): Pair {
  const [a, b] = fit.mle;
  const [aRange, bRange] = fit.ranges;
  const spread = b > 0 ? b : bRange.min * 10;
  const round = (x: number, step: number) => Math.round(x / step) * step;
  return [
    clamp(round(a - 1.2 * spread, fit.steps[0] * 10), aRange),
    clamp(round(0.55 * spread, fit.steps[1] * 10), bRange),
  ];
}

/** The widget's two parameters for the assumed family. */
export function selectWidgetParams(s: LabState): Pair {
  if (s.family === 'normal') return [s.mu, s.sigma];
  const fit = selectFamilyFit(s);
  return s.familyParams[s.family] ?? (fit ? startingGuess(fit) : [s.mu, s.sigma]);
}

export function clamp(x: number, { min, max }: Range): number {
  return Math.min(max, Math.max(min, x));
}
