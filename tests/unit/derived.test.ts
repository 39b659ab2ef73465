import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference.json';
import { clamp, sampleFor, selectSummary, summarise } from '../../src/model/summary';
import { FAMILIES } from '../../src/math/families';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { niceBinWidth, histogram } from '../../src/math/histogram';
import { niceCeil } from '../../src/math/niceNumbers';
import { AXIS_TOPS, densityAxis, xTicksFor } from '../../src/ui/charts/ticks';

/** ℓ at the Normal's sliders, as the widget's readout computes it. */
const readout = (s: ReturnType<typeof useLabStore.getState>) =>
  FAMILIES.normal.logLikelihood(selectSummary(s).familyStats, s.mu, s.sigma);

describe('derived values', () => {
  it('returns the same sample and summary objects for the same dataset (stable selectors)', () => {
    expect(sampleFor(42, 40)).toBe(sampleFor(42, 40));
    expect(summarise(sampleFor(42, 40))).toBe(summarise(sampleFor(42, 40)));
  });

  it.each([
    [42, 40],
    [7, 100],
    [42, 1000],
    [3, 1],
    [11, 2],
    [123, 100000],
  ])('slider ranges hold every value and the MLE (seed %i, n %i)', (seed, n) => {
    const sample = sampleFor(seed, n);
    const { muRange, sigmaRange, normal, min, max } = summarise(sample);
    expect(muRange.min).toBeLessThanOrEqual(min);
    expect(muRange.max).toBeGreaterThanOrEqual(max);
    expect(clamp(normal.mu, muRange)).toBe(normal.mu);
    if (normal.sigma > 0) expect(clamp(normal.sigma, sigmaRange)).toBe(normal.sigma);
    expect(sigmaRange.min).toBeGreaterThan(0);
  });

  it('ℓ from the store matches scipy at μ = 120, σ = 15 and at the maximum', () => {
    const ref = reference.likelihoods[0];
    expect([ref.seed, ref.n]).toEqual([42, 40]);
    useLabStore.getState().replace({ ...DEFAULT_STATE, mu: 120, sigma: 15 });
    expect(readout(useLabStore.getState())).toBeCloseTo(ref.at[0].normalLogLik, 9);
    const { normal, normalMaxLogLik } = summarise(sampleFor(42, 40));
    useLabStore.getState().setParams(normal.mu, normal.sigma);
    expect(readout(useLabStore.getState())).toBeCloseTo(ref.normalLogLikAtMle, 9);
    expect(normalMaxLogLik).toBeCloseTo(ref.normalLogLikAtMle, 9);
    // The speaker notes' rounded figures.
    expect(normal.mu).toBeCloseTo(116.7, 0);
    expect(normal.sigma).toBeCloseTo(14.1, 1);
  });

  it('setParams keeps μ and σ inside the sliders’ ranges, whoever calls it', () => {
    useLabStore.getState().replace({ ...DEFAULT_STATE });
    useLabStore.getState().setParams(1e9, -5);
    const { muRange, sigmaRange } = summarise(sampleFor(42, 40));
    expect(useLabStore.getState().mu).toBe(muRange.max);
    expect(useLabStore.getState().sigma).toBe(sigmaRange.min);
  });

  it('a single song has no maximum: ℓ at the MLE is +∞', () => {
    expect(summarise(sampleFor(3, 1)).normalMaxLogLik).toBe(Infinity);
  });
});

describe('histogram and round numbers', () => {
  it('counts every value once, with densities that integrate to 1', () => {
    const sample = sampleFor(42, 1000);
    const bins = histogram(sample, niceBinWidth(Math.min(...sample), Math.max(...sample), sample.length));
    expect(bins.reduce((t, b) => t + b.count, 0)).toBe(1000);
    expect(bins.reduce((t, b) => t + b.density * (b.end - b.start), 0)).toBeCloseTo(1, 12);
  });

  it.each([
    [0.0539, AXIS_TOPS, 0.06],
    [0.3, undefined, 0.5],
    [13, AXIS_TOPS, 16],
    [9.5, undefined, 10],
    [0.021, undefined, 0.025],
  ])('niceCeil(%d) = %d', (x, steps, expected) => {
    expect(niceCeil(x, steps)).toBe(expected);
  });

  // Axes read at a glance: round ticks a step of 1, 2 or 5 × 10^k apart, ending at or above the top.
  it.each([
    [0.0539, false, [0, 0.02, 0.04, 0.06]],
    [0.027, false, [0, 0.01, 0.02, 0.03]],
    [0.06, false, [0, 0.02, 0.04, 0.06]],
    [1.2, false, [0, 0.5, 1, 1.5]],
    [13, true, [0, 5, 10, 15]],
    [3, true, [0, 1, 2, 3]],
  ])('densityAxis(%d) ticks', (top, integerTicks, expected) => {
    const axis = densityAxis(top, 0, integerTicks);
    expect(axis.ticks).toEqual(expected);
    expect(axis.domain).toEqual([0, expected[expected.length - 1]]);
  });

  it('x ticks are round, about eight on a wide chart and four on a phone', () => {
    expect(xTicksFor([85, 155], 900)).toEqual([90, 100, 110, 120, 130, 140, 150]);
    expect(xTicksFor([85, 155], 340)).toEqual([100, 120, 140]);
    expect(xTicksFor([1, 50], 340)).toEqual([10, 20, 30, 40, 50]);
  });
});
