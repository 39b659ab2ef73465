import { AXIS_TOPS, niceCeil, niceTicks } from '../../math/histogram';

/**
 * The y axis every density-style chart shares, with or without Recharts: from 0, ticks at
 * quarters of a round top (0, 0.015, 0.03 … never an odd 0.0539 at the end); counts get a
 * top divisible by 4 so the quarter ticks are whole numbers; a negative bottom (log
 * likelihoods) gets plain round ticks.
 */
export function densityAxis(
  yMax: number,
  yMin = 0,
  integerTicks = false,
): { domain: [number, number]; ticks: number[] } {
  if (yMin !== 0) return { domain: [yMin, yMax], ticks: niceTicks(yMin, yMax) };
  const top = integerTicks ? Math.max(4, Math.ceil(yMax / 4) * 4) : niceCeil(yMax, AXIS_TOPS);
  return { domain: [0, top], ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => Number((top * f).toPrecision(6))) };
}

/** The default y tick label: three significant figures, no trailing zeros. */
export const formatTick = (v: number) => String(Number(v.toPrecision(3)));
