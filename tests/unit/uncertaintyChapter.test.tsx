import { act, fireEvent, render, screen, within } from '@testing-library/react';
import katex from 'katex';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import reference from '../fixtures/reference.json';
import { ConfidenceIntervals } from '../../src/chapters/uncertainty/ConfidenceIntervals';
import { Curvature, curvatureTex } from '../../src/chapters/uncertainty/Curvature';
import { SamplingVariability } from '../../src/chapters/uncertainty/SamplingVariability';
import { formatNumber } from '../../src/model/format';
import { simulate } from '../../src/features/simulation/simulationClient';
import { selectSample, selectStream, selectSummary } from '../../src/model/summary';
import { TEMPO_WORDS } from '../../src/model/dataWords';
import { learning } from '../../src/chapters/uncertainty/learning';
import type { NumberQuestion } from '../../src/features/learning/content';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { numpyNormalSample } from '../../src/math/rng';

// Watched, not replaced: every draw is numpy's, as before.
vi.mock('../../src/math/rng', async (original) => {
  const rng = await original<typeof import('../../src/math/rng')>();
  return { ...rng, numpyNormalSample: vi.fn(rng.numpyNormalSample) };
});

const { samples, coverage, estimates, locations } = reference.uncertainty;

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

const shown = (id: string) => Number(screen.getByTestId(id).textContent!.replace('−', '-'));

describe('the uncertainty chapter’s numbers, against numpy and scipy', () => {
  it('shows the standard errors and the 95 % intervals of the data in use, for several seeds and sizes', () => {
    for (const ref of samples.filter((d) => d.n > 2)) {
      useLabStore.getState().replace({ ...DEFAULT_STATE, seed: ref.seed, n: ref.n });
      const { unmount } = render(
        <>
          <Curvature />
          <ConfidenceIntervals />
        </>,
      );
      expect(shown('se-mu')).toBe(Number(ref.standardErrors.mu.toFixed(4)));
      expect(shown('se-sigma')).toBe(Number(ref.standardErrors.sigma.toFixed(4)));
      expect([shown('wald-mu-lower'), shown('wald-mu-upper')]).toEqual(ref.waldMu.map((x) => Number(x.toFixed(2))));
      expect([shown('lr-mu-lower'), shown('lr-mu-upper')]).toEqual(ref.lrMu.map((x) => Number(x.toFixed(2))));
      expect([shown('lr-sigma-lower'), shown('lr-sigma-upper')]).toEqual(ref.lrSigma.map((x) => Number(x.toFixed(2))));
      unmount();
    }
  });

  it('counts the intervals that cover 120 exactly as numpy does (the simulation runs in place without workers)', () => {
    render(<ConfidenceIntervals />);
    for (const n of [40, 5, 10]) {
      const expected = coverage.find((c) => c.n === n && c.samples === 1000)!;
      fireEvent.click(
        within(screen.getByRole('group', { name: 'Songs per sample, n' })).getByRole('radio', { name: String(n) }),
      );
      expect(screen.getByTestId('coverage-wald').textContent).toBe('–');
      expect(screen.getByText(/samples’ 95\s% intervals contain/).textContent).toMatch(/^How many of the samples’/);
      fireEvent.click(screen.getByRole('button', { name: 'Draw 1,000 samples' }));
      expect(screen.getByTestId('coverage-wald').textContent).toBe(`${expected.wald} of 1000`);
      expect(screen.getByTestId('coverage-lr').textContent).toBe(`${expected.lr} of 1000`);
      expect(screen.getByTestId('coverage-t').textContent).toBe(`${expected.t} of 1000`);
    }
  });

  it('the sampling and coverage sections share one answer for the same samples, computed once', () => {
    const request = { kind: 'samples', n: 10, count: 300, loc: 120, scale: 15 } as const;
    const first = simulate(request);
    const again = simulate({ ...request });
    expect(again).toBe(first);
    expect(again.settled).toBe(first.settled);
    expect(simulate({ ...request, n: 40 })).not.toBe(first);
    // Kept among the latest eight answers, then asked for afresh.
    for (let count = 1; count <= 8; count++) simulate({ ...request, count });
    expect(simulate(request)).not.toBe(first);
    expect(Array.from(simulate(request).settled!.means)).toEqual(Array.from(first.settled!.means));
  });

  it('draws other samples exactly as np.random.seed(k) does, and compares their spread with σ/√n', () => {
    render(<SamplingVariability />);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Songs per sample, n' })).getByRole('radio', { name: '40' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Draw 1 sample' }));
    const first = estimates.find((e) => e.k === 1 && e.n === 40)!;
    expect(
      screen.getByText(
        new RegExp(`Sample 1 of 40 songs: μ̂ = ${formatNumber(first.mean, 2)}, σ̂ = ${formatNumber(first.std, 2)}`),
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Draw 1,000 samples' }));
    const spread = /standard deviation of (\d+\.\d+) BPM/.exec(
      document.querySelector('#sampling-variability .figure__caption')!.textContent!,
    )!;
    // 15/√40 = 2.37; over 1,001 samples the spread of μ̂ lands within a few percent of it.
    expect(Math.abs(Number(spread[1]) - 15 / Math.sqrt(40))).toBeLessThan(0.15);
  });

  it('draws its 640-song stream only once a size other than the reader’s own is asked for', () => {
    selectSample(useLabStore.getState());
    vi.mocked(numpyNormalSample).mockClear();
    const streamsDrawn = () => vi.mocked(numpyNormalSample).mock.calls.filter(([, n]) => n === 640).length;
    render(<Curvature />);
    expect(streamsDrawn()).toBe(0);
    const sizes = screen.getByRole('group', {
      name: 'Number of songs (your songs, continued by the same random draw)',
    });
    fireEvent.click(within(sizes).getByRole('radio', { name: '160' }));
    fireEvent.click(within(sizes).getByRole('radio', { name: '640' }));
    expect(streamsDrawn()).toBe(1);
  });

  it('sharpens with n: the first 160 songs of the stream halve the standard error, and the reader’s data stay cached', () => {
    // As on the page: the reader's data, and the longer stream the why-log chapter multiplies.
    const before = selectSample(useLabStore.getState());
    selectStream(useLabStore.getState());
    render(<Curvature />);
    const caption = () => document.querySelector('#curvature .figure__caption')!.textContent!;
    const se = () => Number(/SE\(μ̂\) = (\d+\.\d+)/.exec(caption())![1]);
    expect(se()).toBe(Number(samples.find((d) => d.seed === 42 && d.n === 40)!.standardErrors.mu.toFixed(4)));
    const sizes = screen.getByRole('group', {
      name: 'Number of songs (your songs, continued by the same random draw)',
    });
    fireEvent.click(within(sizes).getByRole('radio', { name: '160' }));
    expect(Math.abs(se() - 15 / Math.sqrt(160))).toBeLessThan(0.15);
    fireEvent.click(within(sizes).getByRole('radio', { name: '10' }));
    expect(se()).toBeGreaterThan(3);
    // The table draws every size; none of them may push the reader's data out of the shared cache.
    const table = document.querySelector<HTMLDetailsElement>('#curvature details')!;
    act(() => {
      table.open = true;
      fireEvent(table, new Event('toggle'));
    });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(selectSample(useLabStore.getState())).toBe(before);
  });

  it('profiles the assumed family numerically for its LR interval, and says the others need the Normal', () => {
    useLabStore.getState().replace({ ...DEFAULT_STATE, n: 41, family: 'laplace' });
    render(<ConfidenceIntervals />);
    const ref = locations.find((l) => l.label === 'tempos seed 42, n = 41')!.laplace;
    const text = document.querySelector('#confidence-intervals')!.textContent!;
    expect(text).toContain(`m from ${formatNumber(ref.interval[0], 2)} to ${formatNumber(ref.interval[1], 2)}`);
    expect(text).toMatch(/the t interval needs it/);
  });

  it('explains instead of computing when the data have no spread', () => {
    useLabStore.getState().replace({ ...DEFAULT_STATE, n: 1 });
    render(
      <>
        <Curvature />
        <ConfidenceIntervals />
      </>,
    );
    expect(screen.queryByTestId('se-mu')).toBeNull();
    expect(screen.getAllByText(/With a single song σ̂ = 0/).length).toBe(2);
  });
});

describe('the standard-error check', () => {
  const check = learning.checks.find((q) => q.id === 'uncertainty-se') as NumberQuestion;
  const contextFor = (n: number) => {
    useLabStore.getState().replace({ ...DEFAULT_STATE, n });
    return { summary: selectSummary(useLabStore.getState()), words: TEMPO_WORDS };
  };

  it('asks about the reader’s data, and names the textbook s/√n as a trap', () => {
    const ref = samples.find((d) => d.seed === 42 && d.n === 40)!;
    const context = contextFor(40);
    expect(check.prompt(context)).toMatch(/^For your 40 songs, σ̂ = 14\.11/);
    expect(check.answer(context)).toBeCloseTo(ref.standardErrors.mu, 12);
    const textbook = ref.stdDdof1 / Math.sqrt(40);
    expect(check.traps.find((t) => t.matches(Number(textbook.toFixed(2)), context))!.explanation(context)).toMatch(
      /s\/√n/,
    );
  });

  it('with a single song, which has no standard error, asks about the example’s 40 songs instead', () => {
    const context = contextFor(1);
    expect(check.prompt(context)).toMatch(/no top to measure.*example’s 40 songs/);
    expect(check.answer(context)).toBeCloseTo(samples.find((d) => d.seed === 42 && d.n === 40)!.standardErrors.mu, 12);
  });
});

describe('TeX of the uncertainty chapter', () => {
  it('typesets with the reader’s numbers', () => {
    for (const tex of curvatureTex({ n: 40, mean: 116.72, sigmaHat: 14.11 })) {
      expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
      expect(tex).toContain('40');
    }
  });
});
