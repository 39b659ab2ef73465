import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference.json';
import {
  leastAbsoluteDeviationsLine,
  leastSquares,
  logistic,
  logisticMeanNll,
  logisticNll,
  logisticRegression,
  weightedMedian,
  predict,
  residuals,
  sumOfAbsolutes,
  sumOfSquares,
} from '../../src/math/regression';
import { songCatalogue, viralCount, CENTRE, type NoiseKind } from '../../src/math/songCatalogue';
import { numpyNormalSample } from '../../src/math/rng';

/** The catalogue's three popularity columns, as scripts/song_catalogue.py names them. */
const NOISE_KINDS: NoiseKind[] = ['normal', 'laplace', 'viral'];

/** Every coefficient within `tolerance` relative (absolute below 1). */
function expectClose(actual: number[], expected: number[], tolerance = 1e-6) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) =>
    expect(Math.abs(a - expected[i])).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected[i]))),
  );
}

const centred = (values: Float64Array, centre: number) => values.map((v) => v - centre);

describe.each(reference.catalogues)('song catalogue, seed $seed, n = $n', (fixture) => {
  const songs = songCatalogue(fixture.seed, fixture.n);
  const tempo = centred(songs.tempo, CENTRE.tempo);
  const features = [tempo, centred(songs.duration, CENTRE.duration), centred(songs.loudness, CENTRE.loudness)];
  const hit = Float64Array.from(fixture.hit);

  it('is exactly the committed numpy script’s data', () => {
    expect(Array.from(songs.tempo)).toEqual(fixture.tempo);
    expect(Array.from(songs.duration)).toEqual(fixture.duration);
    expect(Array.from(songs.loudness)).toEqual(fixture.loudness);
    for (const kind of NOISE_KINDS) expect(Array.from(songs.popularity[kind])).toEqual(fixture.popularity[kind]);
    expect(Array.from(songs.hit)).toEqual(fixture.hit);
  });

  it('starts with the earlier chapters’ tempos', () => {
    expect(Array.from(songs.tempo)).toEqual(Array.from(numpyNormalSample(fixture.seed, fixture.n, 120, 15)));
  });

  it('makes a few songs viral, and only those differ from the Normal-noise popularity', () => {
    expect(songs.viral).toHaveLength(viralCount(fixture.n));
    const differ = songs.popularity.viral
      .map((v, i) => (v !== songs.popularity.normal[i] ? i : -1))
      .filter((i) => i >= 0);
    expect(differ.every((i) => songs.viral.includes(i))).toBe(true);
  });

  it.each(NOISE_KINDS)('least squares matches numpy.linalg.lstsq (%s noise)', (kind) => {
    const y = songs.popularity[kind];
    expectClose(leastSquares([tempo], y), fixture.leastSquaresTempo[kind]);
    expectClose(leastSquares(features, y), fixture.leastSquaresAll[kind]);
  });

  it.each(NOISE_KINDS)('least absolute deviations matches scipy.optimize.linprog (%s noise)', (kind) => {
    const y = songs.popularity[kind];
    const line = leastAbsoluteDeviationsLine(tempo, y);
    const expected = fixture.ladTempo[kind];
    expectClose([line.intercept, line.slope], expected.coefficients);
    const total = sumOfAbsolutes(residuals([line.intercept, line.slope], [tempo], y));
    expect(Math.abs(total - expected.sumOfAbsolutes)).toBeLessThan(1e-9 * expected.sumOfAbsolutes);
  });

  it('logistic regression matches scipy.optimize (Bernoulli likelihood), one feature and three', () => {
    const one = logisticRegression([tempo], hit);
    expect(one.converged).toBe(true);
    expectClose(one.coefficients, fixture.logisticTempo.coefficients);
    expect(logisticMeanNll(predict(one.coefficients, [tempo]), hit)).toBeCloseTo(fixture.logisticTempo.meanNll, 12);
    const all = logisticRegression(features, hit);
    expectClose(all.coefficients, fixture.logisticAll.coefficients);
    expect(logisticMeanNll(predict(all.coefficients, features), hit)).toBeCloseTo(fixture.logisticAll.meanNll, 12);
    // One song's loss, as the classification table lists it: its mean is scipy's mean NLL.
    const logOdds = predict(one.coefficients, [tempo]);
    const mean = Array.from(logOdds, (z, i) => logisticNll(z, hit[i])).reduce((a, b) => a + b, 0) / hit.length;
    expect(mean).toBeCloseTo(fixture.logisticTempo.meanNll, 12);
  });
});

describe('regression edge cases', () => {
  const x = Float64Array.from([1, 2, 3, 4, 5]);

  it('least squares recovers an exact line and refuses too few points', () => {
    const y = x.map((v) => 3 - 2 * v);
    expectClose(leastSquares([x], y), [3, -2], 1e-12);
    expect(sumOfSquares(residuals([3, -2], [x], y))).toBe(0);
    expect(() => leastSquares([x.subarray(0, 1)], y.subarray(0, 1))).toThrow(RangeError);
    expect(() => leastSquares([Float64Array.from([2, 2, 2])], Float64Array.from([1, 2, 3]))).toThrow(/collinear/);
  });

  it('least absolute deviations ignores one wild point that least squares chases', () => {
    const y = x.map((v) => 1 + v);
    y[4] = 100;
    const lad = leastAbsoluteDeviationsLine(x, y);
    expectClose([lad.intercept, lad.slope], [1, 1], 1e-12);
    const ls = leastSquares([x], y);
    expect(ls[1]).toBeGreaterThan(10);
    expect(() => leastAbsoluteDeviationsLine(Float64Array.from([3, 3]), Float64Array.from([1, 2]))).toThrow();
  });

  it('reports separable classes instead of returning a fit', () => {
    const labels = x.map((v) => (v > 2.5 ? 1 : 0));
    expect(logisticRegression([x], labels).converged).toBe(false);
  });

  it('logistic never overflows and BCE stays finite for extreme log-odds', () => {
    expect(logistic(800)).toBe(1);
    expect(logistic(-800)).toBe(0);
    expect(logistic(0)).toBe(0.5);
    expect(logisticMeanNll(Float64Array.from([800, -800]), Float64Array.from([1, 0]))).toBe(0);
    expect(logisticMeanNll(Float64Array.from([-800]), Float64Array.from([1]))).toBe(800);
  });
});

describe('weightedMedian', () => {
  /** The first index, in sorted order, at which the running weight reaches half: the definition. */
  function bySorting(values: Float64Array, weights: Float64Array) {
    const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
    const half = weights.reduce((a, b) => a + b, 0) / 2;
    let running = 0;
    for (const i of order) if ((running += weights[i]) >= half) return values[i];
    return values[order[order.length - 1]];
  }

  it('agrees with the sorting definition on random data, ties included', () => {
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 300; trial++) {
      const m = 1 + Math.floor(random() * 60);
      const values = Float64Array.from({ length: m }, () => Math.floor(random() * (trial % 2 ? 8 : 1000)));
      const weights = Float64Array.from({ length: m }, () => random() * 5);
      expect(values[weightedMedian(values, weights, m)]).toBe(bySorting(values, weights));
    }
  });
});

describe('least absolute deviations from a starting guess', () => {
  it.each(reference.catalogues)('reaches the same optimum from any start (seed $seed, n = $n)', (fixture) => {
    const songs = songCatalogue(fixture.seed, fixture.n);
    const tempo = centred(songs.tempo, CENTRE.tempo);
    for (const kind of NOISE_KINDS) {
      const expected = fixture.ladTempo[kind].coefficients;
      for (const start of [
        { intercept: 0, slope: 0 },
        { intercept: 100, slope: -1 },
      ]) {
        const line = leastAbsoluteDeviationsLine(tempo, songs.popularity[kind], start);
        expectClose([line.intercept, line.slope], expected);
      }
    }
  });
});

describe('the fits of mse-vs-mae during a drag', () => {
  it('keep the fits without the moved song, and the settled ones, while each step adds a new one', async () => {
    const { robustFitsFor } = await import('../../src/chapters/residuals/fits');
    const { selectCatalogue } = await import('../../src/model/catalogue');
    const catalogue = selectCatalogue({ seed: 42, n: 40 });
    const unmoved = robustFitsFor(catalogue, 'normal', null);
    const settled = robustFitsFor(catalogue, 'normal', { song: 3, popularity: 80 });
    for (let step = 0; step < 10; step++) {
      // As MseVsMae renders at each step: this step's fit, the unmoved fit and the settled one.
      robustFitsFor(catalogue, 'normal', { song: 3, popularity: 81 + step });
      expect(robustFitsFor(catalogue, 'normal', null)).toBe(unmoved);
      expect(robustFitsFor(catalogue, 'normal', { song: 3, popularity: 80 })).toBe(settled);
    }
  });
});
