import { startTransition, Suspense, use, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from './afterNextPaint';
import { whenIdle } from './whenIdle';

/**
 * A module the page can show without (the chart kit, KaTeX): fetched once, on request, and
 * waited for by the parts that draw with it.
 */
export interface DeferredModule<M> {
  /** Fetches the module, once; anyone may call it ahead of need. */
  load(): Promise<M>;
  /** The module, once it has arrived. */
  current(): M | null;
  /** Settles when the module has arrived (or failed to), without asking for it. */
  readonly arrived: Promise<M>;
  /**
   * Settles with the module on the caller's turn: once it has arrived, one caller per idle
   * period, in the order they asked (or all at once after `allTurnsNow`).
   */
  turn(): Promise<M>;
  /** Serves every caller still waiting for a turn at once (printing: everything is wanted now). */
  allTurnsNow(): void;
}

export function deferredModule<M>(fetchModule: () => Promise<M>): DeferredModule<M> {
  let current: M | null = null;
  let fetching: Promise<M> | null = null;
  let settle!: { resolve: (module: M) => void; reject: (error: unknown) => void };
  const arrived = new Promise<M>((resolve, reject) => (settle = { resolve, reject }));
  // A failure is shown by the parts waiting for it (their chapter's error boundary), if any.
  arrived.catch(() => {});
  let lastTurn: Promise<M> = arrived;
  let allNow = false;
  /** Serves the turn waiting for the browser to be idle, if any, at once. */
  let serveNow = () => {};
  const servedWhenIdle = (module: M) =>
    new Promise<M>((resolve) => {
      if (allNow) return resolve(module);
      const cancel = whenIdle(() => serveNow());
      serveNow = () => {
        serveNow = () => {};
        cancel();
        resolve(module);
      };
    });
  return {
    load() {
      fetching ??= fetchModule().then(
        (module) => {
          current = module;
          settle.resolve(module);
          return module;
        },
        (error: unknown) => {
          settle.reject(error);
          throw error;
        },
      );
      return fetching;
    },
    current: () => current,
    arrived,
    turn() {
      lastTurn = lastTurn.then(servedWhenIdle);
      return lastTurn;
    },
    allTurnsNow() {
      allNow = true;
      serveNow();
    },
  };
}

interface WithModuleProps<M> {
  module: DeferredModule<M>;
  /**
   * When the part waits for its turn (`DeferredModule.turn`) rather than drawing with every
   * other part at once: `on-arrival`, if the module arrives after it mounted; `always`, even
   * if the module is in. For parts whose placeholder holds their exact box (charts): several
   * drawn in one task would block the page for that long, and drawn one at a time nothing moves.
   */
  takesTurns?: 'never' | 'on-arrival' | 'always';
  /** What holds the part's place until the module is in: its size, or near it, so little moves. */
  placeholder: ReactNode;
  children: (module: M) => ReactNode;
}

/**
 * Draws `children` with the module. Until it is in, the placeholder stands in their place, and
 * the module is asked for once that placeholder is on screen: the text painted with it never
 * waits for the module's download or its evaluation. Once the module is in, parts draw as they
 * mount. A module that fails to arrive throws to the chapter's error boundary, as a chapter's
 * code does.
 */
export function WithModule<M>({ module, placeholder, takesTurns = 'never', children }: WithModuleProps<M>) {
  // Decided as it mounts, and kept: a part whose inner component changed would be drawn anew.
  const [arrival] = useState(() => {
    const isIn = module.current() !== null;
    if (takesTurns === 'always' || (takesTurns === 'on-arrival' && !isIn)) return module.turn();
    return isIn ? null : module.arrived;
  });
  useEffect(() => (arrival ? afterNextPaint(() => void module.load().catch(() => {})) : undefined), [arrival, module]);
  if (!arrival) return children(module.current()!);
  if (takesTurns !== 'never') return <OnItsTurn arrival={arrival} placeholder={placeholder} render={children} />;
  return (
    <Suspense fallback={placeholder}>
      <OnceArrived arrival={arrival} render={children} />
    </Suspense>
  );
}

interface ArrivalProps<M> {
  arrival: Promise<M>;
  render: (module: M) => ReactNode;
}

/** Suspends until the module is in, then draws (and calls `use` at every render, as React requires). */
function OnceArrived<M>({ arrival, render }: ArrivalProps<M>) {
  return render(use(arrival));
}

/**
 * Shows the placeholder until its turn has come, then draws: an update of its own, not a
 * Suspense retry, because React reveals retried boundaries together (up to 300 ms after the
 * last fallback shown), which would draw every waiting part in one task after all.
 */
function OnItsTurn<M>({ arrival, placeholder, render }: ArrivalProps<M> & { placeholder: ReactNode }) {
  const [served, setServed] = useState<{ module: M } | { error: unknown } | null>(null);
  useEffect(() => {
    let mounted = true;
    arrival.then(
      // In a transition: the draw's render comes in slices that leave the page responsive.
      (module) => mounted && startTransition(() => setServed({ module })),
      (error: unknown) => mounted && setServed({ error }),
    );
    return () => {
      mounted = false;
    };
  }, [arrival]);
  if (!served) return placeholder;
  // A module that failed to arrive: the chapter's error boundary shows it.
  if ('error' in served) throw served.error;
  return render(served.module);
}
