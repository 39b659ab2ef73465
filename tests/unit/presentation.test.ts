import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { FORESHADOW_TEX } from '../../src/chapters/assumption/Assumption';
import { PRODUCT_TEX, SUM_TEX } from '../../src/chapters/likelihood/Likelihood';
import {
  FAMILY_LOG_LIKELIHOOD_TEX,
  displayedPoints,
  familyLogLikelihoodTex,
  lowestLogDensities,
  nearestPoint,
} from '../../src/features/widget/widgetMath';
import { tempoCsv } from '../../src/features/dataset/tempoCsv';
import { densityColour, densityStrokeWidth } from '../../src/ui/densityColour';
import { formatNumber, formatSmall } from '../../src/model/format';
import { FAMILIES, familyStats } from '../../src/math/families';
import { numpyNormalSample } from '../../src/math/rng';
import reference from '../fixtures/reference.json';

const parses = (tex: string) => () => katex.renderToString(tex, { throwOnError: true, displayMode: true });

describe('TeX strings', () => {
  it.each([
    ['foreshadow', FORESHADOW_TEX],
    ['product', PRODUCT_TEX],
    ['sum', SUM_TEX],
    ['Normal log-likelihood', FAMILY_LOG_LIKELIHOOD_TEX.normal],
    ['Laplace log-likelihood', FAMILY_LOG_LIKELIHOOD_TEX.laplace],
    ['log-normal log-likelihood', FAMILY_LOG_LIKELIHOOD_TEX.lognormal],
  ])('%s parses', (_, tex) => {
    expect(parses(tex)).not.toThrow();
  });

  it.each([
    [40, 100, 8],
    [1, 120, 0.5],
    [100000, 116.7, 14.14],
    [40, -3.5, 1000],
  ])('the live ℓ formula parses and shows the numbers (n %i, μ %d, σ %d)', (n, mu, sigma) => {
    const stats = familyStats(numpyNormalSample(42, n, 120, 15));
    for (const id of ['normal', 'laplace', 'lognormal'] as const) {
      const terms = FAMILIES[id].terms(stats, id === 'lognormal' ? Math.log(Math.abs(mu)) : mu, sigma);
      const tex = familyLogLikelihoodTex(id, n, mu, sigma, terms);
      expect(parses(tex)).not.toThrow();
      expect(tex).toContain(formatNumber(terms.total).replace('−', '-'));
    }
  });
});

describe('CSV', () => {
  it('has the contract header and numpy’s values as shortest round-trip text', () => {
    const values = reference.generator.find((g) => g.seed === 42 && g.n === 40)!.values;
    const csv = tempoCsv(numpyNormalSample(42, 40, 120, 15));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('song,tempo_bpm');
    expect(lines[1]).toBe('1,127.45071229516849');
    expect(lines.slice(1).map((l) => Number(l.split(',')[1]))).toEqual(values);
    expect(lines).toHaveLength(41);
  });
});

describe('formatting', () => {
  it('uses a real minus and never shows −0.00', () => {
    expect(formatNumber(-165.4249)).toBe('−165.42');
    expect(formatNumber(-0.001)).toBe('0.00');
    expect(formatSmall(0.026597)).toBe('0.0266');
    expect(formatSmall(3.1e-12)).toBe('3.10 × 10⁻¹²');
  });
});

describe('density colours', () => {
  it('runs from the low colour to the high one, with widths as a second cue', () => {
    expect(densityColour(0, 'red-green', false)).toBe('rgb(198, 40, 40)');
    expect(densityColour(1, 'red-green', false)).toBe('rgb(21, 128, 61)');
    expect(densityColour(5, 'red-green', false)).toBe(densityColour(1, 'red-green', false));
    expect(densityColour(Number.NaN, 'colour-blind-safe', true)).toBe(densityColour(0, 'colour-blind-safe', true));
    expect(densityStrokeWidth(1)).toBeGreaterThan(densityStrokeWidth(0));
  });
});

describe('displayed points', () => {
  it('keeps every point up to the limit, sorted, with song numbers', () => {
    const points = displayedPoints([3, 1, 2], 10);
    expect(points).toEqual([
      { x: 1, song: 2 },
      { x: 2, song: 3 },
      { x: 3, song: 1 },
    ]);
    expect(nearestPoint(points, 2.4)).toBe(1);
    expect(nearestPoint(points, -10)).toBe(0);
    expect(nearestPoint(points, 10)).toBe(2);
  });

  it('summarises large samples by evenly spaced order statistics, keeping both extremes', () => {
    const sample = numpyNormalSample(1, 5000, 120, 15);
    const points = displayedPoints(sample, 1000);
    expect(points).toHaveLength(1000);
    expect(points[0].x).toBe(Math.min(...sample));
    expect(points[999].x).toBe(Math.max(...sample));
  });
});

describe('lowestLogDensities', () => {
  it('gives the same points as sorting them all, earlier points first among equals', () => {
    const sample = numpyNormalSample(7, 300, 120, 15);
    const points = displayedPoints(sample, 200);
    const logPdf = (x: number) => FAMILIES.normal.logPdf(x, 118, 9);
    const bySorting = points
      .map((p) => ({ ...p, logDensity: logPdf(p.x) }))
      .sort((p, q) => p.logDensity - q.logDensity)
      .slice(0, 3);
    expect(lowestLogDensities(points, logPdf, 3)).toEqual(bySorting);
    const ties = [1, 5, 5, 5, 2].map((x, i) => ({ x, song: i + 1 }));
    expect(lowestLogDensities(ties, (x) => -x, 2).map((p) => p.song)).toEqual([2, 3]);
    expect(lowestLogDensities(ties.slice(0, 2), (x) => -x, 3).map((p) => p.song)).toEqual([2, 1]);
  });
});
