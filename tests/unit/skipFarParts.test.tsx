import { render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSkipFarParts } from '../../src/ui/skipFarParts';

function Page({ arrived, placeholder = false }: { arrived: boolean; placeholder?: boolean }) {
  useSkipFarParts(arrived);
  return (
    <main>
      <section className="chapter">
        <figure className="figure-frame" data-testid="figure" />
        <section className="section" data-testid="section" style={{ paddingTop: 16, borderBottom: '2px solid' }} />
        {placeholder && <div className="chapter-placeholder" />}
        <section className="chapter-end" data-testid="near" />
      </section>
      <section className="glossary" data-testid="glossary" />
      <p className="prose" data-testid="prose" />
    </main>
  );
}

/** The observed elements, for the test to report on (near or far) as a browser would. */
let observed: { target: Element; report: (isIntersecting: boolean) => void }[] = [];

beforeEach(() => {
  observed = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly watched = new Set<Element>();
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        this.watched.add(target);
        // Each element as tall as its test id is long, times 100.5 px (a fraction, as in a browser).
        const height = (target.getAttribute('data-testid')?.length ?? 0) * 100.5;
        const report = (isIntersecting: boolean) => {
          if (!this.watched.has(target)) return;
          const entry = { target, isIntersecting, boundingClientRect: { height } } as IntersectionObserverEntry;
          this.callback([entry], this as unknown as IntersectionObserver);
        };
        observed.push({ target, report });
        // Reported as it starts to be observed, as browsers do: far, except the part near the screen.
        queueMicrotask(() => report(target.getAttribute('data-testid') === 'near'));
      }
      unobserve(target: Element) {
        this.watched.delete(target);
      }
      disconnect() {
        this.watched.clear();
      }
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.landing;
});

const skipped = () => [...document.querySelectorAll<HTMLElement>('[data-skippable]')].map((el) => el.dataset.testid);

describe('parts far from the screen may be skipped once the page has arrived', () => {
  it('marks each section, figure, check list and the glossary once far, kept at its content height', async () => {
    const { getByTestId } = render(<Page arrived />);
    await waitFor(() => expect(skipped()).toEqual(['figure', 'section', 'glossary']));
    expect(getByTestId('section').style.getPropertyValue('contain-intrinsic-size')).toBe('auto 685.5px');
    expect(getByTestId('figure').style.getPropertyValue('contain-intrinsic-size')).toBe('auto 603px');
    expect(getByTestId('glossary').style.getPropertyValue('contain-intrinsic-size')).toBe('auto 804px');
    // Prose between parts stays as it is; the part near the screen waits until it is far.
    expect(getByTestId('prose').dataset.skippable).toBeUndefined();
    expect(getByTestId('near').dataset.skippable).toBeUndefined();
    observed.find(({ target }) => target === getByTestId('near'))!.report(false);
    expect(skipped()).toEqual(['figure', 'section', 'near', 'glossary']);
  });

  it('waits while the page is still arriving: for the signal, for a part still loading, for a landing', async () => {
    document.documentElement.dataset.landing = 'section';
    const { rerender } = render(<Page arrived={false} placeholder />);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(observed).toHaveLength(0);
    rerender(<Page arrived placeholder />);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(observed).toHaveLength(0);
    rerender(<Page arrived />);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(observed).toHaveLength(0);
    delete document.documentElement.dataset.landing;
    await waitFor(() => expect(skipped()).toHaveLength(3));
  });
});
