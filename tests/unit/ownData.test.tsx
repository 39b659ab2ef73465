import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { CLOSE_CALL, leaderOf } from '../../src/math/modelComparison';
import { beforeEach, describe, expect, it } from 'vitest';
import { DataPanel } from '../../src/features/dataset/DataPanel';
import { LikelihoodWidget } from '../../src/features/widget/LikelihoodWidget';
import { EXAMPLE_DATASETS } from '../../src/model/examples';
import { FAMILIES } from '../../src/math/families';
import { selectSummary, selectWidgetParams, startingGuess } from '../../src/model/summary';
import { selectDataWords, TEMPO_WORDS } from '../../src/model/dataWords';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';

const readLogLik = () => Number(screen.getByTestId('loglik').textContent!.replace('−', '-'));
const reactionTimes = EXAMPLE_DATASETS.find((d) => d.id === 'reaction-times')!;

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

describe('the store with the reader’s data', () => {
  it('setDataset replaces the data, starts the sliders afresh inside the new ranges, and null returns to the tempos', () => {
    const values = Float64Array.from([0.011, 0.013, 0.02, 0.018, 0.016]);
    useLabStore.getState().setDataset({ values, name: 'Dose', unit: 'mg' });
    const state = useLabStore.getState();
    const summary = selectSummary(state);
    expect(summary.n).toBe(5);
    expect([state.mu, state.sigma]).toEqual(startingGuess(summary.fits.normal!));
    expect(state.mu).toBeGreaterThanOrEqual(summary.muRange.min);
    expect(state.sigma).toBeGreaterThanOrEqual(summary.sigmaRange.min);
    // Ranges follow the data's scale: σ can go well below the tempos' 0.5.
    expect(summary.sigmaRange.min).toBeLessThan(0.001);
    useLabStore.getState().setDataset(null);
    expect(useLabStore.getState()).toMatchObject({ custom: null, mu: DEFAULT_STATE.mu, sigma: DEFAULT_STATE.sigma });
  });

  it('keeps each family’s slider positions apart from the Normal’s μ and σ', () => {
    useLabStore.getState().setFamily('laplace');
    useLabStore.getState().setFamilyParams(118, 11);
    const state = useLabStore.getState();
    expect(selectWidgetParams(state)).toEqual([118, 11]);
    expect([state.mu, state.sigma]).toEqual([DEFAULT_STATE.mu, DEFAULT_STATE.sigma]);
    useLabStore.getState().setFamily('normal');
    expect(selectWidgetParams(useLabStore.getState())).toEqual([DEFAULT_STATE.mu, DEFAULT_STATE.sigma]);
  });

  it('refuses the log-normal for data with a value at or below 0, and drops it when such data arrive', () => {
    useLabStore.getState().setFamily('lognormal');
    expect(useLabStore.getState().family).toBe('lognormal');
    useLabStore.getState().setDataset({ values: Float64Array.from([-1, 2, 3]), name: '', unit: '' });
    expect(useLabStore.getState().family).toBe('normal');
    useLabStore.getState().setFamily('lognormal');
    expect(useLabStore.getState().family).toBe('normal');
  });

  it('speaks of songs and BPM for the tempos, and of the reader’s name and unit otherwise', () => {
    expect(selectDataWords(useLabStore.getState())).toBe(TEMPO_WORDS);
    expect(TEMPO_WORDS.axis).toBe('Tempo (BPM)');
    const words = selectDataWords({ custom: { values: new Float64Array(2), name: 'Reaction time', unit: 'ms' } });
    expect(words).toMatchObject({
      item: 'value',
      quantity: 'reaction time',
      axis: 'Reaction time (ms)',
      perUnit: 'per ms',
    });
    expect(words.withUnit('3')).toBe('3 ms');
    const bare = selectDataWords({ custom: { values: new Float64Array(2), name: '', unit: '' } });
    expect(bare).toMatchObject({ axis: 'Value', perUnit: 'per unit' });
    expect(bare.withUnit('3')).toBe('3');
    expect(selectDataWords({ custom: { values: new Float64Array(2), name: 'BMI', unit: '' } }).quantity).toBe('BMI');
  });
});

describe('the residuals chapter with the reader’s data', () => {
  it('says it keeps the song catalogue, and why', async () => {
    const { Residuals } = await import('../../src/chapters/residuals/Residuals');
    useLabStore.getState().setDataset({ values: reactionTimes.values(), name: 'Reaction time', unit: 'ms' });
    render(<Residuals number={5} />);
    expect(screen.getByRole('note').textContent).toMatch(/works with the songwriter’s catalogue/);
  });
});

describe('the widget under each family', () => {
  it.each(['normal', 'laplace', 'lognormal'] as const)(
    '%s: ℓ on the example reaction times is the family’s, and jumping lands on its maximum',
    (family) => {
      const values = reactionTimes.values();
      useLabStore.getState().setDataset({ values, name: 'Reaction time', unit: 'ms' });
      useLabStore.getState().setFamily(family);
      render(<LikelihoodWidget />);
      const summary = selectSummary(useLabStore.getState());
      const [a, b] = selectWidgetParams(useLabStore.getState());
      expect(readLogLik()).toBeCloseTo(FAMILIES[family].logLikelihood(summary.familyStats, a, b), 2);
      fireEvent.click(screen.getByRole('button', { name: 'Jump to the maximum' }));
      expect(readLogLik()).toBeCloseTo(summary.fits[family]!.maxLogLik, 2);
      expect(screen.getByRole('status').textContent).toMatch(/top of the hill/);
      // The sliders are the family's own.
      const [first, second] = FAMILIES[family].parameters;
      expect(screen.getByRole('slider', { name: new RegExp(first.label) })).toBeTruthy();
      expect(screen.getByRole('slider', { name: new RegExp(second.label) })).toBeTruthy();
    },
  );

  it('lists every family’s best ℓ and marks the highest', () => {
    useLabStore.getState().setDataset({ values: reactionTimes.values(), name: 'Reaction time', unit: 'ms' });
    render(<LikelihoodWidget />);
    const chooser = screen.getByRole('group', { name: 'Assume a distribution' });
    expect(within(chooser).getByRole('radio', { name: 'Log-normal' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(chooser.textContent).toMatch(/Log-normal.*\(highest\)/);
  });

  it('calls no family the better explanation when the best ℓ differ by less than 2', () => {
    // The tempos were drawn from a Normal; the log-normal's best ℓ is higher by about 0.2.
    render(<LikelihoodWidget />);
    const { fits } = selectSummary(useLabStore.getState());
    const gap = fits.lognormal!.maxLogLik - fits.normal!.maxLogLik;
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(CLOSE_CALL);
    const chooser = screen.getByRole('group', { name: 'Assume a distribution' });
    expect(chooser.textContent).not.toMatch(/\(highest\)/);
    expect(chooser.textContent).toMatch(/too close to call/);
  });
});

describe('leaderOf', () => {
  it('names the highest maximised ℓ, and calls its lead clear from a gap of 2', () => {
    expect(
      leaderOf([
        ['a', -10],
        ['b', -12.5],
        ['c', Number.NEGATIVE_INFINITY],
      ]),
    ).toEqual({ leader: 'a', gap: 2.5, clear: true });
    expect(
      leaderOf([
        ['a', -10],
        ['b', -9.8],
      ]),
    ).toMatchObject({ leader: 'b', clear: false });
    expect(leaderOf([])).toBeNull();
  });
});

describe('DataPanel', () => {
  it('previews pasted numbers, then uses them; a rejected paste keeps the text and the data in use', async () => {
    render(<DataPanel />);
    const box = screen.getByRole('textbox', { name: /your data/i });
    fireEvent.change(box, { target: { value: 'n/a\n1.5 2.5\n−3' } });
    const preview = await screen.findByLabelText('Preview of the numbers read');
    expect(preview.textContent).toMatch(/Count3/);
    expect(screen.getByText(/line 1 “n\/a”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use this data' }));
    expect(Array.from(useLabStore.getState().custom!.values)).toEqual([1.5, 2.5, -3]);

    fireEvent.change(box, { target: { value: '7\n7\n7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this data' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Every value is 7/);
    expect((box as HTMLTextAreaElement).value).toBe('7\n7\n7');
    expect(Array.from(useLabStore.getState().custom!.values)).toEqual([1.5, 2.5, -3]);
    expect(document.activeElement).toBe(box);
  });

  it('loads an example in one click and returns to the tempos in one more', () => {
    render(<DataPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Exam score (points)' }));
    expect(useLabStore.getState().custom).toMatchObject({ name: 'Exam score', unit: 'points' });
    expect(screen.getByText(/Now using the example: 120 values of exam score/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Return to the song tempos' }));
    expect(useLabStore.getState().custom).toBeNull();
  });

  it('says when the data are too many for a link, and offers the CSV', () => {
    const values = Float64Array.from({ length: 3000 }, (_, i) => 100 + i / 7);
    act(() => useLabStore.getState().setDataset({ values, name: '', unit: '' }));
    render(<DataPanel />);
    expect(screen.getByText(/too many to fit in a link/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download your data (CSV)' })).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(<DataPanel />);
    fireEvent.change(screen.getByRole('textbox', { name: /your data/i }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this data' }));
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
