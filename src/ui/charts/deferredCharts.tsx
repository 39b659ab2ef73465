import { createElement, useContext, type ComponentType } from 'react';
import type * as Kit from './kit';
import { deferredModule, WithModule } from '../deferredModule';
import { ArrivingOnItsTurnContext } from '../Staged';

/**
 * The charts, as the chapters use them. Recharts and the charts drawn with it (./kit) are a
 * chunk of their own, fetched once the first chart has been painted as an empty box: a
 * chapter's text, headings and controls never wait for it (a reader arriving by a link sees
 * the text sooner on a slow phone, the page's largest paint), and each chart holds its exact
 * box until the kit arrives, then draws in it: the charts waiting then draw one per idle
 * period, in the order they mounted (nearest the reader first, ui/Staged), not all in one long
 * task. Once the kit is in, every chart draws as it mounts, with no wait at all. The shell
 * also fetches it at the reader's first move, with the chapters' code.
 */
type ChartKit = typeof Kit;

const chartKit = deferredModule<ChartKit>(() => import('./kit'));

/** Fetches the chart kit, once; anyone may call it ahead of need. */
export const loadCharts = chartKit.load;

/** Draws every chart still waiting for its turn as soon as the kit is in (printing). */
export const drawWaitingChartsNow = chartKit.allTurnsNow;

/** The kit, from inside a drawn chart (a layer, a hook): there, it is in. */
function arrivedKit(): ChartKit {
  const kit = chartKit.current();
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
 * A whole chart: drawn when the kit is in (on a turn of its own if it waited for the kit or
 * came with a part arriving in idle time: ui/Staged); until then an empty box of the chart's
 * size that counts as a part still arriving (`chapter-placeholder`: a landing on a link holds
 * its target until none is left, and nothing moves when the chart replaces it). A kit that
 * fails to arrive throws to the chapter's error boundary, as a chapter's code does.
 */
function deferredChart<Props extends { width: number; height: number }>(
  name: string,
  pick: (kit: ChartKit) => ComponentType<Props>,
) {
  function Chart(props: Props) {
    const arriving = useContext(ArrivingOnItsTurnContext);
    return (
      <WithModule
        module={chartKit}
        takesTurns={arriving.now ? 'always' : 'on-arrival'}
        placeholder={
          <div
            className="chapter-placeholder chart-placeholder"
            style={{ width: props.width, height: props.height }}
            aria-busy="true"
          />
        }
      >
        {(kit) => createElement(pick(kit), props)}
      </WithModule>
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
