/**
 * The curves this chapter draws for a Normal fit: ℓ measured from its top (ℓ − ℓ̂, so every
 * sample's curve peaks at 0 and their widths compare), and the parabola with the same
 * curvature at the top, which is what a standard error and a Wald interval assume ℓ to be.
 */
import type { Curve } from '../../ui/charts/curves';
import { normalStandardErrors, relativeLogLikSigma, relativeProfileMu } from '../../math/uncertainty';

export type Parameter = 'mu' | 'sigma';

/** A Normal fit: n, μ̂ (the mean) and σ̂ (dividing by n). */
export interface NormalFit {
  n: number;
  mean: number;
  sigmaHat: number;
}

/** Where ℓ peaks in this parameter, and its standard error (one over √ of the curvature there). */
export function topOf(parameter: Parameter, fit: NormalFit): { estimate: number; standardError: number } {
  const errors = normalStandardErrors(fit.n, fit.sigmaHat);
  return parameter === 'mu'
    ? { estimate: fit.mean, standardError: errors.mu }
    : { estimate: fit.sigmaHat, standardError: errors.sigma };
}

/**
 * ℓ − ℓ̂ along one parameter: for μ the profile (σ at its best for each μ), for σ the slice
 * at μ = μ̂ (where the profile over σ runs, since μ̂ does not depend on σ).
 */
export function relativeLogLik(parameter: Parameter, fit: NormalFit, value: number): number {
  return parameter === 'mu'
    ? relativeProfileMu(value, fit.mean, fit.sigmaHat, fit.n)
    : relativeLogLikSigma(value, fit.sigmaHat, fit.n);
}

/** The parabola −(θ − θ̂)² / (2·SE²): ℓ's curvature at the top, carried everywhere. */
export function parabolaAt(parameter: Parameter, fit: NormalFit, value: number): number {
  const { estimate, standardError } = topOf(parameter, fit);
  return -((value - estimate) ** 2) / (2 * standardError ** 2);
}

/**
 * Points of a curve over a domain, stopping just below the chart's floor (`floor`) so that a
 * narrow curve's steep sides end at the axis instead of far outside the plotting area.
 */
export function pointsOver(f: (x: number) => number, [a, b]: [number, number], floor: number, steps = 240) {
  const points: Curve['points'] = [];
  for (let i = 0; i <= steps; i++) {
    const x = a + ((b - a) * i) / steps;
    points.push({ x, y: Math.max(f(x), floor - 1) });
  }
  return points;
}

/** Why ℓ has no top to read a curvature or an interval from: one song (the seeded stream with n = 1), or no spread. */
export const noTopMessage = (n: number) =>
  n < 2
    ? 'With a single song σ̂ = 0 and ℓ has no top at all: it climbs without limit as σ shrinks to 0, so there is no curvature to measure and no interval to read. Choose n of 2 or more (or bring two or more different values).'
    : 'With no spread in your data, σ̂ = 0 and ℓ has no rounded top: there is no curvature to measure and no interval to read. Bring two or more different values.';
