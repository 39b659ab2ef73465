import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChapterPlaceholder } from '../../src/ui/Chapter';
import { useNearViewport } from '../../src/ui/useNearViewport';

/**
 * An IntersectionObserver that delivers, in one callback, what a busy browser may queue for
 * one element between two callbacks: an old state, then the current one.
 */
function observerDelivering(states: boolean[]) {
  return class {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      const entries = states.map((isIntersecting) => ({ isIntersecting, target }) as IntersectionObserverEntry);
      queueMicrotask(() => this.callback(entries, this as unknown as IntersectionObserver));
    }
    disconnect() {}
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('observers read the latest of several entries delivered at once', () => {
  it('a chapter placeholder scrolled near (after an entry from when it was far) asks to render', async () => {
    vi.stubGlobal('IntersectionObserver', observerDelivering([false, true]));
    const onNear = vi.fn();
    render(<ChapterPlaceholder id="residuals" number={5} title="Residuals" onNear={onNear} />);
    await act(async () => {});
    expect(onNear).toHaveBeenCalled();
  });

  it('a figure scrolled away (after an entry from when it was near) counts as off screen', async () => {
    vi.stubGlobal('IntersectionObserver', observerDelivering([true, false]));
    function Figure() {
      const [ref, near] = useNearViewport<HTMLDivElement>();
      return <div ref={ref}>{near ? 'near' : 'far'}</div>;
    }
    render(<Figure />);
    await act(async () => {});
    expect(screen.getByText('far')).toBeTruthy();
  });
});
