import type { HistogramBin } from '../../math/histogram';
import type { Curve } from './curves';
import { PlainFrame } from './PlainFrame';
import { PLOT_MARGIN } from './StripPlot';
import { densityAxis, formatTick, xTicksFor } from './ticks';

interface HistogramPlotProps {
  width: number;
  height: number;
  xDomain: [number, number];
  yMax: number;
  xLabel: string;
  yLabel: string;
  bins: HistogramBin[];
  /** Bar heights: counts, or densities comparable with the curves. */
  binValue?: 'count' | 'density';
  curves?: Curve[];
  /** Counts: a top divisible by 4, so the quarter ticks are whole numbers. */
  integerTicks?: boolean;
}

/** A histogram with density curves over it, in plain SVG (see PlainFrame for why). */
export function HistogramPlot({
  width,
  height,
  xDomain,
  yMax,
  xLabel,
  yLabel,
  bins,
  binValue = 'density',
  curves = [],
  integerTicks = false,
}: HistogramPlotProps) {
  const yAxis = densityAxis(yMax, 0, integerTicks);
  return (
    <PlainFrame
      width={width}
      height={height}
      margin={PLOT_MARGIN}
      xDomain={xDomain}
      xTicks={xTicksFor(xDomain, width)}
      xLabel={xLabel}
      yDomain={yAxis.domain}
      yTicks={yAxis.ticks}
      yLabel={yLabel}
      yTickFormat={integerTicks ? String : formatTick}
    >
      {({ x, y }) => (
        <>
          <g fill="var(--histogram)">
            {bins.map((bin) => (
              <rect
                key={bin.start}
                x={x(bin.start) + 0.5}
                y={y(bin[binValue])}
                width={Math.max(0, x(bin.end) - x(bin.start) - 1)}
                height={Math.max(0, y(0) - y(bin[binValue]))}
              />
            ))}
          </g>
          {curves.map((curve) => (
            <polyline
              key={curve.key}
              points={curve.points.map((p) => `${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ')}
              fill="none"
              stroke={curve.colour}
              strokeWidth={curve.strokeWidth ?? 2}
              strokeDasharray={curve.dash}
              strokeLinejoin="round"
            />
          ))}
        </>
      )}
    </PlainFrame>
  );
}
