import { normalLogLikelihoodFromStats } from '../../math/likelihood';
import type { DatasetSummary } from '../../model/summary';

const STEPS = 120;

/** ℓ(μ) over the μ slider's range, σ held. */
export function profileOverMu(summary: DatasetSummary, sigma: number) {
  const { min, max } = summary.muRange;
  return Array.from({ length: STEPS + 1 }, (_, i) => {
    const mu = min + ((max - min) * i) / STEPS;
    return { x: mu, y: normalLogLikelihoodFromStats(summary.stats, mu, sigma) };
  });
}

/**
 * The σ range for a slice through ℓ: from well below σ̂ (not down to 0.5, where ℓ plunges
 * so far that the top would look flat) to the slider's maximum.
 */
export function sigmaProfileRange(summary: DatasetSummary): [number, number] {
  const low = Math.max(summary.sigmaRange.min, Math.floor(summary.normal.sigma * 0.4 * 10) / 10);
  return [low, summary.sigmaRange.max];
}

/** ℓ(σ) over that range, μ held. */
export function profileOverSigma(summary: DatasetSummary, mu: number) {
  const [min, max] = sigmaProfileRange(summary);
  return Array.from({ length: STEPS + 1 }, (_, i) => {
    const sigma = min + ((max - min) * i) / STEPS;
    return { x: sigma, y: normalLogLikelihoodFromStats(summary.stats, mu, sigma) };
  });
}
