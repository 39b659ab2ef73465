import { memo } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DensityPlot, type HorizontalMarker, type Marker } from '../../ui/charts/deferredCharts';
import type { Curve } from '../../ui/charts/curves';
import { parabolaAt, pointsOver, relativeLogLik, type NormalFit, type Parameter } from './profiles';

/** The lowest ℓ − ℓ̂ drawn: well below the 95 % cut-off at −1.92. */
export const FLOOR = -5;

interface TopChartProps {
  parameter: Parameter;
  fit: NormalFit;
  domain: [number, number];
  /** The axis name of the parameter, with its unit. */
  xLabel: string;
  /** What the chart shows, for a screen reader. */
  label: string;
  /** Drawn curves' names, for the legend beside the chart. */
  curveLabels: { exact: string; parabola: string };
  levels?: HorizontalMarker[];
  markers?: Marker[];
}

/** ℓ − ℓ̂ along μ or σ near its top, with the parabola of the same curvature dashed over it. */
export const TopChart = memo(function TopChart({
  parameter,
  fit,
  domain,
  xLabel,
  label,
  curveLabels,
  levels,
  markers,
}: TopChartProps) {
  const curves: Curve[] = [
    {
      key: 'exact',
      label: curveLabels.exact,
      points: pointsOver((x) => relativeLogLik(parameter, fit, x), domain, FLOOR),
      colour: 'var(--curve)',
      strokeWidth: 2.5,
    },
    {
      key: 'parabola',
      label: curveLabels.parabola,
      points: pointsOver((x) => parabolaAt(parameter, fit, x), domain, FLOOR),
      colour: 'var(--laplace)',
      dash: '6 4',
    },
  ];
  return (
    <ChartBox label={label}>
      {(width) => (
        <DensityPlot
          width={width}
          height={240}
          xDomain={domain}
          yMax={0}
          yMin={FLOOR}
          xLabel={xLabel}
          yLabel="ℓ − ℓ̂"
          curves={curves}
          levels={levels}
          markers={markers}
        />
      )}
    </ChartBox>
  );
});
