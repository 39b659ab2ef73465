import { createElement, useEffect, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type * as Kit from './kit';
import { afterNextPaint } from '../afterNextPaint';
import { deferredModule } from '../deferredModule';
import { whenIdle } from '../whenIdle';

/**
 * The charts, as the chapters use them. Recharts and the charts drawn with it (./kit) are a
 * chunk of their own, fetched once the first chart near the screen has been painted as an
 * empty box: a chapter's text, headings and controls never wait for it (a reader arriving by a
 * link sees the text sooner on a slow phone, the page's largest paint). Each chart holds its
 * exact box until it is drawn: once it comes near the screen, in its turn (below). The shell
 * also fetches the kit at the reader's first move, with the chapters' code.
 */
type ChartKit = typeof Kit;

const chartKit = deferredModule<ChartKit>(() => import('./kit'));

/** Fetches the chart kit, once; anyone may call it ahead of need. */
export const loadCharts = chartKit.load;

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
 * How near the screen a chart must come to be drawn: a screen and a half above or below. A
 * Recharts chart's first render is a chain of synchronous renders (20–50 ms here, four times
 * that on a mid-range phone) that cannot be sliced: drawn as it nears, a chart is ready before
 * the reader reaches it, and a page opened at a link does not draw the thirty charts far from
 * it while the reader reads.
 */
const NEAR = '150% 0px';

/**
 * The charts that came near, waiting for their turn: one is drawn per idle period, once the kit
 * is in, so that charts coming near together (a page opened at a link, a jump) never make one
 * long task between them.
 */
const turns = {
  /** The draws of the charts that came near, in the order they came. */
  queue: [] as (() => void)[],
  /** What puts a chart not yet near in the queue. */
  far: new Set<() => void>(),
  taking: false,
  everyChart: false,
};

function takeTurns() {
  if (turns.taking) return;
  turns.taking = true;
  // The kit is asked for once the boxes are on screen: the text painted with them never waits.
  afterNextPaint(() =>
    loadCharts().then(
      function next() {
        // Every chart wanted (presenting, printing, searching): all of them now, together.
        if (turns.everyChart) for (const draw of turns.queue.splice(0)) draw();
        const draw = turns.queue.shift();
        if (draw) whenIdle(() => (draw(), next()));
        else turns.taking = false;
      },
      () => {
        // Each waiting chart shows the failure to its chapter's error boundary.
        for (const draw of turns.queue.splice(0)) draw();
        turns.taking = false;
      },
    ),
  );
}

/**
 * Draws every chart, near the screen or not: now if the kit is in, else as it arrives (a
 * search of the page finds their labels; a printed page has its charts; a slide shows its own
 * as it comes up).
 */
export function drawEveryChart(): void {
  turns.everyChart = true;
  for (const queue of [...turns.far]) queue();
  if (chartKit.current()) for (const draw of turns.queue.splice(0)) draw();
}

// Printed, every chart is on paper: drawn before the browser lays out the pages, which follows
// this event at once. (Listening from the start, before any chapter's own listener: the chapters
// rendered for print then draw their charts as they mount.)
if (typeof window !== 'undefined') window.addEventListener('beforeprint', () => flushSync(drawEveryChart));

/**
 * Whether the chart is to be drawn: once it has come near the screen and had its turn (or at
 * once, with the kit in, when every chart is wanted). Once true, it stays. Throws to the
 * chapter's error boundary if the kit cannot arrive.
 */
function useDrawnInTurn() {
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(() => turns.everyChart && chartKit.current() !== null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;
  useEffect(() => {
    const element = ref.current;
    if (drawn || !element) return;
    const draw = () => {
      if (chartKit.current()) setDrawn(true);
      else chartKit.arrived.catch((error: unknown) => setFailure({ error }));
    };
    const queue = () => {
      observer.disconnect();
      turns.far.delete(queue);
      turns.queue.push(draw);
      takeTurns();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && queue(), {
      rootMargin: NEAR,
    });
    observer.observe(element);
    turns.far.add(queue);
    // Every chart wanted before the kit came: no need to come near.
    if (turns.everyChart) queue();
    return () => {
      observer.disconnect();
      turns.far.delete(queue);
      const waiting = turns.queue.indexOf(draw);
      if (waiting >= 0) turns.queue.splice(waiting, 1);
    };
  }, [drawn]);
  return [ref, drawn] as const;
}

/**
 * A whole chart: drawn once it comes near the screen, in its turn, with the kit in. Until then
 * an empty box of the chart's size holds its place, so nothing moves when the chart replaces
 * it. A kit that fails to arrive throws to the chapter's error boundary, as a chapter's code
 * does.
 */
function deferredChart<Props extends { width: number; height: number }>(
  name: string,
  pick: (kit: ChartKit) => ComponentType<Props>,
) {
  function Chart(props: Props) {
    const [ref, drawn] = useDrawnInTurn();
    if (!drawn)
      return (
        <div
          ref={ref}
          className="chart-placeholder"
          style={{ width: props.width, height: props.height }}
          aria-busy="true"
        />
      );
    return createElement(pick(arrivedKit()), props);
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
