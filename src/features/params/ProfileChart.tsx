import { memo, type ComponentType } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DensityPlot, type Marker } from '../../ui/charts/DensityPlot';
import { CursorLine } from '../../ui/charts/Layers';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import { useNearViewport } from '../../ui/useNearViewport';
import { useGatedParams } from './useSectionParams';

interface ProfileChartProps {
  /** Points of the curve, x = μ in the data's unit. */
  points: { x: number; y: number }[];
  label: string;
  yLabel: string;
  colour: string;
  markers: Marker[];
  description: string;
  height?: number;
  /** Draw the shared μ as a moving line (it follows the sliders without redrawing the chart). */
  showMu?: boolean;
  /** A layer drawn over the curve that follows the store itself (a module-level component, so memo holds). */
  Overlay?: ComponentType;
  /** The x axis; by default μ in the data's unit ("μ (BPM)"). */
  xLabel?: string;
}

/** 1, 2 or 5 times a power of ten, at or above x > 0. */
function roundStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((m) => m * power).find((u) => u >= x) ?? 10 * power;
}

/**
 * The shared μ as a cursor: subscribes to the store itself, so only this line re-renders,
 * and only while the chart is near the screen.
 */
function MuCursor({ near }: { near: boolean }) {
  const { mu } = useGatedParams(near);
  return <CursorLine x={mu} colour="var(--focus)" label="your μ" />;
}

/** A quantity (ℓ, NLL, …) as a function of μ, its y axis fitted to the curve. */
export const ProfileChart = memo(function ProfileChart(props: ProfileChartProps) {
  const { points, label, yLabel, colour, markers, description, height = 220, showMu = false, Overlay } = props;
  const words = useLabStore(selectDataWords);
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const { xLabel = labelWithUnit(words, 'μ') } = props;
  const values = points.map((p) => p.y);
  const [highest, lowest] = [Math.max(...values), Math.min(...values)];
  // The y axis snaps outward to a round step, so while a slider reshapes the curve the axis
  // (its ticks and labels) mostly stays put and a step repaints the curve alone.
  const step = roundStep((highest - lowest || 1) / 4);
  const top = Math.ceil((highest + 0.02 * (highest - lowest)) / step) * step;
  const bottom = Math.floor((lowest - 0.02 * (highest - lowest)) / step) * step;
  return (
    <div ref={ref}>
      <ChartBox label={description}>
        {(width) => (
          <DensityPlot
            width={width}
            height={height}
            xDomain={[points[0].x, points[points.length - 1].x]}
            yMax={top}
            yMin={bottom}
            xLabel={xLabel}
            yLabel={yLabel}
            curves={[{ key: label, label, points, colour }]}
            markers={markers}
            yTickFormat={(v) => String(Math.round(v))}
          >
            {showMu && <MuCursor near={near} />}
            {Overlay && <Overlay />}
          </DensityPlot>
        )}
      </ChartBox>
    </div>
  );
});
