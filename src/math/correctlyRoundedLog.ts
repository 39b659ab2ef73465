/**
 * The natural logarithm, correctly rounded (to the double nearest the true value).
 *
 * numpy's generator calls the C library's `log`, which on glibc is correctly rounded in
 * all but astronomically rare cases. V8's `Math.log` (an fdlibm port) is only faithful:
 * about one value in a thousand comes out one unit in the last place away, and the normal
 * sample would no longer match numpy bit for bit. So this computes log in double-double
 * arithmetic (about 106 bits) and rounds once at the end.
 *
 * Method: x = 2^k · m with m in [√½, √2), and c = i/64 the nearest sixty-fourth to m;
 * log x = k·ln 2 + ln c + 2·atanh(s), s = (m − c)/(m + c), with ln c from a table
 * (logTable.ts, 60-digit values) and atanh(s) = s · Σ s^(2j) / (2j + 1). |s| < 2^−7.4, so
 * 8 terms reach 2^−106. (Without the table, s reaches 0.172 and the series needs 22 terms:
 * the page draws its tempos as it starts, and that made the draw about four times slower.)
 */
import { FIRST_SIXTY_FOURTH, LN_SIXTY_FOURTHS } from './logTable';

/** A double-double: the unevaluated sum hi + lo with |lo| ≤ ½ ulp(hi). */
type DoubleDouble = [hi: number, lo: number];

/** ln 2 as a double-double (hi = fl(ln 2), lo = ln 2 − hi). */
const LN2: DoubleDouble = [0.6931471805599453, 2.3190468138462996e-17];
const SERIES_TERMS = 8;
const SPLITTER = 134217729; // 2^27 + 1, Dekker's splitting constant

function twoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}

function quickTwoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  return [s, b - (s - a)];
}

/** Exact product a·b as a double-double, by Dekker's split (JavaScript has no fma). */
function twoProduct(a: number, b: number): DoubleDouble {
  const p = a * b;
  const ca = SPLITTER * a;
  const aHi = ca - (ca - a);
  const aLo = a - aHi;
  const cb = SPLITTER * b;
  const bHi = cb - (cb - b);
  const bLo = b - bHi;
  return [p, aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo];
}

function add([aHi, aLo]: DoubleDouble, [bHi, bLo]: DoubleDouble): DoubleDouble {
  const [s, e] = twoSum(aHi, bHi);
  const [t, f] = twoSum(aLo, bLo);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function multiply([aHi, aLo]: DoubleDouble, [bHi, bLo]: DoubleDouble): DoubleDouble {
  const [p, e] = twoProduct(aHi, bHi);
  return quickTwoSum(p, e + (aHi * bLo + aLo * bHi));
}

function divide(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const q1 = a[0] / b[0];
  const r = add(a, multiply(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  const r2 = add(r, multiply(b, [-q2, 0]));
  const q3 = r2[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

/** 1 / (2j + 1) as double-doubles, for the atanh series. */
const ODD_RECIPROCALS: DoubleDouble[] = Array.from({ length: SERIES_TERMS }, (_, j) => divide([1, 0], [2 * j + 1, 0]));

/**
 * Σ s2^j / (2j + 1) for j < SERIES_TERMS by Horner's rule, in double-double: the same steps as
 * `add(multiply(series, s2), ODD_RECIPROCALS[j])`, written out with plain numbers. This loop
 * runs for every tempo drawn, often before the JIT has compiled it, when each helper call
 * and each pair it returns costs far more than the arithmetic.
 */
function atanhSeries([s2Hi, s2Lo]: DoubleDouble): DoubleDouble {
  const s2Split = SPLITTER * s2Hi;
  const s2HiHi = s2Split - (s2Split - s2Hi);
  const s2HiLo = s2Hi - s2HiHi;
  let [hi, lo] = ODD_RECIPROCALS[SERIES_TERMS - 1];
  for (let j = SERIES_TERMS - 2; j >= 0; j--) {
    // (hi, lo) · (s2Hi, s2Lo): twoProduct(hi, s2Hi) and the cross terms, then quickTwoSum.
    const product = hi * s2Hi;
    const split = SPLITTER * hi;
    const hiHi = split - (split - hi);
    const hiLo = hi - hiHi;
    const productError = hiHi * s2HiHi - product + hiHi * s2HiLo + hiLo * s2HiHi + hiLo * s2HiLo;
    const carry = productError + (hi * s2Lo + lo * s2Hi);
    const timesHi = product + carry;
    const timesLo = carry - (timesHi - product);
    // + ODD_RECIPROCALS[j], as add(): twoSum of the highs and of the lows, then two quickTwoSums.
    const [oddHi, oddLo] = ODD_RECIPROCALS[j];
    const sum = timesHi + oddHi;
    const sumV = sum - timesHi;
    const sumError = timesHi - (sum - sumV) + (oddHi - sumV);
    const low = timesLo + oddLo;
    const lowV = low - timesLo;
    const lowError = timesLo - (low - lowV) + (oddLo - lowV);
    const s1 = sum + (sumError + low);
    const e1 = sumError + low - (s1 - sum);
    hi = s1 + (e1 + lowError);
    lo = e1 + lowError - (hi - s1);
  }
  return [hi, lo];
}

const bits = new DataView(new ArrayBuffer(8));

/** x = m · 2^k with m in [1, 2), read from the bits so it is exact for every finite x > 0. */
function splitExponent(x: number): [m: number, k: number] {
  // Subnormals have no implicit leading 1: scale them into the normal range first.
  const scale = x < 2.2250738585072014e-308 ? 54 : 0;
  bits.setFloat64(0, x * 2 ** scale);
  const high = bits.getUint32(0);
  const k = ((high >>> 20) & 0x7ff) - 1023 - scale;
  bits.setUint32(0, (high & 0x800fffff) | (1023 << 20));
  return [bits.getFloat64(0), k];
}

/** log(x) rounded to nearest, for finite x > 0 (NaN, ±∞, 0 and negatives as Math.log). */
export function correctlyRoundedLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  let [m, k] = splitExponent(x);
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  }
  const i = Math.round(m * 64);
  const c = i / 64;
  // m − c is exact (Sterbenz: c/2 ≤ m ≤ 2c); m + c may not be, so keep its rounding error.
  const s = divide([m - c, 0], twoSum(m, c));
  const logMOverC = multiply([2 * s[0], 2 * s[1]], atanhSeries(multiply(s, s)));
  const [lnCHi, lnCLo] = LN_SIXTY_FOURTHS[i - FIRST_SIXTY_FOURTH];
  const [hi, lo] = add(add(multiply(LN2, [k, 0]), [lnCHi, lnCLo]), logMOverC);
  return hi + lo;
}
