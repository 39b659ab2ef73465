import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSharedData } from '../../src/model/shareData';
import { parseData } from '../../src/model/parseData';
import { readFiniteNumber, readNumeral } from '../../src/math/numeral';
import { DEFAULT_STATE } from '../../src/state/store';
import { parseUrl } from '../../src/state/url';

describe('readNumeral', () => {
  it('converts numerals to exactly the double Number() gives', () => {
    const digits = (maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength });
    const numeral = fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        digits(20),
        fc.option(digits(20), { nil: undefined }),
        fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
      )
      .filter(([, whole, fraction]) => (whole + (fraction ?? '')).length > 0)
      .map(
        ([sign, whole, fraction, exponent]) =>
          `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
      );
    fc.assert(
      fc.property(numeral, (text) => {
        expect(Object.is(readNumeral(text), Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(readNumeral('−2.5e−1')).toBe(-0.25);
    for (const text of ['', '+', '-', '.', 'e5', '1e', '1e+', '0x10', '1.2.3', ' 1', '1 ', 'Infinity', '1_000']) {
      expect(readNumeral(text)).toBeNull();
    }
  });
});

describe('readFiniteNumber', () => {
  it.each([
    ['12.5', 12.5],
    ['  -3e2 ', -300],
    ['\t.5\n', 0.5],
    ['1.', 1],
    ['−4', -4],
    ['', null],
    ['   ', null],
    ['1e999', null],
    ['-1e999', null],
    ['Infinity', null],
    ['0x1A', null],
    ['12abc', null],
    ['1 2', null],
  ])('%j reads as %s', (text, expected) => {
    expect(readFiniteNumber(text)).toBe(expected);
  });
});

/**
 * Texts built to make a backtracking pattern such as /^\d+\.?\d*(e\d+)?$/ try every split of
 * a long run of digits before it fails on the last character: quadratic or worse.
 */
const MILLION = 1_000_000;
const hostileNumerals = [
  `${'9'.repeat(MILLION - 1)}x`,
  `${'1'.repeat(MILLION / 2)}.${'2'.repeat(MILLION / 2 - 2)}a`,
  `1e${'0'.repeat(MILLION - 3)}-`,
  `${'.'.repeat(MILLION)}`,
  `-${'7'.repeat(MILLION - 2)}e`,
];

/** The time `read` takes over every hostile text, in ms: the fastest of three runs. */
function timeOver(read: (text: string) => unknown): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    for (const text of hostileNumerals) read(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('hostile numerals are read in linear time', () => {
  // The old quadratic reader took 4 s at 40,000 characters: over half an hour for these five
  // million. A linear one takes 20 ms for the number reader and about 50 ms for a whole URL
  // or paste on an idle 2-core machine, and twice that while builds run beside the tests
  // (CI does): the bound of a second cannot be met by anything but a linear reader, and a
  // busy machine does not make it fail.
  const BOUND_MS = 1000;

  it('the number reader rejects a million characters of each in linear time', () => {
    for (const text of hostileNumerals) expect(readFiniteNumber(text)).toBeNull();
    expect(timeOver(readFiniteNumber)).toBeLessThan(BOUND_MS);
  });

  it('so do the URL parameters, shared data links and pasted data', () => {
    expect(parseUrl(`?mu=${hostileNumerals[0]}`).state.mu).toBe(DEFAULT_STATE.mu);
    expect(timeOver((text) => parseUrl(`?mu=${text}`))).toBeLessThan(BOUND_MS);
    expect('message' in decodeSharedData(hostileNumerals[0])).toBe(true);
    expect(timeOver(decodeSharedData)).toBeLessThan(BOUND_MS);
    expect(parseData(hostileNumerals[0]).ok).toBe(false);
    expect(timeOver((text) => parseData(`1\n2\n${text}`))).toBeLessThan(BOUND_MS);
  });
});
