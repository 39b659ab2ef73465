import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference.json';
import {
  exactCoverage,
  CHI2_1_95,
  Z_95,
  likelihoodRatioInterval,
  lrMuInterval,
  lrSigmaInterval,
  normalStandardErrors,
  relativeLocationProfile,
  relativeLogLikSigma,
  relativeProfileMu,
  tInterval,
  waldInterval,
  type Interval,
} from '../../src/math/uncertainty';
import { logGamma, studentTCdf, studentTQuantile } from '../../src/math/studentT';
import { coverageCounts, repeatedSamples, type SampleEstimates } from '../../src/math/simulation';
import { FAMILIES, familyStats, sumOfAbsoluteDeviations, type FamilyId } from '../../src/math/families';
import { numpyNormalSample } from '../../src/math/rng';

const fixtures = reference.uncertainty;

/** |actual − expected| ≤ relative·|expected| + absolute. */
function expectClose(actual: number, expected: number, relative: number, absolute = 0) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + absolute);
}

function expectInterval(actual: Interval, expected: readonly number[], relative: number) {
  expectClose(actual.lower, expected[0], relative);
  expectClose(actual.upper, expected[1], relative);
}

/** 2(ℓ̂ − ℓ): the deviance the LR intervals cut at the threshold. */
const deviance = (relativeLogLikelihood: number) => -2 * relativeLogLikelihood;

/** One unit in the last place of x. */
const ulp = (x: number) => Math.abs(x) * Number.EPSILON;

/** Plain two-pass mean and sds of a sample, for checks that do not go through repeatedSamples. */
function meanAndSds(values: Float64Array) {
  const n = values.length;
  const mean = values.reduce((total, x) => total + x, 0) / n;
  const squares = values.reduce((total, x) => total + (x - mean) ** 2, 0);
  return { mean, sigma: Math.sqrt(squares / n), besselSigma: Math.sqrt(squares / (n - 1)) };
}

describe('constants', () => {
  it('are scipy’s norm.ppf(0.975) and chi2.ppf(0.95, 1), and χ²₁(0.95) = z²', () => {
    expect(Z_95).toBe(fixtures.z95);
    expect(CHI2_1_95).toBe(fixtures.chi2_95);
    expectClose(Z_95 * Z_95, CHI2_1_95, 1e-15);
  });
});

describe('Normal standard errors and 95 % intervals, against numpy and scipy', () => {
  describe.each(fixtures.samples)('seed $seed, n = $n', (sample) => {
    const { n, mean, std, stdDdof1 } = sample;

    it('standard errors σ̂/√n and σ̂/√(2n)', () => {
      const errors = normalStandardErrors(n, std);
      expectClose(errors.mu, sample.standardErrors.mu, 1e-15);
      expectClose(errors.sigma, sample.standardErrors.sigma, 1e-15);
    });

    it('Wald intervals for μ and σ', () => {
      const errors = normalStandardErrors(n, std);
      expectInterval(waldInterval(mean, errors.mu), sample.waldMu, 1e-15);
      expectInterval(waldInterval(std, errors.sigma), sample.waldSigma, 1e-15);
    });

    it('LR interval for μ: the roots (brentq) of scipy’s numerically profiled log-likelihood', () => {
      expectInterval(lrMuInterval(mean, std, n), sample.lrMu, 1e-12);
    });

    it('LR interval for σ: the roots (brentq) of scipy’s log-likelihood with μ at μ̂', () => {
      expectInterval(lrSigmaInterval(std, n), sample.lrSigma, 1e-12);
    });

    it('t interval, with scipy’s t.ppf(0.975, n − 1)', () => {
      expectInterval(tInterval(mean, stdDdof1, n), sample.t, 1e-12);
    });

    it('relative profile of μ and relative log-likelihood of σ, as sums of scipy log-densities', () => {
      // The reference is a difference of two sums of n log-densities: rounding of about n·1e-15.
      for (const { mu, relative } of sample.profileMu) {
        expectClose(relativeProfileMu(mu, mean, std, n), relative, 1e-12, 1e-14 * n);
      }
      for (const { sigma, relative } of sample.logLikSigma) {
        expectClose(relativeLogLikSigma(sigma, std, n), relative, 1e-12, 1e-14 * n);
      }
    });
  });

  it('reproduces the chapter’s numbers for np.random.seed(42), n = 40', () => {
    const x = numpyNormalSample(42, 40, 120, 15);
    const { mean, sigma } = meanAndSds(x);
    const errors = normalStandardErrors(40, sigma);
    expectClose(errors.mu, 2.231358817823144, 1e-14);
    const wald = waldInterval(mean, errors.mu);
    expectClose(wald.lower, 112.34706450421169, 1e-14);
    expectClose(wald.upper, 121.09383034325015, 1e-14);
    expectClose(lrMuInterval(mean, sigma, 40).lower, 112.2399320353404, 1e-14);
    const sigmaInterval = lrSigmaInterval(sigma, 40);
    expect(sigmaInterval.lower.toFixed(2)).toBe('11.51');
    expect(sigmaInterval.upper.toFixed(2)).toBe('17.88');
  });
});

describe('properties of the intervals', () => {
  it.each([
    [1, 14, CHI2_1_95],
    [1, 14, 30],
    [3, 2, 500],
    [2, 14, CHI2_1_95],
    [40, 14.112, CHI2_1_95],
    [40, 14.112, 1],
    [1000, 0.3, 6.6],
    [1e6, 2.5e5, CHI2_1_95],
  ])(
    'LR σ interval, n = %d, σ̂ = %d, threshold %d: 2(ℓ̂ − ℓ) is the threshold at both ends, to the last digits',
    (n, sigmaHat, threshold) => {
      const { lower, upper } = lrSigmaInterval(sigmaHat, n, threshold);
      expect(lower).toBeLessThan(sigmaHat);
      expect(upper).toBeGreaterThan(sigmaHat);
      // The deviance at a rounded end: v = 2·log(σ̂/σ) carries the end's rounding, 1e-16/v relative.
      for (const end of [lower, upper]) {
        expectClose(deviance(relativeLogLikSigma(end, sigmaHat, n)), threshold, 1e-12);
      }
      // Solved to full precision: a hair (1e-13, a few hundred ulps) inside is in, outside is out.
      expect(deviance(relativeLogLikSigma(lower * (1 + 1e-13), sigmaHat, n))).toBeLessThan(threshold);
      expect(deviance(relativeLogLikSigma(lower * (1 - 1e-13), sigmaHat, n))).toBeGreaterThan(threshold);
      expect(deviance(relativeLogLikSigma(upper * (1 - 1e-13), sigmaHat, n))).toBeLessThan(threshold);
      expect(deviance(relativeLogLikSigma(upper * (1 + 1e-13), sigmaHat, n))).toBeGreaterThan(threshold);
    },
  );

  it('the LR σ interval leans right (σ̂ is closer to the lower end) and a smaller threshold narrows it', () => {
    const { lower, upper } = lrSigmaInterval(14, 40);
    expect(upper - 14).toBeGreaterThan(1.2 * (14 - lower));
    const narrow = lrSigmaInterval(14, 40, 1);
    expect(narrow.lower).toBeGreaterThan(lower);
    expect(narrow.upper).toBeLessThan(upper);
  });

  it('the LR μ interval has 2(ℓ̂ − ℓp) = threshold at its ends', () => {
    for (const [n, threshold] of [
      [2, CHI2_1_95],
      [40, CHI2_1_95],
      [40, 1],
      [5000, 9],
    ]) {
      const { lower, upper } = lrMuInterval(100, 7, n, threshold);
      expectClose(deviance(relativeProfileMu(lower, 100, 7, n)), threshold, 1e-13);
      expectClose(deviance(relativeProfileMu(upper, 100, 7, n)), threshold, 1e-13);
    }
  });

  it('Wald approaches LR as n grows, for μ and for σ, and is visibly apart at n = 10', () => {
    const apart = (wald: Interval, lr: Interval) =>
      Math.max(Math.abs(wald.lower - lr.lower), Math.abs(wald.upper - lr.upper)) / ((lr.upper - lr.lower) / 2);
    const sigmaHat = 15;
    const gaps = [10, 1000, 1e6].map((n) => {
      const errors = normalStandardErrors(n, sigmaHat);
      return {
        mu: apart(waldInterval(120, errors.mu), lrMuInterval(120, sigmaHat, n)),
        sigma: apart(waldInterval(sigmaHat, errors.sigma), lrSigmaInterval(sigmaHat, n)),
      };
    });
    expect(gaps[0].mu).toBeGreaterThan(0.05);
    expect(gaps[0].sigma).toBeGreaterThan(0.1);
    expect(gaps[2].mu).toBeLessThan(1e-5);
    expect(gaps[2].sigma).toBeLessThan(2e-3);
    expect(gaps[1].mu).toBeLessThan(gaps[0].mu);
    expect(gaps[2].sigma).toBeLessThan(gaps[1].sigma);
  });

  it('the t interval is wider than Wald, by t/z·s/σ̂, and has no bounds below n = 2', () => {
    const wald = waldInterval(50, normalStandardErrors(5, 3).mu);
    const t = tInterval(50, 3 * Math.sqrt(5 / 4), 5);
    const ratio = (t.upper - t.lower) / (wald.upper - wald.lower);
    expectClose(ratio, (2.7764451051977934 / Z_95) * Math.sqrt(5 / 4), 1e-14);
    const ninetyNine = tInterval(50, 3, 5, 0.99);
    expect(ninetyNine.upper - ninetyNine.lower).toBeGreaterThan(tInterval(50, 3, 5).upper - tInterval(50, 3, 5).lower);
    expect(tInterval(50, 3, 1)).toEqual({ lower: Number.NaN, upper: Number.NaN });
  });

  it('relative profiles are 0 at the estimate (also with σ̂ = 0) and −∞ away from it when σ̂ = 0', () => {
    expect(relativeProfileMu(7, 7, 0, 1)).toBe(0);
    expect(relativeProfileMu(7.5, 7, 0, 1)).toBe(-Infinity);
    expect(relativeLogLikSigma(3, 3, 10)).toBe(0);
    expect(relativeLogLikSigma(0, 3, 10)).toBe(-Infinity);
    expect(relativeLogLikSigma(Infinity, 3, 10)).toBe(-Infinity);
    expect(relativeProfileMu(7.5, 7, 2, 10)).toBeLessThan(0);
    expect(relativeLogLikSigma(3.001, 3, 10)).toBeLessThan(0);
    expect(relativeLogLikSigma(2.999, 3, 10)).toBeLessThan(0);
  });

  it('relativeLogLikSigma keeps its digits right next to σ̂, where the formula as written cancels', () => {
    // −n·log r − n/(2r²) + n/2 = −n·(δ² − (5/3)·δ³ + (9/4)·δ⁴ − …) for r = 1 + δ.
    const delta = 1e-6;
    const expected = -10 * delta * delta * (1 - (5 / 3) * delta);
    expectClose(relativeLogLikSigma(1 + delta, 1, 10), expected, 1e-9);
  });
});

describe('likelihoodRatioInterval, by profiling', () => {
  it.each(fixtures.samples.filter((s) => s.n > 2))(
    'reproduces lrMuInterval and lrSigmaInterval (seed $seed, n = $n)',
    ({ n, mean, std }) => {
      const errors = normalStandardErrors(n, std);
      const mu = likelihoodRatioInterval((m) => relativeProfileMu(m, mean, std, n), mean, errors.mu);
      const closedMu = lrMuInterval(mean, std, n);
      expectClose(mu.lower, closedMu.lower, 1e-14);
      expectClose(mu.upper, closedMu.upper, 1e-14);
      const sigma = likelihoodRatioInterval((s) => relativeLogLikSigma(s, std, n), std, errors.sigma);
      const closedSigma = lrSigmaInterval(std, n);
      expectClose(sigma.lower, closedSigma.lower, 1e-14);
      expectClose(sigma.upper, closedSigma.upper, 1e-14);
    },
  );

  it('bisects to the last bit: each end is inside, a few ulps further out is not', () => {
    const profile = (m: number) => relativeProfileMu(m, 118.7, 14.1, 40);
    for (const threshold of [CHI2_1_95, 0.5, 12]) {
      const { lower, upper } = likelihoodRatioInterval(profile, 118.7, 0.01, threshold);
      expect(deviance(profile(lower))).toBeLessThanOrEqual(threshold);
      expect(deviance(profile(upper))).toBeLessThanOrEqual(threshold);
      expect(deviance(profile(lower - 4 * ulp(lower)))).toBeGreaterThan(threshold);
      expect(deviance(profile(upper + 4 * ulp(upper)))).toBeGreaterThan(threshold);
    }
  });

  it('finds the ends from a starting step far too small or far too large', () => {
    const profile = (m: number) => relativeProfileMu(m, 0, 1, 10);
    const expected = lrMuInterval(0, 1, 10);
    for (const scale of [1e-12, 1e6]) {
      const found = likelihoodRatioInterval(profile, 0, scale);
      expectClose(found.lower, expected.lower, 1e-14);
      expectClose(found.upper, expected.upper, 1e-14);
    }
  });

  it('gives an infinite end where the profile never falls as far as the threshold', () => {
    const flatBothWays = (a: number) => -Math.min(1, a * a);
    expect(likelihoodRatioInterval(flatBothWays, 0, 1)).toEqual({ lower: -Infinity, upper: Infinity });
    const flatToTheRight = (a: number) => (a < 0 ? -a * a : -Math.min(1, a));
    const oneSided = likelihoodRatioInterval(flatToTheRight, 0, 1);
    expectClose(oneSided.lower, -Math.sqrt(CHI2_1_95 / 2), 1e-15);
    expect(oneSided.upper).toBe(Infinity);
  });

  it('treats −∞ and NaN as outside, and copes with a zero scale (σ̂ = 0)', () => {
    const spike = (a: number) => (a === 5 ? 0 : -Infinity);
    expect(likelihoodRatioInterval(spike, 5, 0)).toEqual({ lower: 5, upper: 5 });
    const undefinedBelowZero = (s: number) => relativeLogLikSigma(s, 0.5, 1);
    const { lower, upper } = likelihoodRatioInterval(undefinedBelowZero, 0.5, 0.3);
    expectClose(lower, lrSigmaInterval(0.5, 1).lower, 1e-14);
    expectClose(upper, lrSigmaInterval(0.5, 1).upper, 1e-14);
  });
});

describe('relativeLocationProfile', () => {
  describe.each(fixtures.locations)('$label', (dataset) => {
    const stats = familyStats(dataset.values);
    const families = (['laplace', 'lognormal'] as const).filter((family) => dataset[family] !== null);

    it.each(families)('%s: matches scipy’s log-density with the scale maximised numerically', (family) => {
      const reference = dataset[family]!;
      for (const { a, relative } of reference.at) {
        expectClose(relativeLocationProfile(family, stats, a), relative, 1e-12, 1e-14 * stats.n);
      }
    });

    it.each(families)('%s: its LR interval matches the brentq roots of scipy’s profile', (family) => {
      const reference = dataset[family]!;
      expectClose(FAMILIES[family].mle(stats)[0], reference.mle, 1e-14);
      const interval = likelihoodRatioInterval(
        (a) => relativeLocationProfile(family, stats, a),
        reference.mle,
        FAMILIES[family].mle(stats)[1] / Math.sqrt(stats.n),
      );
      expectInterval(interval, reference.interval, 1e-12);
    });

    it.each(['normal', ...families] as FamilyId[])('%s: 0 at the MLE, below 0 on both sides', (family) => {
      const [location, scale] = FAMILIES[family].mle(stats);
      expect(relativeLocationProfile(family, stats, location)).toBe(0);
      expect(relativeLocationProfile(family, stats, location - scale)).toBeLessThan(0);
      expect(relativeLocationProfile(family, stats, location + scale)).toBeLessThan(0);
    });
  });

  const stats = familyStats(fixtures.locations[0].values);
  const [mean, sigmaHat] = FAMILIES.normal.mle(stats);

  it('normal: is relativeProfileMu, and its LR interval is lrMuInterval', () => {
    for (const a of [mean - 7, mean - 0.1, mean + 2, mean + 30]) {
      expectClose(relativeLocationProfile('normal', stats, a), relativeProfileMu(a, mean, sigmaHat, stats.n), 1e-13);
    }
    const interval = likelihoodRatioInterval((a) => relativeLocationProfile('normal', stats, a), mean, 1);
    expectInterval(
      interval,
      [lrMuInterval(mean, sigmaHat, stats.n).lower, lrMuInterval(mean, sigmaHat, stats.n).upper],
      1e-14,
    );
  });

  it('normal: is ℓ(a, σ̂(a)) − ℓ̂ with the best σ for that a, from the family’s own log-likelihood', () => {
    const top = FAMILIES.normal.logLikelihood(stats, mean, sigmaHat);
    for (const a of [mean - 5, mean + 12]) {
      const bestSigma = Math.sqrt(sigmaHat * sigmaHat + (a - mean) ** 2);
      const expected = FAMILIES.normal.logLikelihood(stats, a, bestSigma) - top;
      expectClose(relativeLocationProfile('normal', stats, a), expected, 1e-12);
      expect(FAMILIES.normal.logLikelihood(stats, a, bestSigma * 1.001) - top).toBeLessThan(expected);
      expect(FAMILIES.normal.logLikelihood(stats, a, bestSigma / 1.001) - top).toBeLessThan(expected);
    }
  });

  it('laplace: b̂(m) = S(m)/n maximises ℓ(m, ·), ℓp(m) = −n·log(2S(m)/n) − n, and the profile is ℓp(m) − ℓp(m̂)', () => {
    const { n } = stats;
    const [median] = FAMILIES.laplace.mle(stats);
    const profile = (m: number) => {
      const best = sumOfAbsoluteDeviations(stats, m) / n;
      const atBest = FAMILIES.laplace.logLikelihood(stats, m, best);
      expect(FAMILIES.laplace.logLikelihood(stats, m, best * 1.001)).toBeLessThan(atBest);
      expect(FAMILIES.laplace.logLikelihood(stats, m, best / 1.001)).toBeLessThan(atBest);
      expectClose(atBest, -n * Math.log((2 * sumOfAbsoluteDeviations(stats, m)) / n) - n, 1e-13);
      return atBest;
    };
    for (const m of [median - 9, median - 1, median + 0.4, median + 20]) {
      expectClose(relativeLocationProfile('laplace', stats, m), profile(m) - profile(median), 1e-11);
    }
  });

  it('lognormal: is the Normal’s profile of the logs', () => {
    const values = fixtures.locations[2].values;
    const logStats = familyStats(values.map(Math.log));
    const own = familyStats(values);
    for (const a of [5.5, 5.7, 5.8, 6.1]) {
      expectClose(relativeLocationProfile('lognormal', own, a), relativeLocationProfile('normal', logStats, a), 1e-12);
    }
  });

  it('lognormal: NaN when a value is not positive; laplace: 0 or −∞ when every value is the same', () => {
    expect(relativeLocationProfile('lognormal', familyStats([1, -2, 3]), 0)).toBeNaN();
    const same = familyStats([4, 4, 4]);
    expect(relativeLocationProfile('laplace', same, 4)).toBe(0);
    expect(relativeLocationProfile('laplace', same, 4.5)).toBe(-Infinity);
  });

  it('laplace: flat (0) between the two middle values of an even sample', () => {
    const even = familyStats([1, 2, 6, 10]);
    expect(relativeLocationProfile('laplace', even, 2.5)).toBe(0);
    expect(relativeLocationProfile('laplace', even, 5.9)).toBe(0);
    expect(relativeLocationProfile('laplace', even, 6.1)).toBeLessThan(0);
  });
});

describe('Student’s t, against scipy', () => {
  const { quantiles, cdf, logGamma: logGammas } = fixtures.studentT;

  it.each(logGammas)('logGamma($x) = gammaln', ({ x, value }) => {
    expectClose(logGamma(x), value, 1e-14, 1e-14);
  });

  it('logGamma: log (n − 1)! at the integers, log √π at ½, NaN at 0 and below', () => {
    let logFactorial = 0;
    // Below 10, log Γ(x) = log Γ(x + k) − log(x⋯(x + k − 1)): an absolute error of an ulp of 13.
    for (let n = 1; n <= 30; n++) {
      expectClose(logGamma(n), logFactorial, 1e-15, 4e-15);
      logFactorial += Math.log(n);
    }
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-15, 4e-15);
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
  });

  it.each(cdf)('studentTCdf($t, $df) = t.cdf', ({ t, df, p }) => {
    expectClose(studentTCdf(t, df), p, 1e-12);
  });

  it.each(quantiles)('studentTQuantile($p, $df) = t.ppf', ({ p, df, t }) => {
    expectClose(studentTQuantile(p, df), t, 1e-12);
  });

  const dfs = [1, 2, 3, 4, 7, 39, 99, 100, 101, 1000, 12345, 100000, 1e6];

  it('quantile and CDF invert each other, from the far tails to the middle, for df 1 to a million', () => {
    for (const df of dfs) {
      for (const p of [1e-200, 1e-12, 1e-6, 0.01, 0.2, 0.25, 0.26, 0.4, 0.49, 0.4999999, 0.7, 0.975]) {
        const t = studentTQuantile(p, df);
        // Far out, F changes hundreds of times faster than t (relatively): t's last ulp shows.
        expectClose(studentTCdf(t, df), p, p < 1e-10 ? 5e-13 : 1e-13);
      }
      // (Not too near 0: there p = ½ + O(t) keeps only the digits of t beyond ½'s ulp.)
      for (const t of [-1e3, -7, -2.01, -0.5, -0.01, 0.01, 0.7, 3]) {
        const p = studentTCdf(t, df);
        if (p > 1e-300 && p < 0.999) expectClose(studentTQuantile(p, df), t, 1e-11);
      }
    }
  });

  it('is symmetric: t(1 − p) = −t(p), F(−t) + F(t) = 1', () => {
    for (const df of dfs) {
      for (const high of [0.999, 0.9, 0.7]) {
        // 1 − high is exact, so both ends ask for the same probability.
        expect(studentTQuantile(high, df)).toBe(-studentTQuantile(1 - high, df));
      }
      for (const t of [0.4, 2, 9]) expectClose(studentTCdf(-t, df) + studentTCdf(t, df), 1, 2e-16);
    }
  });

  it('has the closed forms of df = 1 (Cauchy) and df = 2, and tends to the Normal', () => {
    for (const p of [1e-9, 0.01, 0.3, 0.45, 0.8, 0.975]) {
      // tan(π(p − ½)) as written loses digits to the rounding of p − ½ for small p.
      if (p >= 0.01) expectClose(studentTQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-12);
      expectClose(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-14);
    }
    // −cot(πp) = −1/(πp) + πp/3 + …
    expectClose(studentTQuantile(1e-9, 1), -1 / (Math.PI * 1e-9), 1e-14);
    for (const t of [-3, -0.2, 1.5]) {
      expectClose(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI, 1e-14);
      expectClose(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)), 1e-14);
    }
    expectClose(studentTQuantile(0.975, 1e9), Z_95, 1e-8);
  });

  it('edge values: 0 at p = ½, ±∞ at p = 0 and 1, NaN outside, ½ at t = 0', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0, 7)).toBe(-Infinity);
    expect(studentTQuantile(1, 7)).toBe(Infinity);
    expect(studentTQuantile(1.5, 7)).toBeNaN();
    expect(studentTQuantile(0.3, 0)).toBeNaN();
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(studentTCdf(-Infinity, 3)).toBe(0);
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTCdf(Number.NaN, 3)).toBeNaN();
  });
});

describe('repeatedSamples', () => {
  it.each(fixtures.estimates)(
    'sample k = $k of n = $n has numpy’s x.mean(), x.std() and x.std(ddof=1), bit for bit',
    ({ n, k, mean, std, stdDdof1 }) => {
      const estimates = repeatedSamples(n, k);
      expect(estimates.n).toBe(n);
      expect(estimates.means).toHaveLength(k);
      // numpy sums pairwise; so does repeatedSamples, hence equality, not a tolerance.
      expect(estimates.means[k - 1]).toBe(mean);
      expect(estimates.sigmas[k - 1]).toBe(std);
      if (stdDdof1 === null) expect(estimates.besselSigmas[k - 1]).toBeNaN();
      else expect(estimates.besselSigmas[k - 1]).toBe(stdDdof1);
    },
  );

  it('sample k is np.random.seed(k); np.random.normal(loc, scale, n), for any loc and scale', () => {
    const estimates = repeatedSamples(7, 5, -3, 0.25);
    for (let k = 1; k <= 5; k++) {
      const { mean, sigma, besselSigma } = meanAndSds(numpyNormalSample(k, 7, -3, 0.25));
      expectClose(estimates.means[k - 1], mean, 1e-14);
      expectClose(estimates.sigmas[k - 1], sigma, 1e-13);
      expectClose(estimates.besselSigmas[k - 1], besselSigma, 1e-13);
    }
  });

  it('keeps its digits for data far from zero (two passes, no Σx² − n·x̄²)', () => {
    const estimates = repeatedSamples(40, 3, 1e9, 1e-3);
    for (let k = 1; k <= 3; k++) {
      const x = numpyNormalSample(k, 40, 1e9, 1e-3);
      const { sigma } = meanAndSds(x);
      expectClose(estimates.sigmas[k - 1], sigma, 1e-6);
    }
  });

  it('n = 1: σ̂ = 0 and no n − 1 sd; count 0: empty; refuses a bad n or count', () => {
    const single = repeatedSamples(1, 3);
    expect(Array.from(single.sigmas)).toEqual([0, 0, 0]);
    expect(Array.from(single.besselSigmas).every(Number.isNaN)).toBe(true);
    expect(single.means[1]).toBe(numpyNormalSample(2, 1, 120, 15)[0]);
    expect(repeatedSamples(5, 0).means).toHaveLength(0);
    expect(() => repeatedSamples(0, 3)).toThrow(RangeError);
    expect(() => repeatedSamples(2.5, 3)).toThrow(RangeError);
    expect(() => repeatedSamples(5, -1)).toThrow(RangeError);
  });
});

describe('coverageCounts', () => {
  it.each(fixtures.coverage)(
    'K = $samples samples of n = $n: Wald $wald, LR $lr, t $t intervals hold μ = 120, as numpy and scipy count',
    ({ n, samples, wald, lr, t }) => {
      expect(coverageCounts(repeatedSamples(n, samples), 120)).toEqual({ samples, wald, lr, t });
    },
  );

  it('gives the chapter’s counts: n = 40 → 924, 932, 937; n = 5 → 857, 907, 956 out of 1000', () => {
    expect(coverageCounts(repeatedSamples(40, 1000), 120)).toEqual({ samples: 1000, wald: 924, lr: 932, t: 937 });
    expect(coverageCounts(repeatedSamples(5, 1000), 120)).toEqual({ samples: 1000, wald: 857, lr: 907, t: 956 });
  });

  it('counts what waldInterval, lrMuInterval and tInterval give, sample by sample', () => {
    for (const [n, truth] of [
      [3, 120],
      [12, 121.5],
    ]) {
      const estimates = repeatedSamples(n, 300);
      const holds = (interval: Interval) => interval.lower <= truth && truth <= interval.upper;
      let wald = 0;
      let lr = 0;
      let t = 0;
      for (let k = 0; k < 300; k++) {
        const mean = estimates.means[k];
        if (holds(waldInterval(mean, normalStandardErrors(n, estimates.sigmas[k]).mu))) wald++;
        if (holds(lrMuInterval(mean, estimates.sigmas[k], n))) lr++;
        if (holds(tInterval(mean, estimates.besselSigmas[k], n))) t++;
      }
      expect(coverageCounts(estimates, truth)).toEqual({ samples: 300, wald, lr, t });
    }
  });

  it('includes the ends: a zero-width interval at the truth holds it, one a hair away does not', () => {
    const at = (mean: number, n: number): SampleEstimates => ({
      n,
      means: Float64Array.of(mean),
      sigmas: Float64Array.of(0),
      besselSigmas: Float64Array.of(n > 1 ? 0 : Number.NaN),
    });
    expect(coverageCounts(at(120, 10), 120)).toEqual({ samples: 1, wald: 1, lr: 1, t: 1 });
    expect(coverageCounts(at(120 + 1e-13, 10), 120)).toEqual({ samples: 1, wald: 0, lr: 0, t: 0 });
    // n = 1: no t interval, so it never holds the truth.
    expect(coverageCounts(at(120, 1), 120)).toEqual({ samples: 1, wald: 1, lr: 1, t: 0 });
  });
});

describe('exact long-run coverage', () => {
  it('matches the integral over the chi-square law of σ̂ (scipy quad), for n = 2 to 1,000', () => {
    for (const ref of reference.uncertainty.exactCoverage) {
      const exact = exactCoverage(ref.n);
      expect(Math.abs(exact.wald - ref.wald)).toBeLessThan(1e-10);
      expect(Math.abs(exact.lr - ref.lr)).toBeLessThan(1e-10);
      expect(Math.abs(exact.t - ref.t)).toBeLessThan(1e-10);
    }
  });
});
