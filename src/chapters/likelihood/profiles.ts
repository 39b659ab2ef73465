import { normalLogLikelihoodFromStats, type SufficientStats } from '../../math/likelihood';

/** Sample μ across a range, for curves drawn as a function of the parameter. */
export function muGrid([a, b]: [number, number], steps = 200): number[] {
  return Array.from({ length: steps + 1 }, (_, i) => a + ((b - a) * i) / steps);
}

/** ℓ(μ) with σ held fixed, at each μ of the grid: O(1) each from the sufficient statistics. */
export function logLikelihoodProfile(stats: SufficientStats, sigma: number, mus: number[]) {
  return mus.map((mu) => ({ x: mu, y: normalLogLikelihoodFromStats(stats, mu, sigma) }));
}

/**
 * L(μ) = exp(ℓ(μ)) as a mantissa and a shared power of ten, since the likelihood itself
 * (about 10⁻⁷⁰ for 40 songs) is far too small to plot or even, for larger samples, to
 * hold in a double.
 */
export function scaledLikelihoodProfile(profile: { x: number; y: number }[]) {
  const top = Math.max(...profile.map((p) => p.y));
  const exponent = Math.floor(top / Math.LN10);
  const shift = exponent * Math.LN10;
  return { exponent, points: profile.map((p) => ({ x: p.x, y: Math.exp(p.y - shift) })) };
}

/**
 * The area under L(μ) over the grid, by the trapezoid rule, as mantissa × 10^exponent.
 * A density in x integrates to 1; a likelihood in μ has no reason to.
 */
export function likelihoodArea(scaled: ReturnType<typeof scaledLikelihoodProfile>) {
  let area = 0;
  const { points } = scaled;
  for (let i = 1; i < points.length; i++)
    area += ((points[i].y + points[i - 1].y) / 2) * (points[i].x - points[i - 1].x);
  const extra = Math.floor(Math.log10(area));
  return { mantissa: area / 10 ** extra, exponent: scaled.exponent + extra };
}
