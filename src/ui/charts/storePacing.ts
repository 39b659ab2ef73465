import { createContext, type Context } from 'react';

/**
 * A Recharts chart draws in several renders: the first mounts its parts, whose effects then
 * report sizes, axes and layers to the chart's own store, and every report re-renders the
 * chart at once (a store read through `useSyncExternalStore` is always rendered synchronously).
 * Three or four such renders follow each other in the task of the first: 50–90 ms on a
 * two-core machine, a long task for a chart the reader cannot even see yet.
 *
 * A pacer lets a chart that arrives off the screen see its store's changes one task at a time:
 * the chart renders from the store as it was at the last delivery, and a change is delivered in
 * a task of its own. Each render then comes in a task of its own, and the browser may paint or
 * answer the reader between them. Once a frame has passed with nothing to deliver, the chart has
 * settled and its store is read directly again, so that a slider's step and its consequences in
 * the chart are painted together, in one frame.
 *
 * The pacer reaches the chart's store through the hook Recharts reads it with, which the build
 * replaces with `pacedSelector.ts` (`vite.config.ts`, `pacedStoreAlias`).
 */
export interface StorePacer {
  /** The store's subscribe and getSnapshot as the chart should see them. */
  pace<S>(
    subscribe: (listener: () => void) => () => void,
    getSnapshot: () => S,
  ): { subscribe: (listener: () => void) => () => void; getSnapshot: () => S };
  /** Whether changes are still delivered one task at a time. */
  readonly pacing: boolean;
}

/**
 * The pacer of the chart rendered inside, if it is paced. The hook that reads it
 * (pacedSelector.ts) goes with Recharts, in the chart kit's chunk, and finds it under this
 * global key rather than by importing this module: a module imported from both sides would be
 * split into a chunk of its own, one more request before the first screen.
 */
const contextKey = Symbol.for('likelihood-lab.store-pacing');
const contexts = globalThis as typeof globalThis & { [contextKey]?: Context<StorePacer | null> };
export const StorePacingContext = (contexts[contextKey] ??= createContext<StorePacer | null>(null));

/** Pacers still pacing, delivered at once when the page is printed. */
const pacingNow = new Set<{ stop(): void }>();
let printing = false;
if (typeof window !== 'undefined') {
  // Registered as this module loads, before any chapter's own print handler: the charts those
  // draw for the printout are not paced, and those still arriving are completed before the
  // browser lays the pages out (the printout is taken right after this event).
  window.addEventListener('beforeprint', () => {
    printing = true;
    for (const pacer of [...pacingNow]) pacer.stop();
  });
  window.addEventListener('afterprint', () => (printing = false));
}

/** Runs `then` in a task of its own, queued behind the tasks already waiting. */
function inNextTask(then: () => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(null);
}

/**
 * A pacer for one chart (one store), or null when charts should draw at once (while printing).
 * `nextTask` and `nextFrame` are the browser's unless a test gives its own.
 */
export function createStorePacer(
  nextTask: (then: () => void) => void = inNextTask,
  nextFrame: (then: () => void) => void = requestAnimationFrame,
): StorePacer | null {
  if (printing) return null;
  let pacing = true;
  /** The snapshot the chart renders from, per getSnapshot (one store has one). */
  const shown = new Map<() => unknown, unknown>();
  const listeners = new Set<() => void>();
  let deliveryDue = false;
  let deliveredSinceFrame = false;
  let watching = false;

  const changed = () => [...shown].some(([getSnapshot, snapshot]) => getSnapshot() !== snapshot);
  const deliver = () => {
    deliveryDue = false;
    deliveredSinceFrame = true;
    for (const getSnapshot of shown.keys()) shown.set(getSnapshot, getSnapshot());
    // Each listener compares its own selection and re-renders its component if it changed.
    for (const listener of [...listeners]) listener();
  };
  const deliverSoon = () => {
    if (deliveryDue) return;
    deliveryDue = true;
    nextTask(() => {
      if (pacing) deliver();
    });
  };
  const controls = {
    stop() {
      pacingNow.delete(controls);
      if (!pacing) return;
      pacing = false;
      deliver();
      // Read directly from now on: the snapshots kept would only hold old states in memory.
      shown.clear();
    },
  };
  /** Stops pacing after the first frame that had nothing to deliver: the chart has settled. */
  const watchFrames = () =>
    nextFrame(() => {
      if (!pacing) return;
      if (deliveryDue || deliveredSinceFrame || changed()) {
        deliveredSinceFrame = false;
        watchFrames();
      } else controls.stop();
    });

  return {
    get pacing() {
      return pacing;
    },
    pace(subscribe, getSnapshot) {
      return {
        getSnapshot() {
          if (!pacing) return getSnapshot();
          if (!shown.has(getSnapshot)) shown.set(getSnapshot, getSnapshot());
          return shown.get(getSnapshot) as ReturnType<typeof getSnapshot>;
        },
        subscribe(listener) {
          if (!watching) {
            watching = true;
            pacingNow.add(controls);
            watchFrames();
          }
          listeners.add(listener);
          // The store may have changed before this subscription (in the effects of the commit
          // that mounted the chart): that change is delivered like any other.
          if (pacing && changed()) deliverSoon();
          const unsubscribe = subscribe(() => (pacing ? deliverSoon() : listener()));
          return () => {
            listeners.delete(listener);
            unsubscribe();
          };
        },
      };
    },
  };
}
