import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';
import { densityColour, densityStrokeWidth } from '../../components/densityColour';
import { normalPdf } from '../../math/distributions';
import type { Palette } from '../../state/store';
import { nearestPoint, type DataPoint } from './widgetMath';

interface DensityLinesProps {
  points: DataPoint[];
  mu: number;
  sigma: number;
  /** The density that counts as fully plausible (colour scale top). */
  referenceDensity: number;
  palette: Palette;
  dark: boolean;
  inspected: number | null;
  onInspect: (index: number) => void;
}

/**
 * For each data point, a vertical line from the axis up to the current Normal curve: its
 * height is the point's density, its colour and width say how plausible the point is.
 * Plain SVG lines read the chart's scales, so there is one element per point and no series.
 */
export function DensityLines({
  points,
  mu,
  sigma,
  referenceDensity,
  palette,
  dark,
  inspected,
  onInspect,
}: DensityLinesProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const base = y(0) ?? 0;
  const top = area.y;
  return (
    <g className="density-lines">
      {points.map((p, i) => {
        const density = normalPdf(p.x, mu, sigma);
        const t = density / referenceDensity;
        const px = x(p.x) ?? 0;
        const py = Math.max(top, y(density) ?? base);
        const colour = densityColour(t, palette, dark);
        return (
          <g key={i} data-testid="density-line" data-density={density}>
            <line
              x1={px}
              x2={px}
              y1={base}
              y2={py}
              stroke={colour}
              strokeWidth={densityStrokeWidth(t)}
              strokeLinecap="round"
            />
            <circle
              cx={px}
              cy={base}
              r={i === inspected ? 5.5 : 3}
              fill={colour}
              stroke="var(--surface)"
              strokeWidth={1}
            />
          </g>
        );
      })}
      {inspected !== null && points[inspected] && (
        <circle
          cx={x(points[inspected].x) ?? 0}
          cy={base}
          r={9}
          fill="none"
          stroke="var(--focus)"
          strokeWidth={2.5}
          className="density-lines__inspected"
        />
      )}
      {/* One transparent layer finds the nearest point, rather than a handler on every line. */}
      <rect
        x={area.x}
        y={area.y}
        width={area.width}
        height={area.height}
        fill="transparent"
        onPointerMove={(event) => {
          if (!xInverse || points.length === 0) return;
          const svg = (event.currentTarget as SVGRectElement).ownerSVGElement;
          const box = svg?.getBoundingClientRect();
          if (!box) return;
          onInspect(nearestPoint(points, Number(xInverse(event.clientX - box.left))));
        }}
      />
    </g>
  );
}
