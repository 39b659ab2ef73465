import { useCallback, useSyncExternalStore } from 'react';

/**
 * One MediaQueryList per query, kept: its `matches` is live, and reading it at each render
 * (every slider step renders a chart that asks for the theme) creates no new list.
 */
const lists = new Map<string, MediaQueryList>();
function listFor(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/** Whether a media query matches, following changes (a resized window, a system theme switched). */
export function useMediaQuery(query: string): boolean {
  // A stable subscription: a new one per render would resubscribe at every slider step.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listFor(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => listFor(query).matches,
    () => false,
  );
}
