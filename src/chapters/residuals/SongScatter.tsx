import { memo, type ReactNode } from 'react';
import {
  DensityPlot,
  PathLayer,
  DragLayer,
  PointsLayer,
  SegmentsLayer,
  type ScatterPoint,
  type Segment,
} from '../../ui/charts/deferredCharts';
import { ChartBox } from '../../ui/ChartBox';
import { useLabStore } from '../../state/store';
import { useResolvedTheme } from '../../state/useResolvedTheme';

export interface ScatterCurve {
  key: string;
  points: { x: number; y: number }[];
  colour: string;
  dash?: string;
  width?: number;
}

interface SongScatterProps {
  xDomain: [number, number];
  yMax: number;
  yMin?: number;
  yLabel: string;
  yTickFormat?: (y: number) => string;
  /** The layers (a ScatterLayers inside a component that follows the store itself). */
  children: ReactNode;
}

/**
 * The frame of a songs-against-tempo chart: axes and grid. It is memoised, and its props
 * stay put while the reader moves a line or a song, so only the layers inside re-render.
 */
export const SongScatter = memo(function SongScatter({
  xDomain,
  yMax,
  yMin = 0,
  yLabel,
  yTickFormat,
  children,
}: SongScatterProps) {
  return (
    <ChartBox>
      {(width) => (
        <DensityPlot
          width={width}
          height={Math.round(Math.min(320, Math.max(240, width * 0.45)))}
          xDomain={xDomain}
          yMax={yMax}
          yMin={yMin}
          xLabel="Tempo (BPM)"
          yLabel={yLabel}
          yTickFormat={yTickFormat}
        >
          {children}
        </DensityPlot>
      )}
    </ChartBox>
  );
});

interface ScatterLayersProps {
  points: ScatterPoint[];
  curves: ScatterCurve[];
  segments?: Segment[];
  highlighted?: number | null;
  /** When given, a pointer can drag a point up and down. */
  onDrag?: (index: number, y: number) => void;
}

/** Songs as points, fitted lines or curves, and the gaps between them as segments. */
export function ScatterLayers({ points, curves, segments = [], highlighted = null, onDrag }: ScatterLayersProps) {
  const palette = useLabStore((s) => s.palette);
  const dark = useResolvedTheme() === 'dark';
  return (
    <>
      <SegmentsLayer segments={segments} palette={palette} dark={dark} />
      {curves.map((c) => (
        <PathLayer key={c.key} points={c.points} colour={c.colour} dash={c.dash} width={c.width ?? 2.5} clip />
      ))}
      <PointsLayer points={points} colour="var(--point)" highlighted={highlighted} />
      {onDrag && <DragLayer points={points} onDrag={onDrag} />}
    </>
  );
}

/** A y axis around the values, rounded out to tens: the songs fill the chart. */
export function valueDomain(values: Float64Array): [number, number] {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return [Math.floor(min / 10) * 10, Math.ceil(max / 10) * 10];
}

/** The tempo axis for a catalogue: its range rounded out to tens of BPM. */
export const tempoDomain = (tempo: Float64Array) => valueDomain(tempo);

/** A straight line across the tempo axis, for a PathLayer. */
export function linePoints(intercept: number, slope: number, [a, b]: [number, number], centre = 120) {
  return [a, b].map((x) => ({ x, y: intercept + slope * (x - centre) }));
}

/** At most this many songs are drawn; fits always use every song. */
export const MAX_SHOWN = 400;

/** The songs to draw: the first MAX_SHOWN, at their tempo and the value charted (popularity, hit). */
export const songPoints = (tempo: Float64Array, values: ArrayLike<number>) =>
  Array.from({ length: Math.min(values.length, MAX_SHOWN) }, (_, i) => ({ x: tempo[i], y: values[i] }));
