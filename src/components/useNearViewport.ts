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
    const observer = new IntersectionObserver(([entry]) => setNear(entry.isIntersecting), { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin]);
  return [ref, near] as const;
}
