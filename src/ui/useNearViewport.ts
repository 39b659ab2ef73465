import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether an element is on screen or within `margin` of it. Starts true (so it renders
 * fully before the first observation, and wherever IntersectionObserver is missing), and is
 * true while the page prints: a figure off screen shows the values of now on paper.
 */
export function useNearViewport<T extends Element>(margin = '300px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    let printing = false;
    let onScreen = true;
    // The last entry is the current state (a busy page may deliver several at once).
    const observer = new IntersectionObserver(
      (entries) => {
        onScreen = entries[entries.length - 1].isIntersecting;
        if (!printing) setNear(onScreen);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    // Rendered before the browser lays the page out for print, which follows this event at once.
    const beforePrint = () => {
      printing = true;
      flushSync(() => setNear(true));
    };
    const afterPrint = () => {
      printing = false;
      setNear(onScreen);
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [margin]);
  return [ref, near] as const;
}
