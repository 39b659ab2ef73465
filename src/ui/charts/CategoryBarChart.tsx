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
  /** A shorter name for each category ("4" for "Song 4"), used where the full names would not fit. */
  shortName?: (category: string) => string;
}

/** Room a full category name needs under its bar, in px ("Song 4" at 12 px). */
const ROOM_FOR_A_NAME = 56;

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
  shortName,
}: CategoryBarChartProps) {
  const yAxis = densityAxis(yMax);
  // Every bar keeps its name (Recharts would drop every other one where they crowd), short
  // where the full names would overlap.
  const plotWidth = width - 16 - 12 - 64;
  const crowded = plotWidth / Math.max(1, data.length) < ROOM_FOR_A_NAME;
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
        interval={0}
        tickFormatter={crowded && shortName ? shortName : undefined}
        label={{ value: xLabel, position: 'insideBottom', offset: -16, fill: 'var(--text)', fontSize: 13 }}
      />
      <YAxis domain={yAxis.domain} ticks={yAxis.ticks} {...yAxisProps(yLabel)} />
      {bars.map((bar) => (
        <Bar key={bar.key} dataKey={bar.key} stackId={bar.stackId} fill={bar.colour} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
