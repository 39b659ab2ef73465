import { useLayoutEffect, useRef, useState } from 'react';

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
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measured = Math.round(element.getBoundingClientRect().width);
    if (measured > 0) setWidth(measured);
    observer ??= new ResizeObserver(onResize);
    widthSetters.set(element, setWidth);
    observer.observe(element);
    return () => {
      widthSetters.delete(element);
      observer?.unobserve(element);
    };
  }, []);
  return [ref, width] as const;
}
