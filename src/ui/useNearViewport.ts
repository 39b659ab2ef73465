import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether an element is on screen or within `margin` of it. Starts true (so it renders
 * fully before the first observation, and wherever IntersectionObserver is missing). It is
 * also true while the focus is inside the element (a control reached by Tab, which scrolls it
 * into view, must hold the values of now before the observer reports it on screen: an arrow
 * key would otherwise step from a stale value) and while the page prints (a figure off
 * screen shows the values of now on paper).
 */
export function useNearViewport<T extends Element>(margin = '300px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    let printing = false;
    let focused = false;
    let onScreen = true;
    const update = () => setNear(printing || focused || onScreen);
    // The last entry is the current state (a busy page may deliver several at once).
    const observer = new IntersectionObserver(
      (entries) => {
        onScreen = entries[entries.length - 1].isIntersecting;
        update();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    const focusIn = () => {
      focused = true;
      update();
    };
    const focusOut = (event: Event) => {
      focused = element.contains((event as FocusEvent).relatedTarget as Node | null);
      update();
    };
    element.addEventListener('focusin', focusIn);
    element.addEventListener('focusout', focusOut);
    // Rendered before the browser lays the page out for print, which follows this event at once.
    const beforePrint = () => {
      printing = true;
      flushSync(() => setNear(true));
    };
    const afterPrint = () => {
      printing = false;
      update();
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', focusIn);
      element.removeEventListener('focusout', focusOut);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [margin]);
  return [ref, near] as const;
}
