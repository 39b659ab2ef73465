import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LabState } from '../model/readerState';
import { useLabStore } from './store';

/**
 * What `select` reads from the store (compared shallowly) while `near` is true; while it is
 * false, the value last returned, so an off-screen figure re-renders at no slider step.
 */
export function useGated<T>(near: boolean, select: (s: LabState) => T): T {
  const shown = useRef<{ value: T } | null>(null);
  const value = useLabStore(useShallow((s: LabState) => (near || !shown.current ? select(s) : shown.current.value)));
  // Remember what was last shown, for when the figure leaves the screen.
  // eslint-disable-next-line react-hooks/refs -- a cache of rendered values, read only by the selector above
  shown.current = { value };
  return value;
}
