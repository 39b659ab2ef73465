import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference.json';
import { laplaceLogPdf, laplacePdf, normalLogPdf, normalPdf } from '../../src/math/distributions';
import { normalLogLikelihoodFromStats, normalTerms, sufficientStats } from '../../src/math/likelihood';
import { numpyNormalSample } from '../../src/math/rng';
import { compensatedSum } from '../../src/math/summation';
import { summarise } from '../../src/model/summary';

/** The reference ℓ: the log-density summed point by point (what scipy sums). */
const normalLogLikelihood = (sample: Float64Array, mu: number, sigma: number) =>
  compensatedSum(sample, (x) => normalLogPdf(x, mu, sigma));
const laplaceLogLikelihood = (sample: Float64Array, m: number, b: number) =>
  compensatedSum(sample, (x) => laplaceLogPdf(x, m, b));

/** |actual − expected| ≤ tolerance · |expected| (relative error). */
function expectRelative(actual: number, expected: number, tolerance = 1e-12) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('densities match scipy.stats', () => {
  it.each(reference.densities)('at x = $x, μ = $mu, σ = $sigma', (d) => {
    expectRelative(normalPdf(d.x, d.mu, d.sigma), d.normalPdf);
    expectRelative(normalLogPdf(d.x, d.mu, d.sigma), d.normalLogPdf);
    expectRelative(laplacePdf(d.x, d.mu, d.sigma), d.laplacePdf);
    expectRelative(laplaceLogPdf(d.x, d.mu, d.sigma), d.laplaceLogPdf);
  });

  it('log-densities stay finite where the density underflows to 0', () => {
    expect(normalPdf(200, 120, 2)).toBe(0);
    expect(Number.isFinite(normalLogPdf(200, 120, 2))).toBe(true);
  });
});

describe.each(reference.likelihoods)('sample seed $seed, n = $n, loc $loc', (ref) => {
  const sample = numpyNormalSample(ref.seed, ref.n, ref.loc, ref.scale);
  const stats = sufficientStats(sample);

  it('the summary’s estimators match numpy', () => {
    const { normal, laplace, besselSigma } = summarise(sample);
    expectRelative(stats.mean, ref.mean);
    expectRelative(normal.mu, ref.mean);
    // σ̂ of 1e6-sized values carries the cancellation of x − x̄: 1e-9 relative is what a
    // double can promise there.
    expectRelative(normal.sigma, ref.std, ref.loc > 1e5 ? 1e-9 : 1e-12);
    expectRelative(besselSigma, ref.stdDdof1, ref.loc > 1e5 ? 1e-9 : 1e-12);
    expectRelative(laplace.location, ref.median);
    expectRelative(laplace.scale, ref.laplaceScale, ref.loc > 1e5 ? 1e-9 : 1e-12);
  });

  it('log-likelihood at the maximum matches scipy', () => {
    const { normal, laplace, normalMaxLogLik, laplaceMaxLogLik } = summarise(sample);
    expectRelative(normalLogLikelihood(sample, normal.mu, normal.sigma), ref.normalLogLikAtMle, 1e-10);
    expectRelative(normalMaxLogLik, ref.normalLogLikAtMle, 1e-10);
    expectRelative(laplaceLogLikelihood(sample, laplace.location, laplace.scale), ref.laplaceLogLikAtMle, 1e-10);
    expectRelative(laplaceMaxLogLik, ref.laplaceLogLikAtMle, 1e-10);
  });

  it.each(ref.at)('ℓ at μ = $mu, σ = $sigma matches scipy, summed directly and from sufficient stats', (at) => {
    expectRelative(normalLogLikelihood(sample, at.mu, at.sigma), at.normalLogLik);
    expectRelative(laplaceLogLikelihood(sample, at.mu, at.sigma), at.laplaceLogLik);
    expectRelative(normalLogLikelihoodFromStats(stats, at.mu, at.sigma), at.normalLogLik, 1e-9);
  });
});

describe('normalLogLikelihoodFromStats', () => {
  it('is O(1) exact to 1e-9 against a direct sum for values near 1e6', () => {
    const sample = numpyNormalSample(3, 5000, 1e6, 2);
    const stats = sufficientStats(sample);
    for (const [mu, sigma] of [
      [1e6, 2],
      [1e6 + 0.01, 1.5],
      [999990, 30],
    ]) {
      expectRelative(normalLogLikelihoodFromStats(stats, mu, sigma), normalLogLikelihood(sample, mu, sigma), 1e-9);
    }
  });

  it('is the total of the terms the formula shows, which add up to it', () => {
    const sample = numpyNormalSample(42, 40, 120, 15);
    const stats = sufficientStats(sample);
    const terms = normalTerms(
      stats.n,
      compensatedSum(sample, (x) => (x - 120) ** 2),
      15,
    );
    expect(terms.constant + terms.spread - terms.misfitSum / terms.misfitScale).toBe(terms.total);
    expect(terms.misfitScale).toBe(2 * 15 * 15);
    expectRelative(terms.total, reference.likelihoods[0].at[0].normalLogLik);
    expectRelative(normalLogLikelihoodFromStats(stats, 120, 15), terms.total, 1e-13);
  });
});
