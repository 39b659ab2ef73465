/** Typographic minus, so negative numbers read as numbers, not hyphenated words. */
const MINUS = '\u2212';

/** A number with fixed decimals and a proper minus sign: −165.42. */
export function formatNumber(x: number, decimals = 2): string {
  if (Number.isNaN(x)) return 'undefined';
  if (x === Infinity) return '+∞';
  if (x === -Infinity) return `${MINUS}∞`;
  const text = x.toFixed(decimals);
  // toFixed keeps the sign of a negative value that rounds to zero ("-0.00").
  return Number(text) === 0 ? text.replace('-', '') : text.replace('-', MINUS);
}

/** A density or other small positive quantity: 0.0266, 3.1 × 10⁻⁵. */
export function formatSmall(x: number, significant = 3): string {
  if (x === 0) return '0';
  if (Math.abs(x) >= 1e-3) return formatNumber(x, Math.max(0, significant - 1 - Math.floor(Math.log10(Math.abs(x)))));
  const [mantissa, exponent] = x.toExponential(significant - 1).split('e');
  return `${mantissa.replace('-', MINUS)} × 10${superscript(Number(exponent))}`;
}

/** An integer exponent in superscript digits: −80 → ⁻⁸⁰. */
export function superscript(k: number): string {
  return String(k)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
}

/** 10^log10 written out, for numbers far below what a double can hold: 3.97 × 10⁻⁷². */
export function formatPowerOfTen(log10: number): string {
  const exponent = Math.floor(log10);
  return `${formatNumber(10 ** (log10 - exponent), 2)} × 10${superscript(exponent)}`;
}

/** Made once: toLocaleString builds a formatter at every call, and a chapter formats hundreds of counts as it mounts. */
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** An integer with thousands separators: 100,000. */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}

/** A number for a TeX string: digits and a minus only, never reader text. */
export function texNumber(x: number, decimals = 2): string {
  return formatNumber(x, decimals).replace(MINUS, '-');
}
