import { useSyncExternalStore } from 'react';
import { useLabStore } from './store';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** 'light' or 'dark': the reader's choice, or the system's when they chose auto. */
export function useResolvedTheme(): 'light' | 'dark' {
  const preference = useLabStore((s) => s.theme);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
  if (preference === 'auto') return systemDark ? 'dark' : 'light';
  return preference;
}
