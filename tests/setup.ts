import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadCharts } from '../src/ui/charts/deferredCharts';
import { loadTypesetter } from '../src/ui/liveFormulas';

// The chart kit is in before any test renders, as it is in the app once the first chart has
// fetched it: charts draw as they mount (tests/unit/deferredCharts.test.tsx covers the wait).
// Fetched before the tests, not as this file loads: after a test file's vi.mock of Recharts.
// So is KaTeX, for the formulas with live numbers (the fixed ones are typeset at build time).
beforeAll(async () => {
  await Promise.all([loadCharts(), loadTypesetter()]);
});

// jsdom has no layout (every box is 0 px wide): observed boxes report 640 px at once, so that charts render.
class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = { target, contentRect: { width: 640, height: 0 } } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
/** With no layout, everything observed counts as on screen (so later chapters render). */
class IntersectionObserverStub {
  readonly root = null;
  readonly rootMargin = '';
  readonly thresholds = [];
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    queueMicrotask(() =>
      this.callback(
        [{ isIntersecting: true, target } as unknown as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      ),
    );
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
globalThis.IntersectionObserver ??= IntersectionObserverStub as unknown as typeof IntersectionObserver;
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

// jsdom has no canvas: say so quietly (its default is a "Not implemented" message per call),
// as a browser without a 2D context would. The surface's heat map then simply stays blank.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
