import { useId } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';

/**
 * Layers drawn inside a Recharts chart from its scales. They let a chart whose frame
 * (axes, grid, domain) stays put follow a fast-changing value by re-rendering only a path
 * or a line, rather than the whole chart.
 */

interface CursorLineProps {
  x: number;
  colour: string;
  label?: string;
  dash?: string;
}

/** A vertical line at x across the plot, with an optional label at its top. */
export function CursorLine({ x, colour, label, dash }: CursorLineProps) {
  const xScale = useXAxisScale();
  const area = usePlotArea();
  if (!xScale || !area) return null;
  const px = xScale(x);
  if (px === undefined || px < area.x - 0.5 || px > area.x + area.width + 0.5) return null;
  // The label is right of the line, or left of it in the plot's right third, so it stays on the plot.
  const onLeft = px > area.x + (2 / 3) * area.width;
  return (
    <g className="cursor-line">
      <line
        x1={px}
        x2={px}
        y1={area.y}
        y2={area.y + area.height}
        stroke={colour}
        strokeWidth={2}
        strokeDasharray={dash}
      />
      {label && (
        <text
          x={onLeft ? px - 4 : px + 4}
          y={area.y + 12}
          fill="var(--text)"
          fontSize={12}
          textAnchor={onLeft ? 'end' : 'start'}
        >
          {label}
        </text>
      )}
    </g>
  );
}

interface PathLayerProps {
  points: { x: number; y: number }[];
  colour: string;
  width?: number;
  dash?: string;
  /** Shade the area between the path and y = 0 (or the plot's edge nearer 0). */
  fill?: boolean;
  /** The shade's opacity. */
  fillOpacity?: number;
  /** With `fill`, also draw the line itself over the shade. */
  stroke?: boolean;
  /**
   * Cut the path at the plot's edges (for lines that may leave it), rather than pressing
   * points onto the edges (right for a density's tall, thin peak).
   */
  clip?: boolean;
}

/**
 * A polyline through points (x, y), drawn from the scales, kept inside the plot. A point whose
 * y is not a finite number (a log of 0) breaks the line there.
 */
export function PathLayer({
  points,
  colour,
  width = 2,
  dash,
  fill = false,
  fillOpacity = 0.3,
  stroke = !fill,
  clip = false,
}: PathLayerProps) {
  const clipId = `path-clip${useId().replace(/:/g, '')}`;
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area || points.length === 0) return null;
  // Cut at the edges, a point far off the plot still gets a coordinate the path's parser reads
  // (a log-likelihood of −1e300 would be written −4.6e+301 px, which it refuses): a million
  // pixels out, the line’s course across the plot is the same to a hundredth of a pixel.
  const far = (v: number) => Math.min(1e6, Math.max(-1e6, v));
  const clampY = (y: number) => (clip ? far(y) : Math.min(area.y + area.height, Math.max(area.y, y)));
  const clampX = (x: number) => (clip ? far(x) : Math.min(area.x + area.width, Math.max(area.x, x)));
  // Runs of drawable points: each is one stretch of line (and of shade), its x's kept apart
  // for the shade's edges down to the base.
  const runs: { xs: string[]; points: string[] }[] = [];
  let run: (typeof runs)[number] | null = null;
  for (const p of points) {
    const [px, py] = [xScale(p.x), Number.isFinite(p.y) ? yScale(p.y) : undefined];
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) {
      run = null;
      continue;
    }
    if (!run) runs.push((run = { xs: [], points: [] }));
    const x = clampX(px).toFixed(1);
    run.xs.push(x);
    run.points.push(`${x},${clampY(py).toFixed(1)}`);
  }
  if (runs.length === 0) return null;
  const line = () => runs.map((r) => `M${r.points.join('L')}`).join('');
  const shade = () => {
    const base = Math.min(area.y + area.height, Math.max(area.y, yScale(0) ?? area.y + area.height)).toFixed(1);
    return runs.map((r) => `M${r.xs[0]},${base}L${r.points.join('L')}L${r.xs.at(-1)},${base}Z`).join('');
  };
  const paths = (
    <>
      {fill && <path d={shade()} fill={colour} fillOpacity={fillOpacity} stroke="none" />}
      {stroke && <path d={line()} fill="none" stroke={colour} strokeWidth={width} strokeDasharray={dash} />}
    </>
  );
  if (!clip) return paths;
  return (
    <g>
      <defs>
        <clipPath id={clipId}>
          <rect x={area.x} y={area.y} width={area.width} height={area.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>{paths}</g>
    </g>
  );
}

interface TangentLayerProps {
  /** The point of contact. */
  x: number;
  y: number;
  slope: number;
  colour: string;
}

/** A point and the tangent line through it, clipped to the plot. */
export function TangentLayer({ x, y, slope, colour }: TangentLayerProps) {
  const clipId = `tangent-clip${useId().replace(/:/g, '')}`;
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !xInverse || !area || !Number.isFinite(y) || !Number.isFinite(slope)) return null;
  const [left, right] = [xInverse(area.x), xInverse(area.x + area.width)];
  const reach = 0.15 * (Number(right) - Number(left) || 1);
  const px = xScale(x) ?? 0;
  const py = yScale(y) ?? 0;
  const end = (dx: number) => [xScale(x + dx) ?? 0, yScale(y + slope * dx) ?? 0];
  const [x1, y1] = end(-reach);
  const [x2, y2] = end(reach);
  return (
    <g className="tangent">
      <defs>
        <clipPath id={clipId}>
          <rect x={area.x} y={area.y} width={area.width} height={area.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={colour} strokeWidth={2.5} strokeDasharray="6 3" />
        <circle cx={px} cy={py} r={6} fill={colour} stroke="var(--surface)" strokeWidth={2} />
      </g>
    </g>
  );
}
