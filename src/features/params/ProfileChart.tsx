import { createContext, memo, useContext, useMemo, type ComponentType } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { CurveLayer, DensityPlot, type Marker, CursorLine } from '../../ui/charts/deferredCharts';
import type { Curve } from '../../ui/charts/curves';
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
  /** Fixed lines (memoised by the caller: a new array re-renders the chart's frame). */
  markers: Marker[];
  description: string;
  height?: number;
  /** Draw the shared μ as a moving line (it follows the sliders without redrawing the chart). */
  showMu?: boolean;
  /**
   * A layer drawn over the curve that follows the store or a context itself (a module-level
   * component, so the frame's memo holds).
   */
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

/** The chart's curve, handed to its layer past the memoised frame. */
const ProfileCurve = createContext<Curve | null>(null);

function ProfileCurveLayer() {
  const curve = useContext(ProfileCurve);
  return curve && <CurveLayer curve={curve} />;
}

const roundTick = (v: number) => String(Math.round(v));

interface ProfileFrameProps {
  width: number;
  height: number;
  xMin: number;
  xMax: number;
  yMax: number;
  yMin: number;
  xLabel: string;
  yLabel: string;
  markers: Marker[];
  showMu: boolean;
  near: boolean;
  Overlay?: ComponentType;
}

/**
 * The Recharts frame: axes, grid, the fixed markers and the layers. Its props are plain values
 * that stay put while a slider reshapes the curve, so a step re-renders the curve's layer alone.
 * Re-rendering the frame costs ~10 ms (Recharts registers every axis and reference line in its
 * store again, in effects), work that ran after each slope-zero step and held up the next.
 */
const ProfileFrame = memo(function ProfileFrame({ xMin, xMax, showMu, near, Overlay, ...plot }: ProfileFrameProps) {
  return (
    <DensityPlot {...plot} xDomain={[xMin, xMax]} yTickFormat={roundTick}>
      <ProfileCurveLayer />
      {showMu && <MuCursor near={near} />}
      {Overlay && <Overlay />}
    </DensityPlot>
  );
});

/** A quantity (ℓ, NLL, …) as a function of μ, its y axis fitted to the curve. */
export const ProfileChart = memo(function ProfileChart(props: ProfileChartProps) {
  const { points, label, yLabel, colour, markers, description, height = 220, showMu = false, Overlay } = props;
  const words = useLabStore(selectDataWords);
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const { xLabel = labelWithUnit(words, 'μ') } = props;
  const curve = useMemo(() => ({ key: label, label, points, colour }), [label, points, colour]);
  const values = points.map((p) => p.y);
  const [highest, lowest] = [Math.max(...values), Math.min(...values)];
  // The y axis snaps outward to a round step, so while a slider reshapes the curve the axis
  // (its ticks and labels) mostly stays put and a step redraws the curve alone.
  const step = roundStep((highest - lowest || 1) / 4);
  const top = Math.ceil((highest + 0.02 * (highest - lowest)) / step) * step;
  const bottom = Math.floor((lowest - 0.02 * (highest - lowest)) / step) * step;
  const frame: Omit<ProfileFrameProps, 'width'> = {
    height,
    xMin: points[0].x,
    xMax: points[points.length - 1].x,
    yMax: top,
    yMin: bottom,
    xLabel,
    yLabel,
    markers,
    showMu,
    near,
    Overlay,
  };
  return (
    <div ref={ref}>
      <ProfileCurve.Provider value={curve}>
        <ChartBox label={description}>{(width) => <ProfileFrame width={width} {...frame} />}</ChartBox>
      </ProfileCurve.Provider>
    </div>
  );
});
