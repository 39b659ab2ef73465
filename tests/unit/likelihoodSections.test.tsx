import { Profiler } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import katex from 'katex';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BCE_STEPS, CATEGORICAL_TEX, CrossEntropy } from '../../src/chapters/likelihood/CrossEntropy';
import { LOSS_ROWS } from '../../src/chapters/residuals/LossTable';
import { DensityVsProbability, approximatesArea } from '../../src/chapters/likelihood/DensityVsProbability';
import { NLL_TEX, NegativeLogLikelihood } from '../../src/chapters/likelihood/NegativeLogLikelihood';
import { NOTATION_TEX, ProbabilityVsLikelihood } from '../../src/chapters/likelihood/ProbabilityVsLikelihood';
import { LOG_SUM_TEX, WhyLog, computedPoints } from '../../src/chapters/likelihood/WhyLog';
import { runningProducts } from '../../src/math/underflow';
import { normalPdf } from '../../src/math/distributions';
import { formatSmall } from '../../src/model/format';
import { sampleFor, summarise } from '../../src/model/summary';
import { normalLogLikelihoodFromStats } from '../../src/math/likelihood';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { SETTLE_MS } from '../../src/ui/useSettledValue';
import reference from '../fixtures/reference.json';
import { CategoryBarChart } from '../../src/ui/charts/CategoryBarChart';
import { CartesianGrid } from 'recharts';

// The bar chart as itself, counted: which slider steps draw it again.
vi.mock('../../src/ui/charts/CategoryBarChart', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/charts/CategoryBarChart')>();
  return { ...actual, CategoryBarChart: vi.fn(actual.CategoryBarChart) };
});

// The charts' grid, counted: a grid drawn again means the whole chart frame was drawn again.
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('recharts')>();
  return { ...actual, CartesianGrid: vi.fn(actual.CartesianGrid) };
});

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

describe('TeX of the likelihood sections', () => {
  it.each([
    ['notation', NOTATION_TEX],
    ['log of a product', LOG_SUM_TEX],
    ['NLL', NLL_TEX],
    ['categorical', CATEGORICAL_TEX],
    ...BCE_STEPS.map((step, i) => [`BCE step ${i + 1}`, step.tex]),
  ])('%s parses', (_, tex) => {
    expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true })).not.toThrow();
  });
});

describe('cross-entropy, as the section and the loss table write it', () => {
  it('is a mean over the examples in both places, as binary cross-entropy is', () => {
    const mean = String.raw`\frac{1}{n}`;
    expect(CATEGORICAL_TEX).toContain(mean);
    for (const row of LOSS_ROWS.filter((r) => /cross-entropy/i.test(r.loss))) expect(row.formula).toContain(mean);
  });
});

describe('why-log', () => {
  const underflow = (mu: number, sigma: number) =>
    reference.underflow.find((u) => u.seed === 42 && Math.abs(u.mu - mu) < 1e-9 && u.sigma === sigma)!;

  it('shows where float32 and float64 products reach 0 at the default μ and σ, as numpy', () => {
    render(<WhyLog />);
    const expected = underflow(100, 8);
    expect(screen.getByTestId('underflow-float32').textContent).toBe(String(expected.float32));
    expect(screen.getByTestId('underflow-float64').textContent).toBe(String(expected.float64));
  });

  it('follows μ and σ: at the maximum, as numpy', () => {
    const { normal } = summarise(sampleFor(42, 40));
    useLabStore.getState().setParams(normal.mu, normal.sigma);
    render(<WhyLog />);
    // numpy's mean is one unit in the last place from the exact mean the summary rounds to.
    const expected = reference.underflow.find((u) => u.seed === 42 && Math.abs(u.mu - normal.mu) < 1e-12 * u.mu)!;
    expect(screen.getByTestId('underflow-float32').textContent).toBe(String(expected.float32));
    expect(screen.getByTestId('underflow-float64').textContent).toBe(String(expected.float64));
  });

  it('draws each computed product on the log axis until it is exactly 0, then at the bottom edge', () => {
    const densities = Array.from(sampleFor(42, 1000), (x) => normalPdf(x, 100, 8));
    const expected = underflow(100, 8);
    for (const [format, first] of [
      ['float32', expected.float32],
      ['float64', expected.float64],
    ] as const) {
      const steps = runningProducts(densities, format);
      const points = computedPoints(steps, 1000, -2000);
      const before = points.filter((p) => p.x < first);
      const after = points.filter((p) => p.x >= first);
      expect(before.every((p) => p.y === Math.log10(steps[p.x - 1]) && p.y > -2000)).toBe(true);
      expect(after.map((p) => p.x)).toEqual([first, 1000]);
      expect(after.every((p) => p.y === -2000)).toBe(true);
    }
  });

  it('a product that is 0 from the first song lies on the bottom edge from the start', () => {
    const steps = runningProducts([1e-50, 0.5, 0.5], 'float32');
    expect(steps[0]).toBe(0);
    expect(computedPoints(steps, 3, -100)).toEqual([
      { x: 1, y: -100 },
      { x: 3, y: -100 },
    ]);
  });

  it('the songs slider moves the readout, and the sum of logs stays finite', () => {
    render(<WhyLog />);
    fireEvent.change(screen.getByRole('slider', { name: /Songs multiplied/ }), { target: { value: '1000' } });
    const sum = screen.getByText('Sum of the logs').nextElementSibling!.textContent!;
    expect(Number(sum.replace('−', '-'))).toBeLessThan(-1000);
    expect(screen.getByText('Computed in float64', { selector: 'dt' }).nextElementSibling!.textContent).toBe(
      '0 (underflow)',
    );
  });
});

/**
 * Renders `ui` and records, at each commit, how many chart frames have been drawn so far and
 * what `read` sees on the page: which commit a change reaches the screen in, and which follows.
 */
function renderCommits<T>(ui: React.ReactElement, read: () => T) {
  const grids = () => vi.mocked(CartesianGrid).mock.calls.length;
  const commits: { grids: number; seen: T }[] = [];
  render(
    <Profiler id="section" onRender={() => commits.push({ grids: grids(), seen: read() })}>
      {ui}
    </Profiler>,
  );
  const before = grids();
  commits.length = 0;
  return { commits, before, grids };
}

describe('a change that re-draws a chart frame shows its numbers first', () => {
  it('why-log: a step across a zoom step, then the axes widen', () => {
    const readout = () => screen.queryByText(/^Exact product of/, { selector: 'dt' })?.textContent;
    const { commits, before, grids } = renderCommits(<WhyLog />, readout);
    fireEvent.change(screen.getByRole('slider', { name: /Songs multiplied/ }), { target: { value: '51' } });
    expect(commits[0]).toEqual({ grids: before, seen: 'Exact product of 51 densities' });
    expect(grids()).toBeGreaterThan(before);
  });

  it('density-vs-probability: a narrow curve, then its axis rises and zooms in', () => {
    const said = () => /nothing is wrong/.test(document.body.textContent ?? '');
    const { commits, before, grids } = renderCommits(<DensityVsProbability />, said);
    fireEvent.change(screen.getByRole('slider', { name: /Curve width/ }), { target: { value: '0.2' } });
    expect(commits[0]).toEqual({ grids: before, seen: true });
    expect(grids()).toBeGreaterThan(before);
  });
});

describe('probability-vs-likelihood', () => {
  it('toggles between the density reading and the likelihood reading', () => {
    render(<ProbabilityVsLikelihood />);
    expect(screen.getByText(/vary x: a density over tempos/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /a likelihood/ }));
    expect(screen.getByText(/vary μ .*the likelihood L\(μ\)/)).toBeTruthy();
    expect(screen.getByText(/nothing holds it to 1/)).toBeTruthy();
  });

  it('reads the density at the chosen tempo in a readout that follows the slider', () => {
    useLabStore.getState().setParams(100, 8);
    render(<ProbabilityVsLikelihood />);
    const caption = screen.getByText(/every density integrates to 1/).textContent;
    for (const x of [100, 121, 130]) {
      fireEvent.change(screen.getByRole('slider', { name: /Tempo x to read the density at/ }), {
        target: { value: String(x) },
      });
      expect(screen.getByTestId('density-at-x').textContent).toBe(`${formatSmall(normalPdf(x, 100, 8))} per BPM`);
      // The sentence above explains the reading; it does not restate the step's numbers.
      expect(screen.getByText(/every density integrates to 1/).textContent).toBe(caption);
    }
  });

  it('writes L at the slider’s centre with a proper mantissa, however far from the top', () => {
    useLabStore.getState().setParams(100, 15);
    render(<ProbabilityVsLikelihood />);
    fireEvent.click(screen.getByRole('radio', { name: /a likelihood/ }));
    const readout = screen.getByText(/At this centre L =/).textContent!;
    const [, mantissa, exponent] = readout.match(/L = (\d+\.\d+) × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/)!;
    expect(Number(mantissa)).toBeGreaterThanOrEqual(1);
    expect(Number(mantissa)).toBeLessThan(10);
    const log10 = normalLogLikelihoodFromStats(summarise(sampleFor(42, 40)).stats, 100, 15) / Math.LN10;
    const digits = exponent.replace(/./g, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).replace('-1', '-'));
    expect(Number(digits)).toBe(Math.floor(log10));
  });

  it('a tempo step moves the cursor and nothing else of the chart; its label stays on the plot', () => {
    const { container } = render(<ProbabilityVsLikelihood />);
    const chart = container.querySelector('.recharts-wrapper')!;
    const cursor = () => chart.querySelector('.cursor-line text')!;
    const tempo = screen.getByRole('slider', { name: /Tempo x to read the density at/ });
    const outsideTheCursor: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement!;
        if (!node.closest('.cursor-line')) outsideTheCursor.push(`${record.type} on ${node.tagName}`);
      }
    });
    observer.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
    fireEvent.change(tempo, { target: { value: '101' } });
    observer.disconnect();
    expect(cursor().textContent).toBe('x = 101.0');
    expect(outsideTheCursor).toEqual([]);
    expect(cursor().getAttribute('text-anchor')).toBe('start');
    fireEvent.change(tempo, { target: { value: tempo.getAttribute('max')! } });
    expect(cursor().getAttribute('text-anchor')).toBe('end');
  });

  it('its centre slider moves the shared μ', () => {
    render(<ProbabilityVsLikelihood />);
    fireEvent.click(screen.getByRole('radio', { name: /a likelihood/ }));
    fireEvent.change(screen.getByRole('slider', { name: /Candidate centre/ }), { target: { value: '110' } });
    expect(useLabStore.getState().mu).toBe(110);
  });
});

describe('density-vs-probability', () => {
  it('a narrow curve peaks above 1 while its area stays 1', () => {
    render(<DensityVsProbability />);
    fireEvent.change(screen.getByRole('slider', { name: /Curve width/ }), { target: { value: '0.2' } });
    expect(screen.getByText(/above 1, and nothing is wrong/)).toBeTruthy();
    expect(screen.getByText('1.000')).toBeTruthy();
  });
});

describe('density-vs-probability: density × width', () => {
  const claim = () => screen.getByTestId('density-times-width');
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is offered as the probability only where the curve is nearly flat across the interval', () => {
    useLabStore.getState().setParams(120, 15);
    render(<DensityVsProbability />);
    // σ = 6 over 118–122: the curve barely changes, and density × width is within 1 % of the area.
    expect(claim().dataset.approximates).toBe('true');
    fireEvent.change(screen.getByRole('slider', { name: /Curve width/ }), { target: { value: '0.2' } });
    // The figure's own readout answers the step; the sentences below it, once the slider rests.
    expect(screen.getAllByText(/P\(118\.0 ≤ tempo ≤ 122\.0\)/)[0].parentElement!.textContent).toContain('1.00');
    expect(claim().dataset.approximates).toBe('true');
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    // σ = 0.2: 1.99 × 4.0 = 7.98 would be a "probability" of 8; the area is 1.00, and the page says so.
    expect(claim().dataset.approximates).toBe('false');
    expect(claim().textContent).toContain('1.00');
    expect(claim().textContent).not.toContain('7.98');
  });

  it('follows the rule it states: within 10 % of the exact area', () => {
    expect(approximatesArea(0.105, 0.1)).toBe(true);
    expect(approximatesArea(0.2, 0.1)).toBe(false);
    expect(approximatesArea(7.98, 1)).toBe(false);
    expect(approximatesArea(0, 0)).toBe(true);
  });
});

describe('density-vs-probability: a narrow curve is zoomed to', () => {
  it('at σ = 0.2 the axis shows a few BPM around the curve and the interval, and says so', () => {
    useLabStore.getState().setParams(120, 15);
    render(<DensityVsProbability />);
    expect(screen.queryByTestId('zoom-note')).toBeNull();
    fireEvent.change(screen.getByRole('slider', { name: /Curve width/ }), { target: { value: '0.2' } });
    const note = screen.getByTestId('zoom-note');
    const [from, to] = [Number(note.dataset.from), Number(note.dataset.to)];
    // The interval 118–122 and the curve (±4σ) inside a window a few BPM wide, not 70.
    expect(from).toBeLessThanOrEqual(118);
    expect(to).toBeGreaterThanOrEqual(122);
    expect(to - from).toBeLessThan(12);
    fireEvent.change(screen.getByRole('slider', { name: /Curve width/ }), { target: { value: '6' } });
    expect(screen.queryByTestId('zoom-note')).toBeNull();
  });
});

describe('density-vs-probability interval boxes', () => {
  it('can be cleared and retyped without snapping back', () => {
    render(<DensityVsProbability />);
    const from = screen.getByRole('spinbutton', { name: 'From (BPM)' }) as HTMLInputElement;
    fireEvent.change(from, { target: { value: '' } });
    expect(from.value).toBe('');
    fireEvent.change(from, { target: { value: '95' } });
    expect(screen.getAllByText(/P\(95\.0 ≤ tempo/).length).toBeGreaterThan(0);
  });
});

describe('negative-log-likelihood', () => {
  it('in beats per second the best fit’s ℓ is positive, and nothing else changes', () => {
    useLabStore.getState().replace({ seed: 42, n: 40 });
    render(<NegativeLogLikelihood />);
    const { normalMaxLogLik } = summarise(sampleFor(42, 40));
    const positive = normalMaxLogLik + 40 * Math.log(60);
    expect(positive).toBeGreaterThan(0);
    expect(screen.getByText(/best fit’s log-likelihood is positive/).textContent).toContain(positive.toFixed(2));
    fireEvent.change(screen.getByRole('combobox', { name: 'Measure tempo in' }), { target: { value: 'bpm' } });
    expect(screen.queryByText(/best fit’s log-likelihood is positive/)).toBeNull();
  });
});

describe('cross-entropy', () => {
  it('BCE equals the mean Bernoulli NLL to the last digit, and follows the predictions', () => {
    render(<CrossEntropy />);
    const bce = () => screen.getByTestId('bce').textContent;
    const before = bce();
    expect(bce()).toBe(screen.getByTestId('bernoulli-nll').textContent);
    expect(Number(before)).toBeCloseTo(reference.bce[0].bce, 12);
    act(() => {
      fireEvent.change(screen.getByRole('slider', { name: /Song 1 is a hit/ }), { target: { value: '0.05' } });
    });
    expect(Number(bce())).toBeGreaterThan(Number(before));
    expect(bce()).toBe(screen.getByTestId('bernoulli-nll').textContent);
  });

  it('names every song tied for the highest cost, and one alone once the tie is broken', () => {
    const { container } = render(<CrossEntropy />);
    const caption = () => container.textContent!;
    // Songs 4 (a hit at 0.3) and 6 (a miss at 0.7) both cost −log 0.3 at the start.
    expect(caption()).toMatch(/most expensive are Song 4 and Song 6, at 1\.20 each/);
    act(() => {
      fireEvent.change(screen.getByRole('slider', { name: /Song 4 is a hit/ }), { target: { value: '0.5' } });
    });
    expect(caption()).toMatch(/most expensive is Song 6, at 1\.20\./);
  });

  it('works with fewer than six songs (the examples come from the seeded stream)', () => {
    useLabStore.getState().replace({ n: 3 });
    const { container } = render(<CrossEntropy />);
    const table = container.querySelector('details')!;
    act(() => {
      table.open = true;
      fireEvent(table, new Event('toggle'));
    });
    expect(table.querySelector('tbody')!.textContent).toContain('Song 6');
  });

  it('a genre score redraws its own figure, not the chart of the six songs', () => {
    render(<CrossEntropy />);
    const drawn = () => vi.mocked(CategoryBarChart).mock.calls.length;
    const before = drawn();
    fireEvent.change(screen.getByRole('slider', { name: /Model score for pop/ }), { target: { value: '3' } });
    expect(screen.getByText(/Softmax probabilities: pop 0\.8/)).toBeTruthy();
    expect(drawn()).toBe(before);
    fireEvent.change(screen.getByRole('slider', { name: /Predicted chance Song 1/ }), { target: { value: '0.5' } });
    expect(drawn()).toBe(before + 1);
  });

  it('a predicted chance redraws that song’s bar, not the chart’s frame', () => {
    const { container } = render(<CrossEntropy />);
    const bars = () => [...container.querySelectorAll('.category-bars rect')];
    const height = (bar: Element) => Number(bar.getAttribute('height'));
    const grids = () => vi.mocked(CartesianGrid).mock.calls.length;
    const before = grids();
    const [first, second] = bars();
    const firstHeight = height(first);
    // Song 1 is a hit: lowering its chance from 0.9 to 0.5 raises its loss from −log 0.9 to −log 0.5.
    fireEvent.change(screen.getByRole('slider', { name: /Predicted chance Song 1/ }), { target: { value: '0.5' } });
    expect(grids()).toBe(before);
    expect(height(bars()[0]) / firstHeight).toBeCloseTo(Math.log(0.5) / Math.log(0.9), 6);
    expect(bars()[1]).toBe(second);
    // Song 2 is not a hit: a chance of 0.95 is confidently wrong, a bar of its own colour.
    fireEvent.change(screen.getByRole('slider', { name: /Predicted chance Song 2/ }), { target: { value: '0.95' } });
    expect(bars()[1].getAttribute('fill')).toBe('var(--bad)');
    expect(grids()).toBe(before);
  });

  it('categorical CE is −log of the true class’s softmax probability', () => {
    render(<CrossEntropy />);
    fireEvent.change(screen.getByRole('slider', { name: /Model score for rock/ }), { target: { value: '5' } });
    expect(Number(screen.getByTestId('categorical-ce').textContent)).toBeLessThan(0.1);
  });
});
