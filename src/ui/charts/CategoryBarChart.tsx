import { createContext, memo, useContext, useMemo } from 'react';
import { BarChart, CartesianGrid, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { xTick, yAxisProps } from './axisStyle';
import { densityAxis } from './ticks';

interface BarSeries {
  key: string;
  colour: string;
  stackId?: string;
}

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
  /**
   * One series per entry; series with the same stackId stack, the others stand side by side.
   * A constant: the chart's frame is memoised on it.
   */
  bars: BarSeries[];
  /** A shorter name for each category ("4" for "Song 4"), used where the full names would not fit. */
  shortName?: (category: string) => string;
}

/** Room a full category name needs under its bar, in px ("Song 4" at 12 px). */
const ROOM_FOR_A_NAME = 56;
/** Space left on each side of a band, as a share of it (Recharts' own bars leave 10 %). */
const CATEGORY_GAP = 0.1;
const MARGIN = { top: 8, right: 16, bottom: 28, left: 12 };

type Row = Record<string, unknown>;

/** The bars' values, read by the bars alone: a new value redraws them, not the axes. */
const BarValues = createContext<readonly Row[]>([]);

/**
 * A bar per category (time signatures, songs), in the explorable's chart style. The frame
 * (axes, grid, names) is memoised on what it shows, and the bars are drawn from its scales,
 * so that a slider moving one bar costs a few rectangles, not a Recharts chart.
 */
export function CategoryBarChart({ data, categoryKey, bars, shortName, yMax, ...frame }: CategoryBarChartProps) {
  const rows = data as Row[];
  const categories = rows.map((row) => String(row[categoryKey]));
  // Every bar keeps its name (Recharts would drop every other one where they crowd), short
  // where the full names would overlap.
  const plotWidth = frame.width - MARGIN.left - MARGIN.right - 64;
  const crowded = plotWidth / Math.max(1, categories.length) < ROOM_FOR_A_NAME;
  const names = categories.map((category) => (crowded && shortName ? shortName(category) : category));
  const { domain, ticks } = densityAxis(yMax);
  // The frame gets what it shows as strings, which compare by content: a parent's new arrays
  // of the same categories and names reuse it.
  return (
    <BarValues.Provider value={rows}>
      <BarFrame
        {...frame}
        categoryKey={categoryKey}
        categoryList={categories.join('\n')}
        nameList={names.join('\n')}
        series={bars}
        yTop={domain[1]}
        yTicks={ticks.join(' ')}
      />
    </BarValues.Provider>
  );
}

interface BarFrameProps {
  width: number;
  height: number;
  categoryKey: string;
  /** The categories, one per line, and the name written under each. */
  categoryList: string;
  nameList: string;
  series: BarSeries[];
  xLabel: string;
  yLabel: string;
  yTop: number;
  /** The y ticks, space-separated: a string compares by content. */
  yTicks: string;
}

const BarFrame = memo(function BarFrame({
  width,
  height,
  categoryKey,
  categoryList,
  nameList,
  series,
  xLabel,
  yLabel,
  yTop,
  yTicks,
}: BarFrameProps) {
  const categoryRows = useMemo(
    () => categoryList.split('\n').map((category) => ({ [categoryKey]: category })),
    [categoryList, categoryKey],
  );
  const nameOf = useMemo(() => {
    const names = nameList.split('\n');
    return new Map(categoryList.split('\n').map((category, i) => [category, names[i]]));
  }, [categoryList, nameList]);
  const xLabelProps = useMemo(
    () => ({ value: xLabel, position: 'insideBottom' as const, offset: -16, fill: 'var(--text)', fontSize: 13 }),
    [xLabel],
  );
  return (
    <BarChart width={width} height={height} data={categoryRows} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--grid)" strokeDasharray="2 4" vertical={false} />
      <XAxis
        dataKey={categoryKey}
        stroke="var(--axis)"
        tick={xTick}
        interval={0}
        tickFormatter={(category: string) => nameOf.get(category) ?? category}
        label={xLabelProps}
      />
      <YAxis
        type="number"
        domain={[0, yTop]}
        allowDataOverflow
        ticks={yTicks.split(' ').map(Number)}
        {...yAxisProps(yLabel)}
      />
      <Bars categoryKey={categoryKey} series={series} />
    </BarChart>
  );
});

/**
 * Each category's bars, drawn from the axes' scales: series with one stackId pile up, and the
 * stacks share the band side by side.
 */
function Bars({ categoryKey, series }: { categoryKey: string; series: BarSeries[] }) {
  const rows = useContext(BarValues);
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const stacks = [...new Set(series.map((bar) => bar.stackId ?? bar.key))];
  return (
    <g className="category-bars">
      {rows.map((row) => {
        const category = String(row[categoryKey]);
        const start = x(category, { position: 'start' });
        const end = x(category, { position: 'end' });
        if (start === undefined || end === undefined) return null;
        const gap = (end - start) * CATEGORY_GAP;
        const slot = (end - start - 2 * gap) / stacks.length;
        const heights = new Map<string, number>();
        return series.map((bar) => {
          const stack = bar.stackId ?? bar.key;
          const value = Number(row[bar.key]) || 0;
          const below = heights.get(stack) ?? 0;
          heights.set(stack, below + value);
          const top = y(below + value);
          const bottom = y(below);
          if (value <= 0 || top === undefined || bottom === undefined) return null;
          return (
            <rect
              key={`${category}-${bar.key}`}
              x={start + gap + stacks.indexOf(stack) * slot}
              y={top}
              width={slot}
              height={bottom - top}
              fill={bar.colour}
            />
          );
        });
      })}
    </g>
  );
}
