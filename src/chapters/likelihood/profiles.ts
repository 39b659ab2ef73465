import { normalLogLikelihoodFromStats, type SufficientStats } from '../../math/likelihood';

/**
 * Sample μ across a range, for curves drawn as a function of the parameter. With a centre
 * and a width, it adds points within ±6 widths of the centre, so a narrow peak (L(μ) has
 * width σ/√n) is drawn at its true height.
 */
export function muGrid([a, b]: [number, number], steps = 200, centre?: number, width?: number): number[] {
  const xs = new Set(Array.from({ length: steps + 1 }, (_, i) => a + ((b - a) * i) / steps));
  if (centre !== undefined && width !== undefined && width > 0) {
    for (let i = -60; i <= 60; i++) {
      const x = centre + (width * i) / 10;
      if (x > a && x < b) xs.add(x);
    }
  }
  return [...xs].sort((p, q) => p - q);
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
 * The area under L(μ) over all μ, σ held, as mantissa × 10^exponent. As a function of μ the
 * likelihood is a Gaussian bump of width σ/√n around x̄, so the area is exact:
 * ∫ L dμ = L(x̄, σ) · √(2πσ²/n). A density in x integrates to 1; a likelihood in μ has no
 * reason to.
 */
export function likelihoodArea(stats: SufficientStats, sigma: number) {
  const log10Area =
    (normalLogLikelihoodFromStats(stats, stats.mean, sigma) + 0.5 * Math.log((2 * Math.PI * sigma * sigma) / stats.n)) /
    Math.LN10;
  const exponent = Math.floor(log10Area);
  return { mantissa: 10 ** (log10Area - exponent), exponent };
}
