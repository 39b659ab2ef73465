import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference.json';
import { correctlyRoundedLog } from '../../src/math/correctlyRoundedLog';

describe('correctlyRoundedLog', () => {
  const { x, correctlyRounded, glibc } = reference.logs;

  it(`is the double nearest to ln x on ${x.length} inputs (50-digit reference)`, () => {
    const wrong = x.filter((v, i) => correctlyRoundedLog(v) !== correctlyRounded[i]);
    expect(wrong).toEqual([]);
    // Why this file exists: neither V8's Math.log nor glibc's log() is correctly rounded.
    expect(x.some((v, i) => Math.log(v) !== correctlyRounded[i])).toBe(true);
    expect(glibc.some((g, i) => g !== correctlyRounded[i])).toBe(true);
  });

  it('handles the special values as Math.log does', () => {
    expect(correctlyRoundedLog(0)).toBe(-Infinity);
    expect(correctlyRoundedLog(-1)).toBeNaN();
    expect(correctlyRoundedLog(Number.NaN)).toBeNaN();
    expect(correctlyRoundedLog(Infinity)).toBe(Infinity);
    expect(correctlyRoundedLog(1)).toBe(0);
    expect(correctlyRoundedLog(Number.MAX_VALUE)).toBe(709.782712893384);
    expect(correctlyRoundedLog(Number.MIN_VALUE)).toBe(-744.4400719213812);
  });
});
