import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChapterPlaceholder } from '../../src/ui/Chapter';
import { ScrollBox } from '../../src/ui/ScrollBox';
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

/** An IntersectionObserver that reports its element out of view, its bottom `bottom` px from the window's top. */
function observerOutOfView(bottom: number) {
  return class {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      const entry = { isIntersecting: false, target, boundingClientRect: { bottom } } as IntersectionObserverEntry;
      queueMicrotask(() => this.callback([entry], this as unknown as IntersectionObserver));
    }
    disconnect() {}
  };
}

describe('a chapter placeholder the reader has already scrolled past', () => {
  // A reader who reaches the end before a chapter's code arrives leaves the chapters after it
  // above the window: from the top, nothing but the reader's passing would ever render them.
  it('asks to render once passed, when the page renders chapters as the reader reads down', async () => {
    vi.stubGlobal('IntersectionObserver', observerOutOfView(-400));
    const onNear = vi.fn();
    render(<ChapterPlaceholder id="residuals" number={5} title="Residuals" onNear={onNear} nearOncePassed />);
    await act(async () => {});
    expect(onNear).toHaveBeenCalled();
  });

  it('does not ask while it is still far below, nor once passed when chapters arrive in idle time', async () => {
    vi.stubGlobal('IntersectionObserver', observerOutOfView(5_000));
    const below = vi.fn();
    render(<ChapterPlaceholder id="residuals" number={5} title="Residuals" onNear={below} nearOncePassed />);
    await act(async () => {});
    expect(below).not.toHaveBeenCalled();

    vi.stubGlobal('IntersectionObserver', observerOutOfView(-400));
    const afterLink = vi.fn();
    render(<ChapterPlaceholder id="derivatives" number={4} title="Derivatives" onNear={afterLink} />);
    await act(async () => {});
    expect(afterLink).not.toHaveBeenCalled();
  });
});

describe('a scroll box', () => {
  /** A ResizeObserver that reports only when told to (`report`). */
  function observerReportingOnDemand() {
    const observer = {
      report: () => {},
      Class: class {
        constructor(callback: ResizeObserverCallback) {
          observer.report = () => callback([], this as unknown as ResizeObserver);
        }
        observe() {}
        disconnect() {}
      },
    };
    return observer;
  }

  /**
   * A box whose content is three times as wide as itself: its observer reports when the test
   * says, and every read of the content's width is counted.
   */
  function wideBox() {
    const observer = observerReportingOnDemand();
    vi.stubGlobal('ResizeObserver', observer.Class);
    const widthReads = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
    render(
      <ScrollBox label="A wide formula">
        <p>wide</p>
      </ScrollBox>,
    );
    return { observer, widthReads };
  }
  const keyboardStop = () => screen.getByRole('group', { name: 'A wide formula (scrolls sideways)' });

  // A page reached by a link fills in over dozens of commits: a box that read its width in
  // the commit that mounts it would lay the whole page out in each.
  it('reads its width only when its observer reports, never while React commits', () => {
    const { observer, widthReads } = wideBox();
    expect(widthReads).not.toHaveBeenCalled();
    expect(screen.queryByRole('group')).toBeNull();
    act(() => observer.report());
    // Wider than itself: a keyboard stop, named, so that it can be scrolled.
    expect(keyboardStop().tabIndex).toBe(0);
    vi.restoreAllMocks();
  });

  it('narrower than its content no more, stops being a keyboard stop', () => {
    const { observer } = wideBox();
    act(() => observer.report());
    expect(keyboardStop().tabIndex).toBe(0);
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(300);
    act(() => observer.report());
    expect(screen.queryByRole('group')).toBeNull();
    vi.restoreAllMocks();
  });
});

/** An IntersectionObserver whose elements are all off screen until `setOnScreen` says otherwise. */
function switchableObserver() {
  const observers = new Set<{ callback: IntersectionObserverCallback; target: Element }>();
  class Observer {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      const entry = { callback: this.callback, target };
      observers.add(entry);
      queueMicrotask(() =>
        this.callback([{ isIntersecting: false, target } as IntersectionObserverEntry], this as never),
      );
    }
    disconnect() {
      for (const entry of observers) if (entry.callback === this.callback) observers.delete(entry);
    }
  }
  const setOnScreen = (isIntersecting: boolean) =>
    act(() => {
      for (const { callback, target } of observers)
        callback([{ isIntersecting, target } as IntersectionObserverEntry], {} as never);
    });
  return { Observer, setOnScreen };
}

describe('the widget off screen', () => {
  it('keeps its lines while a slider elsewhere moves μ, and redraws them on screen, for print and on focus', async () => {
    const { LikelihoodWidget } = await import('../../src/features/widget/LikelihoodWidget');
    const { DEFAULT_STATE, useLabStore } = await import('../../src/state/store');
    useLabStore.getState().replace(DEFAULT_STATE);
    const { Observer, setOnScreen } = switchableObserver();
    vi.stubGlobal('IntersectionObserver', Observer);
    const { container } = render(<LikelihoodWidget />);
    await act(async () => {});
    const curve = () => container.querySelector('[data-testid="density-curve"]')!.getAttribute('d');
    const mu = () => (screen.getByRole('slider', { name: /Mean μ/ }) as HTMLInputElement).value;
    const drawn = curve();

    // Another section's slider (the slope's, the NLL's) moves the shared μ: the widget's words
    // and controls follow (assistive technology reads them anywhere), its lines do not.
    act(() => useLabStore.getState().setParams(101.5, 12));
    expect(mu()).toBe('101.5');
    expect(curve()).toBe(drawn);

    setOnScreen(true);
    const onScreen = curve();
    expect(onScreen).not.toBe(drawn);

    setOnScreen(false);
    act(() => useLabStore.getState().setParams(130, 12));
    expect(curve()).toBe(onScreen);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const printed = curve();
    expect(printed).not.toBe(onScreen);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    act(() => useLabStore.getState().setParams(125, 12));
    expect(curve()).toBe(printed);

    // Reached by Tab, it answers at once, before the observer reports it on screen.
    act(() => (screen.getByRole('button', { name: 'Jump to the maximum' }) as HTMLButtonElement).focus());
    expect(curve()).not.toBe(printed);
  });
});

describe('a second handle on μ off screen', () => {
  it('shows the μ of now once focused, so an arrow key steps from there and not from a stale value', async () => {
    const { CandidateCentreSlider } = await import('../../src/features/params/SharedParamSliders');
    const { DEFAULT_STATE, useLabStore } = await import('../../src/state/store');
    useLabStore.getState().replace(DEFAULT_STATE);
    const { Observer } = switchableObserver();
    vi.stubGlobal('IntersectionObserver', Observer);
    render(<CandidateCentreSlider range={[60, 180]} />);
    await act(async () => {});
    const slider = screen.getByRole('slider', { name: /Candidate centre/ }) as HTMLInputElement;
    const shown = slider.value;
    act(() => useLabStore.getState().setParams(131.5, 12));
    expect(slider.value).toBe(shown);
    act(() => slider.focus());
    expect(slider.value).toBe('131.5');
  });
});
