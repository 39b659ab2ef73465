/**
 * The one number reader of the app. Every number a reader or a link gives us goes through
 * it: URL parameters, the number boxes beside sliders, answers to checks, pasted data and
 * shared `data=` links. It reads each character once (no regular expression, which could
 * backtrack quadratically on a long run of digits that ends in a letter), so a hostile
 * megabyte of digits is read in milliseconds.
 */

const PLUS = 0x2b;
const HYPHEN_MINUS = 0x2d;
const UNICODE_MINUS = 0x2212;
const DOT = 0x2e;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** +, - and the typographic minus − (which word processors and some locales write). */
function isSign(code: number): boolean {
  return code === PLUS || code === HYPHEN_MINUS || code === UNICODE_MINUS;
}

/** Powers of ten that doubles hold exactly (5^22 < 2^53), for the fast path below. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power);
/** Digits that always fit exactly in a double's 53-bit significand. */
const FAST_PATH_MAX_DIGITS = 15;

/**
 * Reads a strict decimal numeral: the whole token, with an optional sign, digits with an
 * optional decimal point, and an optional exponent (1e3, 2.5E-4). No surrounding spaces, no
 * hex, no "Infinity", no "12abc". Returns null when the token is not a numeral, and ±Infinity
 * when it is one too large for a double, so callers can tell "not a number" from "overflows".
 *
 * Numerals of at most 15 digits and a small exponent are converted during the scan
 * (Clinger's fast path: an exact integer times or divided by an exact power of ten is one
 * correctly rounded operation, so the result is the same double Number() gives); the rest
 * go to Number(), which is linear in the length of a numeral already known to be valid.
 */
export function readNumeral(token: string): number | null {
  const length = token.length;
  let index = 0;
  let negative = false;
  let hasUnicodeMinus = false;
  let code = token.charCodeAt(0);
  if (isSign(code)) {
    negative = code !== PLUS;
    hasUnicodeMinus = code === UNICODE_MINUS;
    index++;
  }
  let significand = 0;
  let digitCount = 0;
  let fractionDigits = 0;
  while (index < length && isDigit((code = token.charCodeAt(index)))) {
    significand = significand * 10 + (code - 48);
    digitCount++;
    index++;
  }
  if (index < length && token.charCodeAt(index) === DOT) {
    index++;
    while (index < length && isDigit((code = token.charCodeAt(index)))) {
      significand = significand * 10 + (code - 48);
      digitCount++;
      fractionDigits++;
      index++;
    }
  }
  if (digitCount === 0) return null;
  let exponent = 0;
  code = token.charCodeAt(index);
  if (index < length && (code === LOWER_E || code === UPPER_E)) {
    index++;
    code = token.charCodeAt(index);
    let exponentNegative = false;
    if (isSign(code)) {
      exponentNegative = code !== PLUS;
      hasUnicodeMinus ||= code === UNICODE_MINUS;
      index++;
    }
    const exponentStart = index;
    while (index < length && isDigit((code = token.charCodeAt(index)))) {
      // Capped: only whether the exponent is small matters for the fast path.
      if (exponent < 1000) exponent = exponent * 10 + (code - 48);
      index++;
    }
    if (index === exponentStart) return null;
    if (exponentNegative) exponent = -exponent;
  }
  if (index !== length) return null;
  const scale = exponent - fractionDigits;
  if (digitCount <= FAST_PATH_MAX_DIGITS && scale >= -22 && scale <= 22) {
    const magnitude = scale < 0 ? significand / EXACT_POWERS_OF_TEN[-scale] : significand * EXACT_POWERS_OF_TEN[scale];
    return negative ? -magnitude : magnitude;
  }
  return Number(hasUnicodeMinus ? token.replace(/\u2212/g, '-') : token);
}

/**
 * A number typed or linked by a reader: a numeral (see readNumeral) with any surrounding
 * spaces, that a double can hold. Null for anything else, including an empty box.
 */
export function readFiniteNumber(text: string): number | null {
  const value = readNumeral(text.trim());
  return value !== null && Number.isFinite(value) ? value : null;
}
