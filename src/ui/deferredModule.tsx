import { Suspense, use, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from './afterNextPaint';

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
}

export function deferredModule<M>(fetchModule: () => Promise<M>): DeferredModule<M> {
  let current: M | null = null;
  let fetching: Promise<M> | null = null;
  let settle!: { resolve: (module: M) => void; reject: (error: unknown) => void };
  const arrived = new Promise<M>((resolve, reject) => (settle = { resolve, reject }));
  // A failure is shown by the parts waiting for it (their chapter's error boundary), if any.
  arrived.catch(() => {});
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
  };
}

interface WithModuleProps<M> {
  module: DeferredModule<M>;
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
export function WithModule<M>({ module, placeholder, children }: WithModuleProps<M>) {
  // Decided as it mounts, and kept: a part whose inner component changed would be drawn anew.
  const [waits] = useState(() => module.current() === null);
  useEffect(() => (waits ? afterNextPaint(() => void module.load().catch(() => {})) : undefined), [waits, module]);
  return (
    <Suspense fallback={placeholder}>
      {waits ? <OnceArrived module={module}>{children}</OnceArrived> : children(module.current()!)}
    </Suspense>
  );
}

/** Suspends until the module is in, then draws (and calls `use` at every render, as React requires). */
function OnceArrived<M>({ module, children }: Omit<WithModuleProps<M>, 'placeholder'>) {
  return children(use(module.arrived));
}
