import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element is on screen or within `margin` of it. Starts true (so it renders
 * fully before the first observation, and wherever IntersectionObserver is missing).
 */
export function useNearViewport<T extends Element>(margin = '300px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    // The last entry is the current state (a busy page may deliver several at once).
    const observer = new IntersectionObserver((entries) => setNear(entries[entries.length - 1].isIntersecting), {
      rootMargin: margin,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin]);
  return [ref, near] as const;
}
