import { niceCeil, niceFloor } from '../../math/niceNumbers';

/** Axis tops whose quarters are round too. */
export const AXIS_TOPS = [1, 1.2, 1.6, 2, 3, 4, 6, 8, 10];

/** About `count` round tick values covering [min, max] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  // The round step just below the exact one or just above it, whichever gives nearer `count`
  // ticks (never fewer than three: two ticks do not show the step).
  const exact = (max - min) / count;
  const miss = (s: number) => {
    const ticks = Math.floor(max / s + 1e-9) - Math.ceil(min / s - 1e-9) + 1;
    return ticks < 3 ? Infinity : Math.abs(ticks - count);
  };
  const [below, above] = [niceFloor(exact), niceCeil(exact, [1, 2, 5, 10])];
  const step = miss(above) <= miss(below) ? above : below;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Round ticks along an x axis: about eight on a wide chart, four on a phone. */
export const xTicksFor = (domain: readonly [number, number], width: number) =>
  niceTicks(domain[0], domain[1], width > 560 ? 8 : 4);

/**
 * The y axis every density-style chart shares, with or without Recharts: from 0 to the first
 * round tick at or above the highest value, in steps of 1, 2 or 5 × 10^k (0, 0.01, 0.02,
 * 0.03; never an odd 0.0539 at the end, nor quarters such as 0.015); counts get whole steps;
 * a negative bottom (log likelihoods) gets plain round ticks.
 */
export function densityAxis(
  yMax: number,
  yMin = 0,
  integerTicks = false,
): { domain: [number, number]; ticks: number[] } {
  if (yMin !== 0) return { domain: [yMin, yMax], ticks: niceTicks(yMin, yMax) };
  const step = Math.max(niceCeil(yMax / 4, [1, 2, 5, 10]), integerTicks ? 1 : 0);
  const steps = Math.max(1, Math.ceil(yMax / step - 1e-9));
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { domain: [0, ticks[steps]], ticks };
}

/** The default y tick label: three significant figures, no trailing zeros. */
export const formatTick = (v: number) => String(Number(v.toPrecision(3)));
