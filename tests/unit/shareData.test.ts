import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dataMessages, parseData } from '../../src/model/parseData';
import {
  decodeSharedData,
  encodeSharedData,
  formatSharedValue,
  MAX_SHARED_DATA_CHARS,
  shareMessages,
} from '../../src/model/shareData';
import { MAX_N } from '../../src/state/url';

const finiteDoubles = (maxLength: number) =>
  fc
    .array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength })
    .filter((values) => values.some((value) => value !== values[0]));

function decodedValues(text: string): Float64Array {
  const decoded = decodeSharedData(text);
  if (!('values' in decoded)) throw new Error(`expected values, got: ${decoded.message}`);
  return decoded.values;
}

describe('encodeSharedData', () => {
  it('joins the shortest exact forms with "_"', () => {
    expect(encodeSharedData([0.5, -0.5, 1e21, 100, 1.5e-7, -0, 123.456, 5e-324])).toBe(
      '.5_-.5_1e21_100_1.5e-7_-0_123.456_5e-324',
    );
  });

  it('formats single values', () => {
    expect(formatSharedValue(0)).toBe('0');
    expect(formatSharedValue(-0)).toBe('-0');
    expect(formatSharedValue(-1.25e-300)).toBe('-1.25e-300');
    expect(formatSharedValue(1.7976931348623157e308)).toBe('1.7976931348623157e308');
  });

  it('returns null when the link would be too long', () => {
    const values = Array.from({ length: 1000 }, (_, index) => Math.PI * (index + 1));
    expect(encodeSharedData(values)).toBeNull();
  });

  it('allows exactly MAX_SHARED_DATA_CHARS characters and not one more', () => {
    // 799 four-digit values and one five-digit value: 799 × 5 + 5 = 4000 characters.
    const values = [...Array.from({ length: 799 }, (_, index) => 1000 + index), 12345];
    expect(encodeSharedData(values)?.length).toBe(MAX_SHARED_DATA_CHARS);
    expect(encodeSharedData([...values.slice(0, -1), 123456])).toBeNull();
  });

  it('returns null for values no link could carry', () => {
    expect(encodeSharedData([])).toBeNull();
    expect(encodeSharedData([1, Number.NaN])).toBeNull();
    expect(encodeSharedData([1, Number.POSITIVE_INFINITY])).toBeNull();
  });

  it('accepts a Float64Array', () => {
    expect(encodeSharedData(new Float64Array([1, 2.5]))).toBe('1_2.5');
  });

  it('uses only characters URLSearchParams leaves alone', () => {
    fc.assert(
      fc.property(finiteDoubles(100), (values) => {
        const encoded = encodeSharedData(values);
        expect(encoded).not.toBeNull();
        expect(encoded).toMatch(/^[0-9.e_-]+$/);
        expect(new URLSearchParams({ data: encoded ?? '' }).toString()).toBe(`data=${encoded}`);
      }),
    );
  });
});

describe('decodeSharedData', () => {
  it('round-trips any finite doubles exactly, the sign of zero included', () => {
    fc.assert(
      fc.property(finiteDoubles(100), (values) => {
        const decoded = decodedValues(encodeSharedData(values) ?? '');
        expect(decoded.length).toBe(values.length);
        values.forEach((value, index) => expect(Object.is(decoded[index], value)).toBe(true));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with parseData on the same numbers', () => {
    fc.assert(
      fc.property(finiteDoubles(50), (values) => {
        const encoded = encodeSharedData(values) ?? '';
        const parsed = parseData(encoded.replaceAll('_', '\n'));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(Array.from(parsed.values)).toEqual(Array.from(decodedValues(encoded)));
      }),
    );
  });

  it('survives a trip through URLSearchParams', () => {
    const encoded = encodeSharedData([0.5, -2, 3e-9]) ?? '';
    const search = `?${new URLSearchParams({ data: encoded }).toString()}`;
    expect(Array.from(decodedValues(new URLSearchParams(search).get('data') ?? ''))).toEqual([0.5, -2, 3e-9]);
  });

  it.each([
    ['an empty value', '', shareMessages.empty],
    ['a lone separator', '_', shareMessages.damaged(1, '')],
    ['a doubled separator', '1__2', shareMessages.damaged(2, '')],
    ['a script tag', '<script>alert(1)</script>', shareMessages.damaged(1, '<script>alert(1)</script>')],
    ['percent-encoding', '%3Cb%3E_1', shareMessages.damaged(1, '%3Cb%3E')],
    ['NaN', '1_NaN', shareMessages.damaged(2, 'NaN')],
    ['Infinity', 'Infinity_1', shareMessages.damaged(1, 'Infinity')],
    ['an overflow', '1_1e400', shareMessages.tooLarge(2, '1e400')],
    ['hex', '0x10_1', shareMessages.damaged(1, '0x10')],
    ['spaces from a "+"', '1 2_3', shareMessages.damaged(1, '1 2')],
    ['commas', '1,2', shareMessages.damaged(1, '1,2')],
    ['an emoji', '😀_1', shareMessages.damaged(1, '😀')],
    ['a lone surrogate', '\uD800_1', shareMessages.damaged(1, '\uD800')],
    ['one value', '5', dataMessages.singleValue(5)],
    ['equal values', '5_5.0_5e0', dataMessages.allEqual(5)],
    ['too many values', `${'1_'.repeat(MAX_N)}2`, dataMessages.tooMany(MAX_N + 1)],
  ])('rejects %s with a message', (_name, text, message) => {
    expect(decodeSharedData(text)).toEqual({ message });
  });

  it('quotes hostile text cut short and as plain characters', () => {
    const decoded = decodeSharedData('<script>alert(document.cookie)</script>_1');
    expect(decoded).toEqual({
      message: expect.stringMatching(/^The data in this link is damaged: item 1, “<script>alert\(docume…”, is not/),
    });
  });

  it('answers 100 KB strings with a message', () => {
    for (const text of ['x'.repeat(100_000), '9'.repeat(100_000), `${'1_'.repeat(50_000)}`, '_'.repeat(100_000)]) {
      const decoded = decodeSharedData(text);
      expect('message' in decoded && decoded.message.length > 0).toBe(true);
    }
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const decoded = decodeSharedData(text);
        if ('values' in decoded) {
          expect(decoded.values.length).toBeGreaterThanOrEqual(2);
          expect(decoded.values.every(Number.isFinite)).toBe(true);
        } else {
          expect(decoded.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on number-like soup', () => {
    const piece = fc.constantFrom('1', '-', '.', 'e', '5', '_', '+', '−', '0', 'E', '9e999');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
        (text) => {
          const decoded = decodeSharedData(text);
          if ('values' in decoded) expect(decoded.values.every(Number.isFinite)).toBe(true);
          else expect(decoded.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
