import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { BelowScreenContext, StagingContext } from './Staged';

/**
 * One ResizeObserver for every measured element, for the widths that change later (a
 * resized window, a slide shown). The first width is read in a layout effect instead, so a
 * chart is drawn at its width before the first paint: all the layout effects of a commit run
 * together, so only the first read lays the page out.
 */
const widthSetters = new Map<Element, (width: number) => void>();
let observer: ResizeObserver | null = null;

function onResize(entries: ResizeObserverEntry[]) {
  // Rendered in React's next task, not here: drawing a chart inside this callback would
  // resize other observed elements (the page, scroll boxes) during the observers' own step,
  // which browsers report as an observer loop.
  for (const entry of entries) {
    const width = Math.round(entry.contentRect.width);
    if (width > 0) widthSetters.get(entry.target)?.(width);
  }
}

/**
 * The width of an element in whole pixels, following resizes; null until the layout has
 * given it one (and while it is hidden). Give the ref to an empty full-width element of no
 * height (`.width-ruler`), not to the box the chart fills, so that only a change of width
 * reaches the observer.
 *
 * In a part of the page that arrived in idle time below the screen (ui/Staged), a chart waits
 * for its own turn in the page's queue instead (`waiting` is true meanwhile): a Recharts
 * chart's first draw is several renders (paced one task each off the screen: ChartBox), and
 * the charts of such a part arrive one turn each rather than all their draws back to back. On
 * the screen and above it, a chart draws with its part: arriving later, it would push what the
 * reader sees.
 *
 * `firstDrawnOffScreen` says whether the element was off the screen (above or below it) when
 * its first width was read: a chart drawn there may take several tasks to settle (ChartBox).
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  const stager = useContext(StagingContext);
  const belowScreen = useContext(BelowScreenContext);
  const [waiting, setWaiting] = useState(() => Boolean(stager && belowScreen));
  const [firstDrawnOffScreen, setFirstDrawnOffScreen] = useState(false);
  // Takes a waiting chart out of the page's queue: once drawn, the next part may come.
  const leaveQueue = useRef(() => {});
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let started = false;
    /** Reads the width and follows it; whether there was one (none while hidden). */
    const start = () => {
      started = true;
      const box = element.getBoundingClientRect();
      const measured = Math.round(box.width);
      if (measured > 0) {
        setWidth(measured);
        setFirstDrawnOffScreen(box.bottom < 0 || box.top > window.innerHeight);
      }
      observer ??= new ResizeObserver(onResize);
      widthSetters.set(element, setWidth);
      observer.observe(element);
      return measured > 0;
    };
    if (stager && waiting) {
      leaveQueue.current = stager.wait(element, () => {
        setWaiting(false);
        // Hidden, it draws nothing for now: the next part need not wait for it.
        if (!start()) leaveQueue.current();
      });
    } else start();
    return () => {
      leaveQueue.current();
      if (!started) return;
      widthSetters.delete(element);
      observer?.unobserve(element);
    };
    // Once, as it mounts: whether it waits for its turn is decided as it arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (width !== null) leaveQueue.current();
  }, [width]);
  return [ref, width, waiting, firstDrawnOffScreen] as const;
}
