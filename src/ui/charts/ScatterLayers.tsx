import { memo, useState, type PointerEvent } from 'react';
import { svgPoint } from './svgPoint';
import { usePlotArea, useXAxisScale, useYAxisInverseScale, useYAxisScale } from 'recharts';
import type { Palette } from '../../model/readerState';
import { DENSITY_LEVELS, densityColour, densityLevel, densityStrokeWidth, levelDensity } from '../densityColour';

/**
 * Layers for scatter plots (songs as points, residuals as segments), drawn from the scales
 * of a chart frame such as DensityPlot, so that only these re-render as the reader moves a
 * line or a point.
 */

export interface ScatterPoint {
  x: number;
  y: number;
  colour?: string;
}

interface PointsLayerProps {
  points: ScatterPoint[];
  colour: string;
  radius?: number;
  /** Index of a point to ring (the one being moved). */
  highlighted?: number | null;
}

/** Memoised: the songs stay put while a line moves over them, so a step need not redraw them. */
export const PointsLayer = memo(function PointsLayer({
  points,
  colour,
  radius = 4,
  highlighted = null,
}: PointsLayerProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const ring = highlighted !== null ? points[highlighted] : undefined;
  return (
    <g className="points">
      {points.map((p, i) => (
        <circle
          key={i}
          cx={x(p.x)}
          cy={y(p.y)}
          r={radius}
          fill={p.colour ?? colour}
          fillOpacity={0.85}
          stroke="var(--surface)"
          strokeWidth={1}
        />
      ))}
      {ring && (
        <circle cx={x(ring.x)} cy={y(ring.y)} r={radius + 5} fill="none" stroke="var(--focus)" strokeWidth={2.5} />
      )}
    </g>
  );
});

export interface Segment {
  x: number;
  from: number;
  to: number;
  /** How plausible the gap is, 0 to 1: its colour and width on the density scale. */
  t: number;
}

interface SegmentsLayerProps {
  segments: Segment[];
  palette: Palette;
  dark: boolean;
}

/**
 * Vertical segments at x from one y to another: residuals, or the gap to a probability curve.
 * Coloured and widened by plausibility in the widget's 24 levels, each level one path, so a
 * slider step sets a few dozen attributes, not four per song.
 */
export function SegmentsLayer({ segments, palette, dark }: SegmentsLayerProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const inside = (py: number) => Math.min(area.y + area.height, Math.max(area.y, py)).toFixed(1);
  const levels = new Array<string>(DENSITY_LEVELS).fill('');
  for (const s of segments) {
    const px = x(s.x);
    if (px === undefined) continue;
    levels[densityLevel(s.t)] += `M${px.toFixed(1)},${inside(y(s.from) ?? 0)}V${inside(y(s.to) ?? 0)}`;
  }
  return (
    <g className="segments">
      {levels.map((d, level) =>
        d ? (
          <path
            key={level}
            d={d}
            fill="none"
            stroke={densityColour(levelDensity(level), palette, dark)}
            strokeWidth={densityStrokeWidth(levelDensity(level))}
          />
        ) : null,
      )}
    </g>
  );
}

interface DragLayerProps {
  points: ScatterPoint[];
  /** Called with the index of the point grabbed and its new y, while the pointer moves. */
  onDrag: (index: number, y: number) => void;
  /** How close (pixels) the pointer must come to a point to pick it up. */
  reach?: number;
}

/**
 * Lets a pointer pick up the nearest point and move it up and down. The same move is
 * offered to keyboards by the figure's own controls, so this layer is pointer-only.
 */
export function DragLayer({ points, onDrag, reach = 24 }: DragLayerProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const yInverse = useYAxisInverseScale();
  const area = usePlotArea();
  const [dragging, setDragging] = useState<number | null>(null);
  if (!x || !y || !yInverse || !area) return null;

  const local = (event: PointerEvent<SVGRectElement>) => {
    const { x: px, y: py } = svgPoint(event.currentTarget.ownerSVGElement!, event);
    return { px, py };
  };
  const down = (event: PointerEvent<SVGRectElement>) => {
    const { px, py } = local(event);
    let nearest = -1;
    let distance = reach;
    points.forEach((p, i) => {
      const d = Math.hypot((x(p.x) ?? 0) - px, (y(p.y) ?? 0) - py);
      if (d < distance) [nearest, distance] = [i, d];
    });
    if (nearest < 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(nearest);
    onDrag(nearest, Number(yInverse(py)));
  };
  const move = (event: PointerEvent<SVGRectElement>) => {
    if (dragging === null) return;
    const py = Math.min(area.y + area.height, Math.max(area.y, local(event).py));
    onDrag(dragging, Number(yInverse(py)));
  };
  return (
    <rect
      className={dragging === null ? 'drag-layer' : 'drag-layer drag-layer--active'}
      x={area.x}
      y={area.y}
      width={area.width}
      height={area.height}
      fill="transparent"
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={() => setDragging(null)}
      onPointerCancel={() => setDragging(null)}
    />
  );
}
