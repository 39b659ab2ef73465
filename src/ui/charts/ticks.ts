import { niceCeil } from '../../math/niceNumbers';

/** Axis tops whose quarters are round too. */
export const AXIS_TOPS = [1, 1.2, 1.6, 2, 3, 4, 6, 8, 10];

/** About `count` round tick values covering [min, max] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const step = niceCeil((max - min) / count, [1, 2, 5, 10]);
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

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
