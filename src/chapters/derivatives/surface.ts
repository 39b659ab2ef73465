import { normalLogLikelihoodFromStats } from '../../math/likelihood';
import type { DatasetSummary } from '../../model/summary';
import { sigmaProfileRange } from './profiles';

/** How far below the maximum each colour band ends (Δℓ = ℓ − ℓ_max). */
export const BANDS = [-1, -2, -5, -10, -20, -50, -100, -200, -500];
/** One colour per band, from the top of the hill down (viridis-like, readable in both themes). */
export const BAND_COLOURS = [
  '#fde725',
  '#b5de2b',
  '#6ece58',
  '#35b779',
  '#1f9e89',
  '#26828e',
  '#31688e',
  '#3e4989',
  '#482878',
  '#440154',
];

/** Which band a drop below the maximum falls in. */
export function bandOf(drop: number): number {
  const i = BANDS.findIndex((limit) => drop >= limit);
  return i === -1 ? BANDS.length : i;
}

export interface SurfaceGrid {
  mu: [number, number];
  sigma: [number, number];
  columns: number;
  rows: number;
  /** Band index per cell, row 0 at the top (largest σ). */
  bands: Uint8Array;
}

/**
 * ℓ over the (μ, σ) plane, as colour bands below the maximum. It depends only on the data,
 * so it is computed once per dataset (about 19,000 O(1) evaluations) and never on a slider step.
 */
export function surfaceGrid(summary: DatasetSummary, columns = 160, rows = 120): SurfaceGrid {
  const mu: [number, number] = [summary.muRange.min, summary.muRange.max];
  const sigma = sigmaProfileRange(summary);
  const top = summary.normalMaxLogLik;
  const bands = new Uint8Array(columns * rows);
  for (let r = 0; r < rows; r++) {
    const s = sigma[1] - ((sigma[1] - sigma[0]) * (r + 0.5)) / rows;
    for (let c = 0; c < columns; c++) {
      const m = mu[0] + ((mu[1] - mu[0]) * (c + 0.5)) / columns;
      bands[r * columns + c] = bandOf(normalLogLikelihoodFromStats(summary.stats, m, s) - top);
    }
  }
  return { mu, sigma, columns, rows, bands };
}
