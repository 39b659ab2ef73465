import { xTicksFor } from './ticks';
import { PlainFrame } from './PlainFrame';

interface StripPlotProps {
  width: number;
  values: ArrayLike<number>;
  xDomain: [number, number];
  xLabel: string;
}

/** Up to this many dots; beyond it, evenly spaced order statistics stand in for the rest. */
export const MAX_DOTS = 1000;

/** Evenly spaced order statistics: a faithful picture of a large sample in few marks. */
export function quantileSubset(values: ArrayLike<number>, count: number): number[] {
  const sorted = Array.from(values).sort((a, b) => a - b);
  if (sorted.length <= count) return sorted;
  return Array.from({ length: count }, (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (count - 1))]);
}

/** Lines the x axis up with HistogramPlot's, drawn just below it. */
export const PLOT_MARGIN = { top: 12, right: 16, bottom: 40, left: 76 };

/**
 * One dot per value along the axis, spread vertically by a fixed pseudo-random jitter so
 * that equal tempos do not hide each other. The vertical position means nothing.
 */
export function StripPlot({ width, values, xDomain, xLabel }: StripPlotProps) {
  const shown = values.length > MAX_DOTS ? quantileSubset(values, MAX_DOTS) : Array.from(values);
  return (
    <PlainFrame
      width={width}
      height={110}
      margin={{ ...PLOT_MARGIN, top: 8 }}
      xDomain={xDomain}
      xTicks={xTicksFor(xDomain, width)}
      xLabel={xLabel}
    >
      {({ x, y }) => (
        <g fill="var(--point)" fillOpacity={values.length > 200 ? 0.35 : 0.8}>
          {shown.map((value, i) => (
            // Golden-ratio jitter: deterministic, evenly spread, the same on every render.
            <circle key={i} cx={x(value)} cy={y(((i * 0.6180339887) % 1) * 0.8 + 0.1)} r={4.5} />
          ))}
        </g>
      )}
    </PlainFrame>
  );
}
