import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference.json';
import { EXAMPLE_DATASETS } from '../../src/model/examples';
import {
  FAMILIES,
  familyStats,
  logNormalLogPdf,
  logNormalPdf,
  sumOfAbsoluteDeviations,
  type FamilyId,
} from '../../src/math/families';
import { compensatedSum } from '../../src/math/summation';
import { familyLogLikelihoodTex } from '../../src/features/widget/widgetMath';
import { summarise } from '../../src/model/summary';
import { texNumber } from '../../src/model/format';

/** The reference ℓ: a log-density summed point by point. */
const logLikelihood = (values: Float64Array, logPdf: (x: number) => number) => compensatedSum(values, logPdf);

/** |actual − expected| ≤ tolerance · |expected| (relative error). */
function expectRelative(actual: number, expected: number, tolerance = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('log-normal density matches scipy.stats.lognorm', () => {
  it.each(reference.families.logNormalDensities)('at x = $x, μ = $mu, σ = $sigma', (d) => {
    expectRelative(logNormalPdf(d.x, d.mu, d.sigma), d.pdf, 1e-12);
    expectRelative(logNormalLogPdf(d.x, d.mu, d.sigma), d.logPdf, 1e-12);
  });

  it('is zero, with log-density −∞, at and below 0', () => {
    expect(logNormalPdf(0, 0, 1)).toBe(0);
    expect(logNormalPdf(-2, 0, 1)).toBe(0);
    expect(logNormalLogPdf(0, 0, 1)).toBe(-Infinity);
  });
});

const FAMILY_IDS: FamilyId[] = ['normal', 'laplace', 'lognormal'];

describe.each(reference.families.datasets)('$label', (ref) => {
  const values = Float64Array.from(ref.values);
  const stats = familyStats(values);

  it.each(FAMILY_IDS)('%s: MLE and ℓ at the maximum match scipy’s fit', (id) => {
    const family = FAMILIES[id];
    const expected = ref[id];
    if (expected === null) {
      expect(family.applies(stats)).toBe(false);
      return;
    }
    expect(family.applies(stats)).toBe(true);
    const [a, b] = family.mle(stats);
    expectRelative(a, expected.mle[0]);
    expectRelative(b, expected.mle[1], 1e-6);
    expectRelative(family.logLikelihood(stats, a, b), expected.maxLogLik);
  });

  it.each(FAMILY_IDS)('%s: ℓ from the summary equals scipy’s sum of log-densities, and the pointwise sum', (id) => {
    const family = FAMILIES[id];
    for (const row of ref.at as {
      a: number;
      b: number;
      normal: number;
      laplace: number;
      lognormal?: number;
      lognormalAt?: number[];
    }[]) {
      const [a, b] = id === 'lognormal' ? (row.lognormalAt ?? [NaN, NaN]) : [row.a, row.b];
      const expected = row[id];
      if (expected === undefined) continue;
      expectRelative(family.logLikelihood(stats, a, b), expected);
      expectRelative(
        logLikelihood(values, (x) => family.logPdf(x, a, b)),
        expected,
      );
    }
  });

  // A Laplace location anywhere between the two middle values of an even-sized sample is a
  // maximum (ℓ is flat there), so a nudge of the location may leave ℓ unchanged.
  it('the MLE is a maximum: nudging either parameter never raises ℓ, and the scale lowers it', () => {
    for (const id of FAMILY_IDS) {
      const family = FAMILIES[id];
      if (!family.applies(stats)) continue;
      const [a, b] = family.mle(stats);
      const best = family.logLikelihood(stats, a, b);
      for (const da of [0.01 * b, -0.01 * b]) expect(family.logLikelihood(stats, a + da, b)).toBeLessThanOrEqual(best);
      for (const db of [0.01 * b, -0.01 * b]) expect(family.logLikelihood(stats, a, b + db)).toBeLessThan(best);
    }
  });
});

// One formula per family (FAMILIES[id].terms): the widget's ℓ readout is its total, the
// formula with numbers prints its terms, and the summary's fit (the maximum the widget jumps
// to, the reveal, the tables) is the same total at the MLE: all three agree to the last digit.
describe.each(reference.families.datasets)('$label: readout, formula and fit agree', (ref) => {
  const values = Float64Array.from(ref.values);
  const summary = summarise(values);
  const stats = summary.familyStats;

  it.each(FAMILY_IDS)('%s', (id) => {
    const family = FAMILIES[id];
    const fit = summary.fits[id];
    if (ref[id] === null) return expect(fit).toBeNull();
    const [a, b] = fit!.mle;
    expect(fit!.maxLogLik).toBe(family.logLikelihood(stats, a, b));
    expectRelative(fit!.maxLogLik, ref[id]!.maxLogLik);
    for (const [pa, pb] of [
      [a, b],
      [a + 0.3 * b, 1.4 * b],
      [a - b, 0.5 * b],
    ]) {
      const readout = family.logLikelihood(stats, pa, pb);
      const terms = family.terms(stats, pa, pb);
      expect(terms.total).toBe(readout);
      // The terms the formula prints add up to the readout, to the last digit.
      expect(terms.constant + terms.spread - terms.misfitSum / terms.misfitScale).toBe(readout);
      expectRelative(
        readout,
        logLikelihood(values, (x) => family.logPdf(x, pa, pb)),
        1e-9,
      );
      const [, shown, total] = familyLogLikelihoodTex(id, stats.n, pa, pb, terms).split('\\\\');
      expect(total).toContain(`&= ${texNumber(readout)}`);
      expect(shown).toContain(`\\tfrac{${texNumber(terms.misfitSum)}}{${texNumber(terms.misfitScale)}}`);
      expect(shown).toContain(texNumber(terms.spread).replace('-', ''));
    }
  });
});

describe('Σ|xᵢ − m| from sorted prefix sums', () => {
  const values = Float64Array.from([5, -1, 3, 3, 10, 0.5]);
  const stats = familyStats(values);
  it.each([-5, -1, 0, 0.5, 3, 4, 10, 12])('at m = %d equals the direct sum', (m) => {
    const direct = values.reduce((sum, x) => sum + Math.abs(x - m), 0);
    expect(sumOfAbsoluteDeviations(stats, m)).toBeCloseTo(direct, 12);
  });
});

describe('peak densities', () => {
  it.each([
    ['normal', 120, 15],
    ['laplace', 120, 12],
    ['lognormal', 5.8, 0.4],
  ] as const)('%s(%d, %d): no point of the curve is above the peak, and the peak is reached', (id, a, b) => {
    const family = FAMILIES[id];
    const peak = family.peakDensity(a, b);
    let highest = 0;
    const centre = id === 'lognormal' ? Math.exp(a - b * b) : a;
    for (let i = -2000; i <= 2000; i++)
      highest = Math.max(highest, family.pdf(centre + (i / 1000) * centre * 0.01, a, b));
    expect(highest).toBeLessThanOrEqual(peak * (1 + 1e-12));
    expectRelative(highest, peak, 1e-6);
  });
});

describe('example datasets', () => {
  it.each(EXAMPLE_DATASETS.map((d) => [d.id, d] as const))('%s equals scripts/example_datasets.py exactly', (id, d) => {
    const expected = (reference.families.examples as Record<string, number[]>)[id];
    expect(Array.from(d.values())).toEqual(expected);
  });
});
