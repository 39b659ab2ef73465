import { createElement, Suspense, use, useEffect, useState, type ComponentType } from 'react';
import type * as Kit from './kit';
import { afterNextPaint } from '../afterNextPaint';

/**
 * The charts, as the chapters use them. Recharts and the charts drawn with it (./kit) are a
 * chunk of their own, fetched once the first chart has been painted as an empty box: a
 * chapter's text, headings and controls never wait for it (a reader arriving by a link sees
 * the text sooner on a slow phone, the page's largest paint), and each chart holds its exact
 * box until the kit arrives, then draws in it. Once the kit is in, every chart draws as it
 * mounts, with no wait at all. The shell also fetches it at the reader's first move, with the
 * chapters' code.
 */
type ChartKit = typeof Kit;

let kit: ChartKit | null = null;
let arriving: Promise<ChartKit> | null = null;
let settle: { resolve: (kit: ChartKit) => void; reject: (error: unknown) => void };
/** Settles when the kit has arrived (or failed to), without asking for it. */
const arrived = new Promise<ChartKit>((resolve, reject) => (settle = { resolve, reject }));
// A failure is shown by the charts waiting for it (their chapter's error boundary), if any.
arrived.catch(() => {});

/** Fetches the chart kit, once; anyone may call it ahead of need. */
export function loadCharts(): Promise<ChartKit> {
  arriving ??= import('./kit').then(
    (module) => {
      kit = module;
      settle.resolve(module);
      return module;
    },
    (error: unknown) => {
      settle.reject(error);
      throw error;
    },
  );
  return arriving;
}

/** The kit, from inside a drawn chart (a layer, a hook): there, it is in. */
function arrivedKit(): ChartKit {
  if (!kit) throw new Error('A chart layer was drawn outside a chart.');
  return kit;
}

/**
 * A component of the kit, drawn from inside a chart: a layer, or the chart itself once the
 * kit is in (a layer renders only within a drawn chart, so the kit is in).
 */
function fromKit<Props extends object>(name: string, pick: (kit: ChartKit) => ComponentType<Props>) {
  function FromKit(props: Props) {
    return createElement(pick(arrivedKit()), props);
  }
  FromKit.displayName = name;
  return FromKit;
}

/**
 * A whole chart: drawn when the kit is in; until then an empty box of the chart's size that
 * counts as a part still arriving (`chapter-placeholder`: a landing on a link holds its
 * target until none is left, and nothing moves when the chart replaces it). A kit that fails
 * to arrive throws to the chapter's error boundary, as a chapter's code does.
 */
function deferredChart<Props extends { width: number; height: number }>(
  name: string,
  pick: (kit: ChartKit) => ComponentType<Props>,
) {
  const Drawn = fromKit(name, pick);
  /** Suspends until the kit is in, then draws (and calls `use` at every render, as React requires). */
  function DrawnOnceArrived(props: Props) {
    use(arrived);
    return <Drawn {...props} />;
  }
  function Chart(props: Props) {
    // Decided as it mounts, and kept: a chart whose inner component changed would be drawn anew.
    const [waitsForKit] = useState(() => kit === null);
    // Asked for once this box is on screen: the text painted with it never waits for the kit's
    // download or its evaluation.
    useEffect(() => (waitsForKit ? afterNextPaint(() => void loadCharts().catch(() => {})) : undefined), [waitsForKit]);
    return (
      <Suspense
        fallback={
          <div
            className="chapter-placeholder chart-placeholder"
            style={{ width: props.width, height: props.height }}
            aria-busy="true"
          />
        }
      >
        {waitsForKit ? <DrawnOnceArrived {...props} /> : <Drawn {...props} />}
      </Suspense>
    );
  }
  Chart.displayName = name;
  return Chart;
}

export const DensityPlot = deferredChart('DensityPlot', (k) => k.DensityPlot);
export const CategoryBarChart = deferredChart('CategoryBarChart', (k) => k.CategoryBarChart);
export const CurveLayer = fromKit('CurveLayer', (k) => k.CurveLayer);
export const CursorLine = fromKit('CursorLine', (k) => k.CursorLine);
export const PathLayer = fromKit('PathLayer', (k) => k.PathLayer);
export const TangentLayer = fromKit('TangentLayer', (k) => k.TangentLayer);
export const DragLayer = fromKit('DragLayer', (k) => k.DragLayer);
export const PointsLayer = fromKit('PointsLayer', (k) => k.PointsLayer);
export const SegmentsLayer = fromKit('SegmentsLayer', (k) => k.SegmentsLayer);

/** A chart's scales and plot area, for layers written outside this folder (inside a chart only). */
export const useXAxisScale = () => arrivedKit().useXAxisScale();
export const useYAxisScale = () => arrivedKit().useYAxisScale();
export const useXAxisInverseScale = () => arrivedKit().useXAxisInverseScale();
export const usePlotArea = () => arrivedKit().usePlotArea();

export type { HorizontalMarker, Marker } from './DensityPlot';
export type { ScatterPoint, Segment } from './ScatterLayers';
