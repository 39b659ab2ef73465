/**
 * Densities of the two families the explorable compares. Each takes the point first and
 * the parameters after, and the log-densities are written out (not `Math.log(pdf)`) so they
 * stay finite far in the tails where the density itself underflows to 0.
 */

/** log(2π), used by every Normal log-density. */
export const LOG_TWO_PI = Math.log(2 * Math.PI);

/** Normal log-density: log f(x | μ, σ) = −½ log(2π) − log σ − (x − μ)² / (2σ²). */
export function normalLogPdf(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma;
  return -0.5 * LOG_TWO_PI - Math.log(sigma) - 0.5 * z * z;
}

/** Normal density: f(x | μ, σ) = exp(−(x − μ)² / (2σ²)) / (σ √(2π)). */
export function normalPdf(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
}

/** Laplace log-density: log f(x | m, b) = −log(2b) − |x − m| / b. */
export function laplaceLogPdf(x: number, location: number, scale: number): number {
  return -Math.log(2 * scale) - Math.abs(x - location) / scale;
}

/** Laplace density: f(x | m, b) = exp(−|x − m| / b) / (2b). */
export function laplacePdf(x: number, location: number, scale: number): number {
  return Math.exp(-Math.abs(x - location) / scale) / (2 * scale);
}

/**
 * P(a ≤ X ≤ b) for X ~ Normal(μ, σ): the area under the density between a and b, by
 * composite Simpson's rule in z = (x − μ)/σ. The integrand is smooth, so 2,000 panels
 * give about 1e-15 of absolute error; beyond |z| = 40 the density is below 1e-300.
 */
export function normalIntervalProbability(a: number, b: number, mu: number, sigma: number): number {
  const lo = Math.max(-40, (Math.min(a, b) - mu) / sigma);
  const hi = Math.min(40, (Math.max(a, b) - mu) / sigma);
  if (!(hi > lo)) return 0;
  const panels = 2000;
  const h = (hi - lo) / panels;
  const phi = (z: number) => Math.exp(-0.5 * z * z);
  let sum = phi(lo) + phi(hi);
  for (let i = 1; i < panels; i++) sum += (i % 2 ? 4 : 2) * phi(lo + i * h);
  return (sum * h) / 3 / Math.sqrt(2 * Math.PI);
}
