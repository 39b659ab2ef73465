import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import reference from '../fixtures/reference.json';
import { Mt19937, NumpyRandomState, numpyNormalSample } from '../../src/math/rng';

describe('Mt19937 seeded as numpy seeds an integer', () => {
  it.each(reference.raw)('matches numpy raw outputs for seed $seed', ({ seed, uint32, doubles }) => {
    const bits = new Mt19937(seed);
    expect(uint32.map(() => bits.nextUint32())).toEqual(uint32);
    const again = new Mt19937(seed);
    expect(doubles.map(() => again.nextDouble())).toEqual(doubles);
  });

  it.each([-1, 2 ** 32, 1.5, Number.NaN])('refuses the seed %s that numpy refuses', (seed) => {
    expect(() => new Mt19937(seed)).toThrow(RangeError);
  });
});

describe('numpyNormalSample', () => {
  it.each(reference.generator.map((g) => [g.seed, g.n, g.loc, g.scale, g.values] as const))(
    'equals np.random.normal bit for bit (seed %i, n %i, loc %d, scale %d)',
    (seed, n, loc, scale, values) => {
      expect(Array.from(numpyNormalSample(seed, n, loc, scale))).toEqual(values);
    },
  );

  it('reproduces the speaker notes’ first tempo exactly, as text', () => {
    expect(String(numpyNormalSample(42, 1, 120, 15)[0])).toBe('127.45071229516849');
  });

  it('is a prefix stream: the first n values do not depend on how many are drawn', () => {
    const long = numpyNormalSample(42, 1000, 120, 15);
    expect(Array.from(numpyNormalSample(42, 41, 120, 15))).toEqual(Array.from(long.subarray(0, 41)));
  });

  it('caches the second value of each polar pair, like numpy', () => {
    const random = new NumpyRandomState(0);
    const [a, b] = [random.standardNormal(), random.standardNormal()];
    expect(a).not.toBe(b);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
  });
});

describe('large samples', () => {
  const digestOf = (values: Float64Array) =>
    // Float64Array uses the platform's byte order; every platform Node runs on is little-endian.
    createHash('sha256').update(new Uint8Array(values.buffer)).digest('hex');

  it.each(reference.digests)(
    'seed $seed, n = $n: equal to numpy’s values except where glibc’s log is not correctly rounded',
    ({ seed, n, sha256, glibcNotCorrectlyRounded }) => {
      const values = numpyNormalSample(seed, n, 120, 15);
      for (const { index, value } of glibcNotCorrectlyRounded) {
        // An ulp of log(r²) moves the value by at most a few ulps of the value.
        expect(Math.abs(values[index] - value)).toBeLessThanOrEqual(4 * Number.EPSILON * value);
        values[index] = value;
      }
      expect(digestOf(values)).toBe(sha256);
    },
  );

  it('differs from numpy in fewer than 3 values in 100,000 over the reference seeds', () => {
    const differing = reference.digests.reduce((total, d) => total + d.glibcNotCorrectlyRounded.length, 0);
    const drawn = reference.digests.reduce((total, d) => total + d.n, 0);
    expect(differing / drawn).toBeLessThan(3e-5);
  });
});
