import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import katex from 'katex';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CartesianGrid } from 'recharts';
import { Bias } from '../../src/chapters/derivatives/Bias';
import { Derivation, STEPS } from '../../src/chapters/derivatives/Derivation';
import {
  GradientDescent,
  UPDATE_TEX,
  nllAxisRange,
  stepAxisRange,
} from '../../src/chapters/derivatives/GradientDescent';
import { SlopeZero, STRATEGY_TEX } from '../../src/chapters/derivatives/SlopeZero';
import { bandOf, surfaceGrid } from '../../src/chapters/derivatives/surface';
import { formatNumber } from '../../src/model/format';
import { sampleFor, summarise } from '../../src/model/summary';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { SETTLE_MS } from '../../src/ui/useSettledValue';

// The charts' grid, counted: a grid drawn again means a whole chart was drawn again.
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('recharts')>();
  return { ...actual, CartesianGrid: vi.fn(actual.CartesianGrid) };
});

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

describe('TeX of the derivatives chapter', () => {
  const all = [
    ...STRATEGY_TEX.map((tex, i) => [`strategy ${i + 1}`, tex]),
    ['update rule', UPDATE_TEX],
    ...STEPS.flatMap((step) => [
      ...step.tex.map((tex) => [step.title, tex]),
      ...(step.rules ?? []).map(([name, tex]) => [name, tex]),
    ]),
  ];
  it.each(all)('%s parses', (_, tex) => {
    expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true })).not.toThrow();
  });
});

describe('slope-zero', () => {
  it('shows both slopes live, and both are flat at the maximum', async () => {
    render(<SlopeZero />);
    expect(screen.getByTestId('slope-mu').textContent).toMatch(/uphill to the right/);
    const { normal } = summarise(sampleFor(42, 40));
    act(() => useLabStore.getState().setParams(normal.mu, normal.sigma));
    expect(screen.getByTestId('slope-mu').textContent).toMatch(/flat/);
    expect(screen.getByTestId('slope-sigma').textContent).toMatch(/flat/);
    await waitFor(() => expect(screen.queryByTestId('sigma-slice-top')).toBeNull());
  });

  it('with μ held away from x̄, the σ slice is flat at its own top, which it says is not σ̂', () => {
    const { normal } = summarise(sampleFor(42, 40));
    const top = Math.sqrt(normal.sigma ** 2 + (normal.mu - 100) ** 2); // 21.9 at μ = 100
    useLabStore.getState().setParams(100, Number(top.toFixed(1)));
    render(<SlopeZero />);
    expect(screen.getByTestId('slope-sigma').textContent).toMatch(/flat/);
    expect(screen.getByTestId('sigma-slice-top').textContent).toBe(top.toFixed(2));
    expect(Math.abs(top - normal.sigma)).toBeGreaterThan(5);
  });

  it('answers each step in its slope readouts, and restates where the σ slice peaks once the sliders rest', () => {
    vi.useFakeTimers();
    try {
      const { normal } = summarise(sampleFor(42, 40));
      useLabStore.getState().setParams(normal.mu, normal.sigma);
      render(<SlopeZero />);
      expect(screen.getByTestId('slope-mu').textContent).toMatch(/flat/);
      expect(screen.queryByTestId('sigma-slice-top')).toBeNull();
      act(() => useLabStore.getState().setParams(100, normal.sigma));
      expect(screen.getByTestId('slope-mu').textContent).toMatch(/uphill to the right/);
      expect(screen.queryByTestId('sigma-slice-top')).toBeNull();
      act(() => vi.advanceTimersByTime(SETTLE_MS));
      const top = Math.sqrt(normal.sigma ** 2 + (normal.mu - 100) ** 2);
      expect(screen.getByTestId('sigma-slice-top').textContent).toBe(top.toFixed(2));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('slope-zero, step by step', () => {
  it('a step of μ redraws the σ slice and its top, not either chart', () => {
    useLabStore.getState().setParams(100, 20);
    const { container } = render(<SlopeZero />);
    const grids = () => vi.mocked(CartesianGrid).mock.calls.length;
    const sliceTopLine = () => container.querySelector('.cursor-line line[stroke-dasharray="2 3"]')!;
    const curves = () =>
      [...container.querySelectorAll('.recharts-wrapper path[stroke-width="2"]')].map((p) => p.getAttribute('d'));
    const [before, topBefore, curvesBefore] = [grids(), sliceTopLine().getAttribute('x1'), curves()];
    act(() => useLabStore.getState().setParams(100.5, 20));
    expect(grids()).toBe(before);
    expect(Number(sliceTopLine().getAttribute('x1'))).toBeLessThan(Number(topBefore));
    expect(curves()).not.toEqual(curvesBefore);
  });
});

describe('derivation, just below the screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps its live numbers until it is on screen, not merely near it', async () => {
    // Within 300 px of the screen (where other sections already follow the sliders), not on it.
    class JustBelow {
      constructor(
        private readonly callback: IntersectionObserverCallback,
        private readonly options?: IntersectionObserverInit,
      ) {}
      observe(target: Element) {
        const entry = { isIntersecting: this.options?.rootMargin !== '0px', target } as IntersectionObserverEntry;
        queueMicrotask(() => this.callback([entry], this as unknown as IntersectionObserver));
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', JustBelow);
    useLabStore.getState().setParams(110, 15);
    const { container } = render(<Derivation />);
    await act(async () => {});
    const live = () => [...container.querySelectorAll('.derivation__live')].map((p) => p.textContent).join(' ');
    expect(live()).toMatch(/At your μ = 110\.00/);
    act(() => useLabStore.getState().setParams(125, 15));
    expect(live()).toMatch(/At your μ = 110\.00/);
  });
});

describe('derivation stepper', () => {
  it('reveals one step at a time, back and forth, or all at once', () => {
    const { container } = render(<Derivation />);
    const visible = () => container.querySelectorAll('li[data-step]:not([hidden])').length;
    expect(visible()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(visible()).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(visible()).toBe(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show all steps' }));
    expect(visible()).toBe(STEPS.length);
    // Evaluated on the learner's data: Σ(xᵢ − x̄) is zero at the mean.
    expect(screen.getByText(/Σ\(xᵢ − x̄\) = 0\.0000/)).toBeTruthy();
    // And the second-order check: ℓ curves down in both directions at the maximum.
    const { n, normal } = summarise(sampleFor(42, 40));
    const read = (id: string) => Number(screen.getByTestId(id).textContent!.replace('−', '-'));
    expect(read('curvature-mu')).toBeCloseTo(-n / normal.sigma ** 2, 4);
    expect(read('curvature-sigma')).toBeCloseTo((-2 * n) / normal.sigma ** 2, 4);
    expect(read('curvature-sigma')).toBeLessThan(0);
  });

  it('keeps steps to come out of reach, and makes a shown step reachable once the reader pauses', async () => {
    const { container } = render(<Derivation />);
    const inert = () =>
      [...container.querySelectorAll<HTMLElement>('li[data-step]')].map((li) => li.hasAttribute('inert'));
    expect(inert()).toEqual(STEPS.map((_, i) => i > 0));
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    // Shown at once; reachable (tab order, assistive technology, find-in-page) a moment later.
    expect(container.querySelector('li[data-step="2"]')!.hasAttribute('hidden')).toBe(false);
    await waitFor(() => expect(inert()).toEqual(STEPS.map((_, i) => i > 1)));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(inert()).toEqual(STEPS.map((_, i) => i > 0)));
  });
});

describe('likelihood surface', () => {
  it('puts the brightest band at the maximum and darker bands away from it', () => {
    const summary = summarise(sampleFor(42, 40));
    const grid = surfaceGrid(summary);
    expect(Math.min(...grid.bands)).toBe(0);
    expect(Math.max(...grid.bands)).toBeGreaterThan(5);
    expect(bandOf(-0.5)).toBe(0);
    expect(bandOf(-3)).toBe(2);
    expect(bandOf(-1e6)).toBe(9);
  });
});

describe('gradient descent', () => {
  it('from the default start, stepping reaches (x̄, σ̂) to display precision', () => {
    render(<GradientDescent />);
    const tenSteps = screen.getByRole('button', { name: '10 steps' });
    for (let i = 0; i < 60 && !(tenSteps as HTMLButtonElement).disabled; i++) fireEvent.click(tenSteps);
    const { normal } = summarise(sampleFor(42, 40));
    expect(screen.getByTestId('gd-mu').textContent).toBe(formatNumber(normal.mu, 2));
    expect(screen.getByTestId('gd-sigma').textContent).toBe(formatNumber(normal.sigma, 2));
    expect(screen.getByText(/Converged/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Lower the learning rate/);
  });

  it('a learning-rate step redraws no chart; a step of the optimiser does', () => {
    render(<GradientDescent />);
    const grids = () => vi.mocked(CartesianGrid).mock.calls.length;
    const before = grids();
    fireEvent.change(screen.getByRole('slider', { name: /Learning rate/ }), { target: { value: '31' } });
    expect(screen.getByText(/Gradient descent, η = 31/)).toBeTruthy();
    expect(grids()).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(grids()).toBeGreaterThan(before);
  });

  it('says so when the learning rate is far too large, never showing NaN', () => {
    render(<GradientDescent />);
    fireEvent.change(screen.getByRole('slider', { name: /Learning rate/ }), { target: { value: '1000' } });
    for (let i = 0; i < 30; i++) fireEvent.click(screen.getByRole('button', { name: '10 steps' }));
    const status = screen
      .getAllByRole('status')
      .map((s) => s.textContent)
      .join(' ');
    expect(status).toMatch(/Lower the learning rate/);
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('Newton’s method converges in a few steps', () => {
    render(<GradientDescent />);
    fireEvent.click(screen.getByRole('radio', { name: /Newton/ }));
    fireEvent.click(screen.getByRole('button', { name: '10 steps' }));
    fireEvent.click(screen.getByRole('button', { name: '10 steps' }));
    expect(screen.getByText(/Converged/)).toBeTruthy();
  });
});

describe('bias simulation', () => {
  it('runs and settles near (n − 1)/n · 225 and 225', () => {
    render(<Bias />);
    for (let i = 0; i < 5; i++) fireEvent.click(screen.getByRole('button', { name: 'Draw 1,000 samples' }));
    const mle = Number(screen.getByTestId('bias-mle').textContent);
    const unbiased = Number(screen.getByTestId('bias-unbiased').textContent);
    expect(Math.abs(mle - 180)).toBeLessThan(8);
    expect(Math.abs(unbiased - 225)).toBeLessThan(10);
    fireEvent.click(within(screen.getByRole('group', { name: 'Sample size n' })).getByRole('radio', { name: '40' }));
    expect(screen.getByText('Press a button to draw samples.')).toBeTruthy();
  });
});

describe('the mean NLL chart of gradient descent', () => {
  it('leaves room above the first step’s value and below the minimum, so neither marker is cut', () => {
    const [low, high] = nllAxisRange([6.7385, 5.1, 4.2, 4.07], 4.066);
    const span = high - low;
    expect(high - 6.7385).toBeGreaterThanOrEqual(0.08 * span);
    expect(4.066 - low).toBeGreaterThanOrEqual(0.08 * span);
    // Step 0 sits inside the step axis, not on its edge.
    for (const steps of [1, 10, 400]) {
      const [first, last] = stepAxisRange(steps);
      expect(0 - first).toBeGreaterThanOrEqual(0.02 * (last - first));
    }
  });
});
