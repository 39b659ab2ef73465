import { ChartBox } from '../../components/ChartBox';
import { DensityPlot, type Marker } from '../../components/charts/DensityPlot';

interface ProfileChartProps {
  /** Points of the curve, x = μ in BPM. */
  points: { x: number; y: number }[];
  label: string;
  yLabel: string;
  colour: string;
  markers: Marker[];
  description: string;
  height?: number;
}

/** A quantity (ℓ, NLL, …) as a function of μ, its y axis fitted to the curve. */
export function ProfileChart({ points, label, yLabel, colour, markers, description, height = 220 }: ProfileChartProps) {
  const values = points.map((p) => p.y);
  const [top, bottom] = [Math.max(...values), Math.min(...values)];
  const pad = 0.05 * (top - bottom || 1);
  return (
    <ChartBox label={description}>
      {(width) => (
        <DensityPlot
          width={width}
          height={height}
          xDomain={[points[0].x, points[points.length - 1].x]}
          yMax={top + pad}
          yMin={bottom - pad}
          xLabel="μ (BPM)"
          yLabel={yLabel}
          curves={[{ key: label, label, points, colour }]}
          markers={markers}
          yTickFormat={(v) => String(Math.round(v))}
        />
      )}
    </ChartBox>
  );
}
