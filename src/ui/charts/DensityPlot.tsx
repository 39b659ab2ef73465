import type { ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  ReferenceLine,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import { PathLayer } from './Layers';
import { xAxisProps, yAxisProps } from './axisStyle';
import type { HistogramBin } from '../../math/histogram';
import type { Curve } from './curves';
import { densityAxis, formatTick } from './ticks';

export interface Marker {
  key: string;
  x: number;
  label: string;
  colour: string;
  dash?: string;
  /** Write the label on the chart beside the line. */
  showLabel?: boolean;
}

export interface HorizontalMarker {
  key: string;
  y: number;
  label: string;
  colour: string;
  dash?: string;
  /** Write the label above the line (default) or below it, so that close lines stay readable. */
  labelBelow?: boolean;
  /** Named in the chart's legend instead of on the line (lines too close for labels of their own). */
  inLegend?: boolean;
}

export interface DensityPlotProps {
  width: number;
  height: number;
  xDomain: [number, number];
  /** The top of the y axis; it is rounded up to a round number so the ticks read well. */
  yMax: number;
  /** The bottom of the y axis: 0 unless given (log-likelihoods are negative). */
  yMin?: number;
  xLabel: string;
  yLabel: string;
  curves?: Curve[];
  bins?: HistogramBin[];
  /** Bar heights: density (comparable with a pdf) or count. */
  binValue?: 'count' | 'density';
  markers?: Marker[];
  /** Horizontal reference lines (levels, floors), labelled on the chart. */
  levels?: HorizontalMarker[];
  /** Layers drawn in the chart's coordinates (they may call the Recharts scale hooks). */
  children?: ReactNode;
  yTickFormat?: (y: number) => string;
  /** Counts: a top divisible by 4, so the quarter ticks are whole numbers. */
  integerTicks?: boolean;
}

/** Histogram bars in density units, drawn straight from the axis scales. */
function HistogramBars({ bins, value }: { bins: HistogramBin[]; value: 'count' | 'density' }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const base = y(0) ?? 0;
  return (
    <g className="histogram-bars">
      {bins.map((bin) => {
        const left = x(bin.start) ?? 0;
        const right = x(bin.end) ?? 0;
        const top = y(bin[value]) ?? base;
        return (
          <rect
            key={bin.start}
            x={left + 0.5}
            y={top}
            width={Math.max(0, right - left - 1)}
            height={Math.max(0, base - top)}
            fill="var(--histogram)"
          />
        );
      })}
    </g>
  );
}

/**
 * A curve drawn from the axis scales (a PathLayer) rather than as a Recharts <Line> or <Area>:
 * those register their points in the chart's store, so each new set of points re-rendered
 * the axes, grid and reference lines too, and a Line measures its path's length (a forced
 * layout) at every render, animated or not. It sits on the z-index layer the Line or Area
 * took, under the reference lines and axes as before.
 */
export function CurveLayer({ curve }: { curve: Curve }) {
  return (
    <ZIndexLayer zIndex={curve.fill ? DefaultZIndexes.area : DefaultZIndexes.line}>
      <PathLayer
        points={curve.points}
        colour={curve.colour}
        width={curve.strokeWidth ?? 2}
        dash={curve.dash}
        fill={curve.fill}
        fillOpacity={0.18}
        stroke
        clip
      />
    </ZIndexLayer>
  );
}

const margin = { top: 12, right: 16, bottom: 36, left: 12 };

/**
 * The shared chart of this explorable: tempo (BPM) across, density per BPM up, with any
 * mix of histogram, density curves, reference lines and custom layers. Animation is off:
 * the charts follow sliders, and reduced motion is honoured by not moving at all.
 */
export function DensityPlot({
  width,
  height,
  xDomain,
  yMax,
  yMin = 0,
  xLabel,
  yLabel,
  curves = [],
  bins,
  binValue = 'density',
  markers = [],
  levels = [],
  children,
  yTickFormat = formatTick,
  integerTicks = false,
}: DensityPlotProps) {
  const { domain: yDomain, ticks: yTicks } = densityAxis(yMax, yMin, integerTicks);
  return (
    <ComposedChart width={width} height={height} margin={margin} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--grid)" strokeDasharray="2 4" />
      <XAxis {...xAxisProps(xDomain, xLabel, width)} />
      <YAxis
        type="number"
        domain={yDomain}
        ticks={yTicks}
        allowDataOverflow
        tickFormatter={yTickFormat}
        {...yAxisProps(yLabel)}
      />
      {bins && <HistogramBars bins={bins} value={binValue} />}
      {curves.map((curve) => (
        <CurveLayer key={curve.key} curve={curve} />
      ))}
      {markers.map((m) => (
        <ReferenceLine
          key={m.key}
          x={m.x}
          stroke={m.colour}
          strokeDasharray={m.dash}
          strokeWidth={2}
          ifOverflow="hidden"
          label={
            m.showLabel
              ? { value: m.label, position: 'insideTopRight', offset: 6, fill: 'var(--text)', fontSize: 12 }
              : undefined
          }
        />
      ))}
      {levels.map((level) => (
        <ReferenceLine
          key={level.key}
          y={level.y}
          stroke={level.colour}
          strokeDasharray={level.dash}
          strokeWidth={1.5}
          ifOverflow="hidden"
          label={
            level.inLegend
              ? undefined
              : {
                  value: level.label,
                  position: level.labelBelow ? 'insideTopRight' : 'insideBottomRight',
                  fill: 'var(--text)',
                  fontSize: 11,
                }
          }
        />
      ))}
      {children}
    </ComposedChart>
  );
}
