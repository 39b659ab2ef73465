import { niceCeil } from './niceNumbers';

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

/**
 * A bin width a reader can read, near the square-root rule (range / √n bins), keeping
 * between 5 and 40 bins.
 */
export function niceBinWidth(min: number, max: number, n: number): number {
  const bins = Math.min(40, Math.max(5, Math.round(Math.sqrt(n))));
  return niceCeil((max - min || 1) / bins);
}
