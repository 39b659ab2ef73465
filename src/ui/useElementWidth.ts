import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * One ResizeObserver for every measured element. Its callbacks come after the browser's own
 * layout and before the paint, so reading widths there costs nothing; reading them in a layout
 * effect (getBoundingClientRect) forced a layout of the whole page per chart, which made a page
 * of thirty charts take seconds to render.
 */
const widthSetters = new Map<Element, (width: number) => void>();
let observer: ResizeObserver | null = null;
/** True while observe() runs: an observer that reports at once (a test stub) is inside a layout effect. */
let observing = false;

function applyWidths(entries: readonly ResizeObserverEntry[]) {
  for (const entry of entries) {
    const width = Math.round(entry.contentRect.width);
    if (width > 0) widthSetters.get(entry.target)?.(width);
  }
}

function onResize(entries: ResizeObserverEntry[]) {
  // Rendered now rather than in a later task: the charts are painted at their width in this
  // very frame (the browser lays out again before it paints), never empty or at a guessed width.
  if (observing) applyWidths(entries);
  else flushSync(() => applyWidths(entries));
}

function observeWidth(element: Element, setWidth: (width: number) => void) {
  observer ??= new ResizeObserver(onResize);
  widthSetters.set(element, setWidth);
  observing = true;
  try {
    observer.observe(element);
  } finally {
    observing = false;
  }
  return () => {
    widthSetters.delete(element);
    observer?.unobserve(element);
  };
}

/**
 * The width of an element in whole pixels, following resizes; null until the layout has
 * given it one (and while it is hidden). Charts get a definite pixel width from it (Recharts'
 * ResponsiveContainer renders nothing where there is no layout, as in tests).
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    return element ? observeWidth(element, setWidth) : undefined;
  }, []);
  return [ref, width] as const;
}
