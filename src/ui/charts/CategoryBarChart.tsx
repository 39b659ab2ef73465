import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { xTick, yAxisProps } from './axisStyle';
import { densityAxis } from './ticks';

interface CategoryBarChartProps {
  width: number;
  height: number;
  data: object[];
  /** The field naming each bar's category. */
  categoryKey: string;
  xLabel: string;
  yLabel: string;
  /** The y axis runs from 0 to the first round tick at or above this. */
  yMax: number;
  /** One series per entry; series with the same stackId stack. */
  bars: { key: string; colour: string; stackId?: string }[];
}

/** A bar per category (time signatures, songs), in the explorable's chart style. */
export function CategoryBarChart({
  width,
  height,
  data,
  categoryKey,
  xLabel,
  yLabel,
  yMax,
  bars,
}: CategoryBarChartProps) {
  const yAxis = densityAxis(yMax);
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 8, right: 16, bottom: 28, left: 12 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--grid)" strokeDasharray="2 4" vertical={false} />
      <XAxis
        dataKey={categoryKey}
        stroke="var(--axis)"
        tick={xTick}
        label={{ value: xLabel, position: 'insideBottom', offset: -16, fill: 'var(--text)', fontSize: 13 }}
      />
      <YAxis domain={yAxis.domain} ticks={yAxis.ticks} {...yAxisProps(yLabel)} />
      {bars.map((bar) => (
        <Bar key={bar.key} dataKey={bar.key} stackId={bar.stackId} fill={bar.colour} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
