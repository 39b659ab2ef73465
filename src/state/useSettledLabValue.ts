import { startTransition, useEffect, useState } from 'react';
import type { LabState } from '../model/readerState';
import { useLabStore } from './store';

/**
 * A value of the store once it has stayed the same for `delayMs` (as ui/useSettledValue), read
 * from the store outside React's render: the component asking for it renders when the value
 * settles, not at every slider step that changes it. `select` must be the same function from
 * render to render (declared outside the component).
 */
export function useSettledLabValue<T>(select: (state: LabState) => T, delayMs: number): T {
  const [settled, setSettled] = useState(() => select(useLabStore.getState()));
  useEffect(() => {
    let latest = select(useLabStore.getState());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settleLater = () => {
      clearTimeout(timer);
      timer = setTimeout(() => startTransition(() => setSettled(latest)), delayMs);
    };
    // A change between the render and this effect is followed too.
    if (!Object.is(latest, settled)) settleLater();
    const unsubscribe = useLabStore.subscribe((state) => {
      const next = select(state);
      if (Object.is(next, latest)) return;
      latest = next;
      settleLater();
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [select, delayMs, settled]);
  return settled;
}
