import { xAxisProps } from './axisStyle';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';

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

/**
 * One dot per value along the axis, spread vertically by a fixed pseudo-random jitter so
 * that equal tempos do not hide each other. The vertical position means nothing.
 */
export function StripPlot({ width, values, xDomain, xLabel }: StripPlotProps) {
  const shown = values.length > MAX_DOTS ? quantileSubset(values, MAX_DOTS) : Array.from(values);
  // Golden-ratio jitter: deterministic, evenly spread, the same on every render.
  const data = shown.map((x, i) => ({ x, y: ((i * 0.6180339887) % 1) * 0.8 + 0.1 }));
  return (
    // left: DensityPlot's margin plus its y-axis width, so the two charts' x axes line up.
    <ScatterChart
      width={width}
      height={110}
      margin={{ top: 8, right: 16, bottom: 36, left: 76 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--grid)" strokeDasharray="2 4" vertical horizontal={false} />
      <XAxis {...xAxisProps(xDomain, xLabel)} />
      <YAxis type="number" dataKey="y" domain={[0, 1]} hide />
      <Scatter
        data={data}
        fill="var(--point)"
        fillOpacity={values.length > 200 ? 0.35 : 0.8}
        isAnimationActive={false}
        shape="circle"
        legendType="none"
      />
    </ScatterChart>
  );
}
