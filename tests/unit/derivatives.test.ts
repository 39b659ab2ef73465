import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference.json';
import { meanNll, normalScore, optimiserStep, sumOfDeviations, type OptimiserPoint } from '../../src/math/derivatives';
import { normalLogPdf } from '../../src/math/distributions';
import { sufficientStats } from '../../src/math/likelihood';
import { compensatedSum } from '../../src/math/summation';
import { numpyNormalSample } from '../../src/math/rng';
import { biasSimulation } from '../../src/math/simulation';

/** ℓ summed point by point, independent of the sufficient statistics the derivatives use. */
const normalLogLikelihood = (sample: Float64Array, mu: number, sigma: number) =>
  compensatedSum(sample, (x) => normalLogPdf(x, mu, sigma));

describe('analytic derivatives of ℓ', () => {
  const sample = numpyNormalSample(42, 40, 120, 15);
  const stats = sufficientStats(sample);

  it.each([
    [100, 8],
    [120, 15],
    [116.7, 14.1],
    [130, 30],
    [90, 2],
  ])('match central finite differences of the direct sum at μ = %d, σ = %d', (mu, sigma) => {
    const { dMu, dSigma } = normalScore(stats, mu, sigma);
    const h = 1e-5;
    const fdMu = (normalLogLikelihood(sample, mu + h, sigma) - normalLogLikelihood(sample, mu - h, sigma)) / (2 * h);
    const fdSigma = (normalLogLikelihood(sample, mu, sigma + h) - normalLogLikelihood(sample, mu, sigma - h)) / (2 * h);
    expect(Math.abs(dMu - fdMu)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fdMu)));
    expect(Math.abs(dSigma - fdSigma)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fdSigma)));
  });

  it.each(reference.likelihoods.filter((l) => l.n > 1))(
    'the score is zero at numpy’s mean and std (seed $seed, n $n): the MLE is the root',
    ({ seed, n, loc, scale, mean, std }) => {
      const s = sufficientStats(numpyNormalSample(seed, n, loc, scale));
      const { dMu, dSigma } = normalScore(s, mean, std);
      // Relative to the size of the terms that cancel.
      expect(Math.abs(dMu)).toBeLessThan((1e-9 * n * Math.abs(mean)) / std ** 2);
      expect(Math.abs(dSigma)).toBeLessThan((1e-8 * n) / std);
      expect(sumOfDeviations(s, mean)).toBeCloseTo(0, 6);
    },
  );
});

describe('optimisers on the mean NLL', () => {
  const stats = sufficientStats(numpyNormalSample(42, 40, 120, 15));
  const ref = reference.likelihoods[0];
  const run = (method: 'gradient-descent' | 'newton', rate: number, steps: number) => {
    let point: OptimiserPoint | string = { mu: 100, sigma: 8, meanNll: meanNll(stats, 100, 8) };
    for (let i = 0; i < steps && typeof point !== 'string'; i++) point = optimiserStep(stats, point, method, rate);
    return point;
  };

  it('gradient descent from the default start reaches (x̄, σ̂) to display precision', () => {
    const end = run('gradient-descent', 50, 400) as OptimiserPoint;
    expect(end.mu).toBeCloseTo(ref.mean, 3);
    expect(end.sigma).toBeCloseTo(ref.std, 3);
    expect(end.meanNll).toBeCloseTo(-ref.normalLogLikAtMle / 40, 9);
  });

  it('Newton’s method gets there in a handful of steps', () => {
    const end = run('newton', 50, 12) as OptimiserPoint;
    expect(end.mu).toBeCloseTo(ref.mean, 6);
    expect(end.sigma).toBeCloseTo(ref.std, 6);
  });

  it('a far too large learning rate makes things worse, and never produces a NaN', () => {
    const start = meanNll(stats, 100, 8);
    for (const rate of [2000, 5000, 1e5]) {
      const end = run('gradient-descent', rate, 200);
      if (typeof end === 'string') expect(['sigma-not-positive', 'not-finite', 'blowing-up']).toContain(end);
      else {
        expect(Number.isFinite(end.meanNll)).toBe(true);
        expect(end.meanNll).toBeGreaterThan(-ref.normalLogLikAtMle / 40 + 0.01);
      }
    }
    expect(start).toBeGreaterThan(0);
  });
});

describe('bias simulation', () => {
  it.each(reference.bias)(
    'matches numpy’s var(ddof=0) and var(ddof=1) means (seed $seed, n $n, $samples samples)',
    ({ seed, n, samples, mleMean, unbiasedMean, mleFirst, unbiasedFirst }) => {
      const sim = biasSimulation(seed, n, samples);
      expect(sim.mleRunningMean[0]).toBeCloseTo(mleFirst, 9);
      expect(sim.unbiasedRunningMean[0]).toBeCloseTo(unbiasedFirst, 9);
      expect(sim.mleRunningMean[samples - 1]).toBeCloseTo(mleMean, 8);
      expect(sim.unbiasedRunningMean[samples - 1]).toBeCloseTo(unbiasedMean, 8);
    },
  );

  it.each([2, 5, 10])('σ̂² averages to (n − 1)/n · 225 and s² to 225 (n = %i, 20,000 samples)', (n) => {
    const sim = biasSimulation(2024, n, 20000);
    const last = sim.mleRunningMean.length - 1;
    // Standard error of a mean of 20,000 variances is below 1.5% of σ² for n ≥ 2.
    expect(Math.abs(sim.mleRunningMean[last] - ((n - 1) / n) * 225)).toBeLessThan(0.03 * 225);
    expect(Math.abs(sim.unbiasedRunningMean[last] - 225)).toBeLessThan(0.03 * 225 * (n / (n - 1)));
  });
});
