import { useCallback, useSyncExternalStore } from 'react';

/** Whether a media query matches, following changes (a resized window, a system theme switched). */
export function useMediaQuery(query: string): boolean {
  // A stable subscription: a new one per render would resubscribe at every slider step.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
