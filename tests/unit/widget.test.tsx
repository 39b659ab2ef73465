import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { LikelihoodWidget } from '../../src/features/widget/LikelihoodWidget';
import { FORMULA_SETTLE_MS } from '../../src/features/widget/WidgetFormula';
import { sampleFor, summarise } from '../../src/model/summary';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import reference from '../fixtures/reference.json';
import { renderWithChapters } from './renderWithChapters';

const readLogLik = () => Number(screen.getByTestId('loglik').textContent!.replace('−', '-'));
/** Each coloured path's colour and how many songs it draws (one "M…Z" rectangle per song). */
const lineColours = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-testid="density-lines"] path[data-level]')).map(
    (path) => `${path.getAttribute('fill')} ×${path.getAttribute('d')!.split('M').length - 1}`,
  );
const lineCount = (container: HTMLElement) =>
  lineColours(container).reduce((total, entry) => total + Number(entry.split('×')[1]), 0);

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

describe('LikelihoodWidget', () => {
  it('shows ℓ for the sliders, with two decimals, matching scipy', () => {
    useLabStore.getState().setParams(120, 15);
    render(<LikelihoodWidget />);
    expect(screen.getByTestId('loglik').textContent).toMatch(/^[−-]\d+\.\d{2}$/);
    expect(readLogLik()).toBeCloseTo(reference.likelihoods[0].at[0].normalLogLik, 2);
  });

  it('draws one density line per song, from the axis up to the curve', () => {
    const { container } = render(<LikelihoodWidget />);
    expect(lineCount(container)).toBe(40);
    expect(container.querySelector('[data-testid="density-curve"]')).not.toBeNull();
  });

  it('colours a near point high and a far point low (red to green)', () => {
    useLabStore.getState().setParams(116.7, 14.1);
    const { container } = render(<LikelihoodWidget />);
    const levels = Array.from(container.querySelectorAll('path[data-level]')).map((p) =>
      Number(p.getAttribute('data-level')),
    );
    expect(Math.max(...levels)).toBeGreaterThanOrEqual(20);
    expect(Math.min(...levels)).toBeLessThanOrEqual(8);
  });

  it('moving the μ slider changes ℓ and the colours of the lines', () => {
    const { container } = render(<LikelihoodWidget />);
    const before = readLogLik();
    const coloursBefore = lineColours(container);
    const mu = screen.getByRole('slider', { name: /μ/ });
    fireEvent.change(mu, { target: { value: '116.7' } });
    expect(useLabStore.getState().mu).toBe(116.7);
    expect(readLogLik()).toBeGreaterThan(before);
    expect(lineColours(container)).not.toEqual(coloursBefore);
  });

  it('keeps “your best so far” while the data stay, and starts afresh for new data, even the same numbers imported', () => {
    render(<LikelihoodWidget />);
    const best = () => screen.queryByText(/Your best so far/);
    fireEvent.change(screen.getByRole('slider', { name: /μ/ }), { target: { value: '116.7' } });
    expect(best()).not.toBeNull();
    act(() => useLabStore.getState().setPalette('colour-blind-safe'));
    act(() => useLabStore.getState().setParams(110, 12));
    expect(best()).not.toBeNull();

    const tempos = sampleFor(42, 40);
    act(() => useLabStore.getState().setDataset({ values: Float64Array.from(tempos), name: '', unit: '' }));
    expect(best()).toBeNull();
    fireEvent.change(screen.getByRole('slider', { name: /μ/ }), { target: { value: '116.7' } });
    expect(best()).not.toBeNull();
    act(() => useLabStore.getState().setDataset({ values: Float64Array.from(tempos), name: '', unit: '' }));
    expect(best()).toBeNull();
  });

  it('the formula with numbers waits for the sliders to rest, dimmed meanwhile, then shows the new ℓ', () => {
    vi.useFakeTimers();
    try {
      render(<LikelihoodWidget />);
      const withNumbers = () => screen.getByText('The formula, with your numbers in it').parentElement!;
      const before = withNumbers().textContent;
      fireEvent.change(screen.getByRole('slider', { name: /μ/ }), { target: { value: '116.7' } });
      expect(withNumbers().getAttribute('aria-busy')).toBe('true');
      expect(withNumbers().textContent).toBe(before);
      act(() => vi.advanceTimersByTime(FORMULA_SETTLE_MS));
      expect(withNumbers().getAttribute('aria-busy')).toBe('false');
      expect(withNumbers().textContent).not.toBe(before);
      expect(withNumbers().textContent).toContain(screen.getByTestId('loglik').textContent);
    } finally {
      vi.useRealTimers();
    }
  });

  it('after the jump, says what the truth was and that it scores below the maximum on these songs', () => {
    render(<LikelihoodWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to the maximum' }));
    const truth = screen.getByTestId('truth').textContent!;
    expect(truth).toMatch(/μ = 120 and σ = 15/);
    const atTruth = reference.likelihoods[0].at[0].normalLogLik; // scipy, at μ = 120, σ = 15
    expect(truth).toContain(Math.abs(atTruth).toFixed(2));
    expect(atTruth).toBeLessThan(readLogLik());
  });

  it('moving the σ slider changes ℓ', () => {
    render(<LikelihoodWidget />);
    const before = readLogLik();
    fireEvent.change(screen.getByRole('slider', { name: /σ/ }), { target: { value: '20' } });
    expect(useLabStore.getState().sigma).toBe(20);
    expect(readLogLik()).not.toBe(before);
  });

  it('the number box sets an exact value and explains a bad one without losing the slider', () => {
    render(<LikelihoodWidget />);
    const box = screen.getByRole('spinbutton', { name: /μ/ });
    fireEvent.change(box, { target: { value: '117.25' } });
    expect(useLabStore.getState().mu).toBe(117.25);
    fireEvent.change(box, { target: { value: '9999' } });
    expect(useLabStore.getState().mu).toBe(117.25);
    expect(screen.getByText(/can go from/)).toBeTruthy();
  });

  it('"Jump to the maximum" sets μ̂ and σ̂ exactly and reveals what they are', () => {
    render(<LikelihoodWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to the maximum' }));
    const { normal } = summarise(sampleFor(42, 40));
    expect(useLabStore.getState().mu).toBe(normal.mu);
    expect(useLabStore.getState().sigma).toBe(normal.sigma);
    // The number boxes show the step's digits; the store keeps every digit.
    expect((screen.getByRole('spinbutton', { name: /μ/ }) as HTMLInputElement).value).toBe(normal.mu.toFixed(1));
    expect(readLogLik()).toBeCloseTo(reference.likelihoods[0].normalLogLikAtMle, 2);
    const reveal = screen.getByRole('status');
    expect(within(reveal).getByText(/sample mean/)).toBeTruthy();
    expect(reveal.textContent).toContain('n − 1');
  });

  it('no slider position beats the jump (the maximum really is the maximum)', () => {
    render(<LikelihoodWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to the maximum' }));
    const top = readLogLik();
    const { normal } = summarise(sampleFor(42, 40));
    for (const [mu, sigma] of [
      [normal.mu - 0.5, normal.sigma],
      [normal.mu + 0.5, normal.sigma],
      [normal.mu, normal.sigma - 0.5],
      [normal.mu, normal.sigma + 0.5],
    ]) {
      act(() => useLabStore.getState().setParams(mu, sigma));
      expect(readLogLik()).toBeLessThan(top);
    }
  });

  it('arrow keys on the chart inspect songs one by one', () => {
    render(<LikelihoodWidget />);
    const chart = screen.getByRole('group', { name: /Each song’s density/ });
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(screen.getByText(/^Song \d+: 90\.\d\d BPM/)).toBeTruthy();
    fireEvent.keyDown(chart, { key: 'End' });
    expect(screen.getByText(/^Song \d+: 147\.\d\d BPM/)).toBeTruthy();
  });

  it('with a single song there is no maximum to jump to, and it says why', () => {
    useLabStore.getState().replace({ n: 1 });
    render(<LikelihoodWidget />);
    expect((screen.getByRole('button', { name: 'Jump to the maximum' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/no maximum/)).toBeTruthy();
  });
});

describe('App', () => {
  it('renders the chapters with their stable ids and a navigation to each', async () => {
    const { container } = await renderWithChapters(<App />);
    for (const id of ['story', 'assumption', 'likelihood', 'likelihood-widget']) {
      expect(container.querySelector(`[id="${id}"]`)).not.toBeNull();
      expect(screen.getByRole('navigation').querySelector(`a[href="#${id}"]`)).not.toBeNull();
    }
  });

  it('shows notes on adjusted URL parameters and lets the reader dismiss them', () => {
    render(<App notes={['Ignored sigma=“abc”: not a number.']} />);
    expect(screen.getByText(/Ignored sigma/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Ignored sigma/)).toBeNull();
  });
});
