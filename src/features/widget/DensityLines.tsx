import { memo } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from '../../ui/charts/deferredCharts';
import { svgPoint } from '../../ui/charts/svgPoint';
import {
  DENSITY_LEVELS as LEVELS,
  densityColour,
  densityLevel,
  densityStrokeWidth,
  levelDensity,
} from '../../ui/densityColour';
import { FAMILIES, type FamilyId } from '../../math/families';
import { useDrawnWidgetParams } from './useWidgetParams';
import type { Palette } from '../../model/readerState';
import { nearestPoint, type DataPoint } from './widgetMath';

interface DensityLinesProps {
  family: FamilyId;
  points: DataPoint[];
  /** The density that counts as fully plausible (colour scale top). */
  referenceDensity: number;
  palette: Palette;
  dark: boolean;
  /** Samples of the curve along the x axis (in the data's unit). */
  curveXs: number[];
}

/**
 * Each line is a filled rectangle as wide as its level's stroke would be: cheaper to rasterise
 * than a stroked segment with round caps (about 0.6 ms of a step at 400 lines, in software),
 * and it reads the same. These are the rectangles' half-widths, level by level.
 */
const HALF_WIDTHS = Array.from({ length: LEVELS }, (_, level) => densityStrokeWidth(levelDensity(level)) / 2);

/** The side of each song's square mark on the axis, in pixels. */
const MARK_SIZE = 6;

/**
 * The live part of the widget's chart: the assumed family's curve for the sliders and, for each data
 * point, a vertical line from the axis up to the curve. Its height is the point's density,
 * its colour and width say how plausible the point is.
 *
 * This layer reads the parameters from the store itself, so a slider step re-renders only these
 * few paths, not the Recharts chart around them (axes, grid and scales stay as they were).
 */
export function DensityLines({ family, points, referenceDensity, palette, dark, curveXs }: DensityLinesProps) {
  const [a, b] = useDrawnWidgetParams();
  const { pdf } = FAMILIES[family];
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const base = (y(0) ?? 0).toFixed(1);
  const top = area.y;
  const yOf = (density: number) => Math.max(top, y(density) ?? 0).toFixed(1);
  const segments = new Array<string>(LEVELS).fill('');
  const marks = new Array<string>(LEVELS).fill('');
  for (const p of points) {
    const density = pdf(p.x, a, b);
    const level = densityLevel(density / referenceDensity);
    const px = x(p.x) ?? 0;
    const half = HALF_WIDTHS[level]!;
    segments[level] += `M${(px - half).toFixed(1)},${base}V${yOf(density)}h${(2 * half).toFixed(1)}V${base}Z`;
    // A square mark on the axis (a stroke as wide as it is long), so the song's colour stays
    // visible even where its line has no height at all. Square, not round: at 400 songs,
    // rasterising round dots took 2 ms of every step's frame in software.
    marks[level] += `M${(px - MARK_SIZE / 2).toFixed(1)},${base}h${MARK_SIZE}`;
  }
  const curve = curveXs.map((cx, i) => `${i ? 'L' : 'M'}${(x(cx) ?? 0).toFixed(1)},${yOf(pdf(cx, a, b))}`);
  return (
    <g className="density-lines" data-testid="density-lines">
      {segments.map((d, level) =>
        d ? (
          <path key={level} d={d} data-level={level} fill={densityColour(levelDensity(level), palette, dark)} />
        ) : null,
      )}
      {marks.map((d, level) =>
        d ? (
          <path
            key={level}
            d={d}
            stroke={densityColour(levelDensity(level), palette, dark)}
            strokeWidth={MARK_SIZE}
            strokeLinecap="butt"
          />
        ) : null,
      )}
      <path d={curve.join('')} fill="none" stroke="var(--curve)" strokeWidth={2.5} data-testid="density-curve" />
    </g>
  );
}

interface PointMarksProps {
  points: DataPoint[];
  inspected: number | null;
  onInspect: (index: number) => void;
}

/**
 * The ring around the inspected point, and one transparent layer that
 * finds the point nearest the pointer (rather than a handler on every line). None of this
 * depends on μ or σ, so it is memoised away from slider steps.
 */
export const PointMarks = memo(function PointMarks({ points, inspected, onInspect }: PointMarksProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const base = y(0) ?? 0;
  const ringed = inspected !== null ? points[inspected] : undefined;
  return (
    <g className="point-marks">
      {ringed && <circle cx={x(ringed.x) ?? 0} cy={base} r={8} fill="none" stroke="var(--focus)" strokeWidth={2.5} />}
      <rect
        x={area.x}
        y={area.y}
        width={area.width}
        height={area.height}
        fill="transparent"
        onPointerMove={(event) => {
          if (!xInverse || points.length === 0) return;
          const svg = (event.currentTarget as SVGRectElement).ownerSVGElement;
          if (svg) onInspect(nearestPoint(points, Number(xInverse(svgPoint(svg, event).x))));
        }}
      />
    </g>
  );
});
