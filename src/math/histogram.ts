/** One bar of a histogram: the half-open interval [start, end) and its count. */
export interface HistogramBin {
  start: number;
  end: number;
  count: number;
  /** count / (n · width): the bar's height on a density scale, comparable with a pdf. */
  density: number;
}

/**
 * Equal-width bins aligned to multiples of `width`, so bars start at round numbers
 * (110, 115, 120 …) that a reader can read off the axis. The last bin is closed so the
 * maximum is counted.
 */
export function histogram(sample: ArrayLike<number>, width: number): HistogramBin[] {
  const n = sample.length;
  if (n === 0 || !(width > 0)) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, sample[i]);
    max = Math.max(max, sample[i]);
  }
  const first = Math.floor(min / width) * width;
  const count = Math.max(1, Math.floor((max - first) / width) + 1);
  const counts = new Array<number>(count).fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(count - 1, Math.floor((sample[i] - first) / width))]++;
  return counts.map((c, i) => ({
    start: first + i * width,
    end: first + (i + 1) * width,
    count: c,
    density: c / (n * width),
  }));
}

/** Round multipliers for bin widths, and for axis tops whose quarters are round too. */
export const BIN_STEPS = [1, 2, 2.5, 5, 10];
export const AXIS_TOPS = [1, 1.2, 1.6, 2, 3, 4, 6, 8, 10];

/** The smallest round number (a multiplier from `steps` times a power of ten) at or above x > 0. */
export function niceCeil(x: number, steps: readonly number[] = BIN_STEPS): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  // The 1e-9 slack keeps 0.3 from becoming 0.5 because 3 × 0.1 ≠ 0.3 in binary.
  const step = steps.find((m) => m * power >= x * (1 - 1e-9)) ?? 10;
  return Number((step * power).toPrecision(12));
}

/**
 * A bin width a reader can read, near the square-root rule (range / √n bins), keeping
 * between 5 and 40 bins.
 */
export function niceBinWidth(min: number, max: number, n: number): number {
  const bins = Math.min(40, Math.max(5, Math.round(Math.sqrt(n))));
  return niceCeil((max - min || 1) / bins);
}

/** About `count` round tick values covering [min, max] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}
