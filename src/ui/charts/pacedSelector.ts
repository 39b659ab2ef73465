import { createContext, useContext, useMemo, type Context } from 'react';
import { useSyncExternalStoreWithSelector as readStore } from 'use-sync-external-store/with-selector';
import type { StorePacer } from './storePacing';

// The context ChartBox gives a paced chart's pacer in (storePacing.ts, under the same key).
const contextKey = Symbol.for('likelihood-lab.store-pacing');
const contexts = globalThis as typeof globalThis & { [contextKey]?: Context<StorePacer | null> };
const StorePacingContext = (contexts[contextKey] ??= createContext<StorePacer | null>(null));

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
