import { useLabStore } from './store';
import { useMediaQuery } from './useMediaQuery';

/** 'light' or 'dark': the reader's choice, or the system's when they chose auto. */
export function useResolvedTheme(): 'light' | 'dark' {
  const preference = useLabStore((s) => s.theme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (preference === 'auto') return systemDark ? 'dark' : 'light';
  return preference;
}
