/**
 * What happens when a computer multiplies densities: the likelihood as a raw product
 * underflows to exactly 0 long before the sample is large. Both formats are multiplied for
 * real, step by step; float32 is emulated by rounding every step with Math.fround, which is
 * exactly IEEE single precision (the product of two float32 values is exact in a double,
 * so rounding it once gives the correctly rounded float32 product).
 */

export type FloatFormat = 'float32' | 'float64';

/** The smallest positive numbers of each format (normal and subnormal). */
export const FLOAT_LIMITS = {
  float32: { minNormal: 2 ** -126, minSubnormal: 2 ** -149 },
  float64: { minNormal: 2 ** -1022, minSubnormal: 2 ** -1074 },
} as const;

/**
 * The first n (1-based) at which the running product ∏ᵢ₌₁ⁿ densities[i] is exactly 0 in
 * the given format, or null if it stays above 0 for all of them.
 */
export function firstZeroProduct(densities: ArrayLike<number>, format: FloatFormat): number | null {
  const round = format === 'float32' ? Math.fround : (x: number) => x;
  let product = round(1);
  for (let i = 0; i < densities.length; i++) {
    product = round(product * round(densities[i]));
    if (product === 0) return i + 1;
  }
  return null;
}

/** The running product in a format, step by step (0 from the underflow on). */
export function runningProducts(densities: ArrayLike<number>, format: FloatFormat): Float64Array {
  const round = format === 'float32' ? Math.fround : (x: number) => x;
  const out = new Float64Array(densities.length);
  let product = round(1);
  for (let i = 0; i < densities.length; i++) {
    product = round(product * round(densities[i]));
    out[i] = product;
  }
  return out;
}
