import { useContext, useMemo } from 'react';
import { useSyncExternalStoreWithSelector as readStore } from 'use-sync-external-store/with-selector';
import { StorePacingContext } from './storePacing';

/**
 * Stands in for `use-sync-external-store/shim/with-selector`, through which Recharts reads its
 * chart's store (`vite.config.ts`, `pacedStoreAlias`): the same hook, reading the store through
 * the chart's pacer when it has one (see storePacing.ts). Without one it is React's own.
 */
export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: (listener: () => void) => () => void,
  getSnapshot: () => Snapshot,
  getServerSnapshot: undefined | null | (() => Snapshot),
  selector: (snapshot: Snapshot) => Selection,
  isEqual?: (a: Selection, b: Selection) => boolean,
): Selection {
  const pacer = useContext(StorePacingContext);
  const store = useMemo(
    () => (pacer ? pacer.pace(subscribe, getSnapshot) : { subscribe, getSnapshot }),
    [pacer, subscribe, getSnapshot],
  );
  return readStore(store.subscribe, store.getSnapshot, getServerSnapshot, selector, isEqual);
}
