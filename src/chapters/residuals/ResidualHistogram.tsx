import { ChartBox } from '../../components/ChartBox';
import { DensityPlot, curvePoints } from '../../components/charts/DensityPlot';
import { histogram, niceBinWidth, niceCeil } from '../../math/histogram';

export interface ResidualCurve {
  key: string;
  label: string;
  pdf: (r: number) => number;
  colour: string;
  dash?: string;
}

interface ResidualHistogramProps {
  residuals: Float64Array;
  curves: ResidualCurve[];
  /** Half-width of the x axis; shared by histograms that sit side by side. */
  reach?: number;
  height?: number;
}

/** The widest residual, rounded up, for an axis symmetric about 0. */
export function residualReach(...sets: Float64Array[]): number {
  let widest = 1;
  for (const r of sets) for (const v of r) widest = Math.max(widest, Math.abs(v));
  return niceCeil(widest * 1.05);
}

/** A density histogram of residuals with assumed densities drawn over it. */
export function ResidualHistogram({
  residuals,
  curves,
  reach = residualReach(residuals),
  height = 220,
}: ResidualHistogramProps) {
  let [min, max] = [Infinity, -Infinity];
  for (const r of residuals) [min, max] = [Math.min(min, r), Math.max(max, r)];
  const width = niceBinWidth(min, max, residuals.length);
  const bins = histogram(residuals, width);
  const domain: [number, number] = [-reach, reach];
  const drawn = curves.map((c) => ({ ...c, points: curvePoints(c.pdf, domain, 240) }));
  const top = Math.max(...bins.map((b) => b.density), ...drawn.flatMap((c) => c.points.map((p) => p.y)));
  return (
    <ChartBox>
      {(chartWidth) => (
        <DensityPlot
          width={chartWidth}
          height={height}
          xDomain={domain}
          yMax={top * 1.05}
          xLabel="Residual y − f(x) (points)"
          yLabel="Density (per point)"
          bins={bins}
          curves={drawn}
        />
      )}
    </ChartBox>
  );
}
