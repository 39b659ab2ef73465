/**
 * A learner's own dataset packed into a link, as the value of a `data=` query parameter:
 *
 *   ?data=.5_-1.25_3e-7_1e21_42
 *
 * Values are joined with "_" and each is written in the shortest form that reads back as
 * exactly the same double. The alphabet (digits, ".", "-", "e", "_") is left alone by
 * URLSearchParams, so the link looks the same in the address bar as in the code.
 */
import { MAX_N } from './limits';
import { readNumeral } from '../math/numeral';
import { dataMessages, quoteToken } from './parseData';

/**
 * The longest `data=` value we write. Links longer than about 4–8k characters get cut by
 * chat apps, LMS editors and some servers, and a half link would carry silently wrong data;
 * 4,000 characters still holds a few hundred typical measurements.
 */
export const MAX_SHARED_DATA_CHARS = 4000;

const SEPARATOR = '_';

export const shareMessages = {
  empty: 'The data in this link is empty. Ask for a fresh link, or paste your numbers instead.',
  damaged: (position: number, token: string): string =>
    `The data in this link is damaged: item ${position}, ${quoteToken(token)}, is not a number. The link may have been cut short or changed; ask for a fresh link, or paste your numbers instead.`,
  tooLarge: (position: number, token: string): string =>
    `The data in this link is damaged: item ${position}, ${quoteToken(token)}, is too large to compute with (the largest usable size is about 1.8e308). Ask for a fresh link, or paste your numbers instead.`,
};

/**
 * The shortest text that reads back as exactly `value`. String() already gives the shortest
 * round-tripping digits; we only drop characters a number reader does not need: the "0" of
 * "0.5" and the "+" of "1e+21". Negative zero is written "-0" because String(-0) is "0".
 */
export function formatSharedValue(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const text = String(value).replace('e+', 'e');
  if (text.startsWith('0.')) return text.slice(1);
  if (text.startsWith('-0.')) return `-${text.slice(2)}`;
  return text;
}

/**
 * The `data=` value for these values, or null when they cannot be shared in a link: the
 * text would exceed MAX_SHARED_DATA_CHARS, or there is nothing or a non-finite value to
 * write (which no reader could accept). Statistical checks (two different values…) are
 * left to decodeSharedData, which any link must pass anyway.
 */
export function encodeSharedData(values: ArrayLike<number>): string | null {
  if (values.length === 0) return null;
  const parts: string[] = [];
  let length = -SEPARATOR.length;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!Number.isFinite(value)) return null;
    const part = formatSharedValue(value);
    length += part.length + SEPARATOR.length;
    // Stop early: a 100,000-value dataset need not be formatted to learn it is too long.
    if (length > MAX_SHARED_DATA_CHARS) return null;
    parts.push(part);
  }
  return parts.join(SEPARATOR);
}

/**
 * Reads a `data=` value back. Links arrive from anywhere, so it validates as strictly as
 * parseData does (finite numbers, at least two of them, not all equal, at most MAX_N) and
 * returns a message instead of throwing.
 */
export function decodeSharedData(text: string): { values: Float64Array } | { message: string } {
  if (typeof text !== 'string' || text === '') return { message: shareMessages.empty };
  // Count before splitting, so a hostile megabyte of "_" never becomes a huge array.
  let count = 1;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 0x5f) count++;
  if (count > MAX_N) return { message: dataMessages.tooMany(count) };

  const parts = text.split(SEPARATOR);
  const values = new Float64Array(parts.length);
  for (let index = 0; index < parts.length; index++) {
    const value = readNumeral(parts[index]);
    if (value === null) return { message: shareMessages.damaged(index + 1, parts[index]) };
    if (!Number.isFinite(value)) return { message: shareMessages.tooLarge(index + 1, parts[index]) };
    values[index] = value;
  }
  if (values.length === 1) return { message: dataMessages.singleValue(values[0]) };
  const first = values[0];
  if (values.every((value) => value === first)) return { message: dataMessages.allEqual(first) };
  return { values };
}
