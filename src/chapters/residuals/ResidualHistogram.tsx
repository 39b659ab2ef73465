import { memo } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DensityPlot } from '../../ui/charts/deferredCharts';
import { curvePoints, type Curve } from '../../ui/charts/curves';
import { laplacePdf, normalPdf } from '../../math/distributions';
import { histogram, niceBinWidth } from '../../math/histogram';
import { niceCeil } from '../../math/niceNumbers';

interface ResidualHistogramProps {
  residuals: Float64Array;
  /** Draw the Normal(0, σ) density with this σ. */
  normalSigma?: number;
  /** Draw the Laplace(0, b) density with this scale b. */
  laplaceScale?: number;
  /** Half-width of the x axis; shared by histograms that sit side by side. */
  reach?: number;
  height?: number;
}

/** The residuals in bins of a readable width. */
function residualBins(residuals: Float64Array) {
  let [min, max] = [Infinity, -Infinity];
  for (const r of residuals) [min, max] = [Math.min(min, r), Math.max(max, r)];
  return histogram(residuals, niceBinWidth(min, max, residuals.length));
}

/**
 * Half-width of an axis symmetric about 0: the widest residual, rounded up, and never less
 * than the outermost bin edge (a bin 10 wide holding a residual of 23 ends at 30, not 25).
 */
export function residualReach(...sets: Float64Array[]): number {
  let widest = 1;
  let outermostEdge = 0;
  for (const r of sets) {
    for (const v of r) widest = Math.max(widest, Math.abs(v));
    const bins = residualBins(r);
    if (bins.length) outermostEdge = Math.max(outermostEdge, -bins[0].start, bins[bins.length - 1].end);
  }
  return Math.max(niceCeil(widest * 1.05), outermostEdge);
}

/** The styles of the assumed densities, shared with the legends beside the charts. */
export const NORMAL_STYLE = { colour: 'var(--normal)' } as const;
export const LAPLACE_STYLE = { colour: 'var(--laplace)', dash: '6 3' } as const;

/**
 * A density histogram of residuals with assumed densities drawn over it. Memoised on
 * plain props, so it redraws only when its residuals change.
 */
export const ResidualHistogram = memo(function ResidualHistogram({
  residuals,
  normalSigma,
  laplaceScale,
  reach = residualReach(residuals),
  height = 220,
}: ResidualHistogramProps) {
  const bins = residualBins(residuals);
  const domain: [number, number] = [-reach, reach];
  const drawn: Curve[] = [];
  if (normalSigma !== undefined) {
    const points = curvePoints((r) => normalPdf(r, 0, normalSigma), domain, 240);
    drawn.push({ key: 'normal', label: 'Normal', points, ...NORMAL_STYLE });
  }
  if (laplaceScale !== undefined) {
    const points = curvePoints((r) => laplacePdf(r, 0, laplaceScale), domain, 240);
    drawn.push({ key: 'laplace', label: 'Laplace', points, ...LAPLACE_STYLE });
  }
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
});
