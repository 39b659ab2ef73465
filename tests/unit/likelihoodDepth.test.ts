import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference.json';
import {
  bernoulliPmf,
  binaryCrossEntropy,
  categoricalCrossEntropy,
  logSoftmax,
  meanBernoulliNll,
  softmax,
} from '../../src/math/crossEntropy';
import { normalIntervalProbability, normalLogPdf, normalPdf } from '../../src/math/distributions';
import { FLOAT_LIMITS, firstZeroProduct, runningProducts } from '../../src/math/underflow';
import { numpyNormalSample } from '../../src/math/rng';

const closeRelative = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));

describe('underflow of the raw likelihood product', () => {
  it.each(reference.underflow)(
    'seed $seed at μ = $mu, σ = $sigma: float64 hits 0 at n = $float64, float32 at n = $float32, as numpy',
    ({ seed, mu, sigma, float64, float32, log10ProductAt1000 }) => {
      const densities = Array.from(numpyNormalSample(seed, 1000, 120, 15), (x) => normalPdf(x, mu, sigma));
      expect(firstZeroProduct(densities, 'float64')).toBe(float64);
      expect(firstZeroProduct(densities, 'float32')).toBe(float32);
      const log10 = Array.from(numpyNormalSample(seed, 1000, 120, 15)).reduce(
        (t, x) => t + normalLogPdf(x, mu, sigma) / Math.LN10,
        0,
      );
      closeRelative(log10, log10ProductAt1000, 1e-10);
    },
  );

  it('returns null when the product never reaches 0', () => {
    expect(firstZeroProduct([0.5, 0.5, 0.5], 'float32')).toBeNull();
  });

  it('float32 steps are rounded to single precision, including subnormals', () => {
    const steps = runningProducts([2 ** -100, 2 ** -40, 0.5, 0.5], 'float32');
    expect(steps[1]).toBe(FLOAT_LIMITS.float32.minSubnormal * 2 ** 9);
    expect(steps[3]).toBe(FLOAT_LIMITS.float32.minSubnormal * 2 ** 7);
    expect(Math.fround(FLOAT_LIMITS.float32.minSubnormal / 2)).toBe(0);
    expect(FLOAT_LIMITS.float64.minSubnormal).toBe(Number.MIN_VALUE);
  });
});

describe('interval probabilities', () => {
  it.each(reference.intervals)('P($a ≤ X ≤ $b) under Normal($mu, $sigma) matches scipy', ({ a, b, mu, sigma, p }) => {
    expect(Math.abs(normalIntervalProbability(a, b, mu, sigma) - p)).toBeLessThan(1e-13);
  });

  it('the whole curve has area 1, however narrow', () => {
    for (const sigma of [0.05, 1, 15]) expect(normalIntervalProbability(-1e4, 1e4, 120, sigma)).toBeCloseTo(1, 13);
  });
});

describe('cross-entropy is the Bernoulli / Categorical NLL', () => {
  it.each(reference.bce)(
    'BCE and the mean Bernoulli NLL match numpy/scipy ($labels)',
    ({ labels, probabilities, bce, bernoulliNll }) => {
      const y = labels as (0 | 1)[];
      closeRelative(binaryCrossEntropy(y, probabilities), bce);
      closeRelative(meanBernoulliNll(y, probabilities), bernoulliNll);
      // And to the last digit, with each other.
      expect(binaryCrossEntropy(y, probabilities)).toBe(meanBernoulliNll(y, probabilities));
    },
  );

  it('the pmf picks p for a hit and 1 − p for a miss', () => {
    expect(bernoulliPmf(1, 0.8)).toBe(0.8);
    expect(bernoulliPmf(0, 0.8)).toBe(1 - 0.8);
  });

  it.each(reference.categorical)(
    'categorical CE for label $label matches scipy’s log_softmax',
    ({ label, logits, probabilities, crossEntropy }) => {
      const oneHot = logits.map((_, k) => (k === label ? 1 : 0)) as (0 | 1)[];
      closeRelative(categoricalCrossEntropy(oneHot, logits), crossEntropy, 1e-12);
      softmax(logits).forEach((p, k) => expect(Math.abs(p - probabilities[k])).toBeLessThan(1e-15));
      expect(logSoftmax(logits).every(Number.isFinite)).toBe(true);
    },
  );
});
