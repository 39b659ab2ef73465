import { act, fireEvent, render, screen, within } from '@testing-library/react';
import katex from 'katex';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anchorIds, chapters } from '../../src/app/manifest';
import { BERNOULLI_TEX, Classification, bceTex } from '../../src/chapters/residuals/Classification';
import { LOSS_ROWS, LossTable } from '../../src/chapters/residuals/LossTable';
import { LOSS_TEX, MseVsMae } from '../../src/chapters/residuals/MseVsMae';
import { Regression, nllIdentityTex } from '../../src/chapters/residuals/Regression';
import { Residuals } from '../../src/chapters/residuals/Residuals';
import { regressionFitsFor } from '../../src/chapters/residuals/fits';
import { formatNumber } from '../../src/model/format';
import { catalogueFor } from '../../src/model/catalogue';
import { sampleFor } from '../../src/model/summary';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { SETTLE_MS } from '../../src/ui/useSettledValue';

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

const readNumber = (testId: string) => Number(screen.getByTestId(testId).textContent!.replace('−', '-'));
const slide = (name: RegExp, value: number) =>
  fireEvent.change(screen.getByRole('slider', { name }), { target: { value: String(value) } });

describe('TeX of the residuals chapter', () => {
  const all = [
    ['losses', LOSS_TEX],
    ['Bernoulli', BERNOULLI_TEX],
    ['NLL identity', nllIdentityTex(117.5, 0.35, 150.4, 170.6)],
    ['BCE', bceTex(40, 0.45, 0.44)],
    ...LOSS_ROWS.map((row) => [row.loss, row.formula]),
  ];
  it.each(all)('%s parses', (_, tex) => {
    expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true })).not.toThrow();
  });
});

describe('the catalogue follows the reader’s data', () => {
  it('uses the tempos of the earlier chapters as its first feature', () => {
    expect(Array.from(catalogueFor(42, 40).tempo)).toEqual(Array.from(sampleFor(42, 40)));
    expect(catalogueFor(7, 100)).toBe(catalogueFor(7, 100));
  });
});

describe('regression', () => {
  it('moves MSE and NLL together, and NLL is the stated affine function of MSE', () => {
    render(<Regression />);
    const { sigma } = regressionFitsFor(catalogueFor(42, 40));
    const n = 40;
    const readings: [number, number][] = [];
    for (const [a, b] of [
      [40, 0],
      [45, 0.1],
      [50, 0.3],
      [60, -0.5],
    ]) {
      slide(/Line height at 120 BPM/, a);
      slide(/Line slope/, b);
      const mse = readNumber('regression-mse');
      const nll = readNumber('regression-nll');
      const expected = (n / 2) * Math.log(2 * Math.PI * sigma * sigma) + (n / (2 * sigma * sigma)) * mse;
      expect(Math.abs(nll - expected)).toBeLessThan(0.02);
      readings.push([mse, nll]);
    }
    const byMse = [...readings].sort((p, q) => p[0] - q[0]);
    expect(byMse.map((r) => r[1])).toEqual([...byMse.map((r) => r[1])].sort((p, q) => p - q));
  });

  it('answers every step with the line and its readouts, and retypesets the identity once the slider rests', () => {
    vi.useFakeTimers();
    try {
      const { container } = render(<Regression />);
      // The identity's TeX source (KaTeX keeps it in an annotation) names the MSE it was typeset with.
      const typeset = () =>
        [...container.querySelectorAll('annotation')].find((a) => a.textContent!.includes('MSE'))!.textContent;
      const before = typeset();
      slide(/Line slope/, 0.4);
      const mse = screen.getByTestId('regression-mse').textContent!;
      expect(before).not.toContain(`\\times ${mse}`);
      expect(typeset()).toBe(before);
      act(() => vi.advanceTimersByTime(SETTLE_MS));
      expect(typeset()).toContain(`\\times ${mse}`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fits by least squares: the lowest MSE and NLL', () => {
    render(<Regression />);
    const before = readNumber('regression-mse');
    fireEvent.click(screen.getByRole('button', { name: 'Fit by least squares' }));
    const fitted = readNumber('regression-mse');
    expect(fitted).toBeLessThan(before);
    const { sigma } = regressionFitsFor(catalogueFor(42, 40));
    expect(screen.getByTestId('regression-mse').textContent).toBe(formatNumber(sigma * sigma));
    expect(screen.getByRole('button', { name: 'Fit by least squares' })).toHaveProperty('disabled', true);
    for (const b of [0.3, 0.4]) {
      slide(/Line slope/, b);
      expect(readNumber('regression-mse')).toBeGreaterThan(fitted);
    }
  });

  it('shows the residuals of the three-feature fit on request, narrower than tempo alone', () => {
    render(<Regression />);
    fireEvent.click(screen.getByRole('radio', { name: /all three features/ }));
    const fits = regressionFitsFor(catalogueFor(42, 40));
    expect(fits.allSigma).toBeLessThan(fits.sigma);
    expect(screen.getByText(/σ̂ falls from/).textContent).toContain(formatNumber(fits.allSigma));
  });
});

describe('mse-vs-mae', () => {
  it('switches the noise and refits both lines', () => {
    render(<MseVsMae />);
    const before = [readNumber('mse-slope'), readNumber('mae-slope')];
    fireEvent.click(screen.getByRole('radio', { name: /viral/ }));
    expect(useLabStore.getState().noise).toBe('viral');
    expect([readNumber('mse-slope'), readNumber('mae-slope')]).not.toEqual(before);
  });

  it('a song moved far away drags the least-squares line more than the least-absolute one (keyboard path)', () => {
    render(<MseVsMae />);
    fireEvent.click(screen.getByRole('radio', { name: /Laplace/ }));
    slide(/Popularity of song/, 100);
    expect(useLabStore.getState().moved?.popularity).toBe(100);
    const mseShift = readNumber('mse-shift');
    const maeShift = readNumber('mae-shift');
    expect(mseShift).toBeGreaterThan(1);
    expect(mseShift).toBeGreaterThan(3 * maeShift);
    fireEvent.click(screen.getByRole('button', { name: 'Restore the song' }));
    expect(readNumber('mse-shift')).toBe(0);
  });

  it('answers every step in the table, and restates the shift in words once the slider rests', () => {
    vi.useFakeTimers();
    try {
      render(<MseVsMae />);
      const sentence = () => screen.getByText(/Move a song to see|Since you moved/).textContent;
      const before = sentence();
      slide(/Popularity of song/, 100);
      const shift = screen.getByTestId('mse-shift').textContent!;
      expect(Number(shift)).toBeGreaterThan(1);
      expect(sentence()).toBe(before);
      act(() => vi.advanceTimersByTime(SETTLE_MS));
      expect(sentence()).toContain(`least-squares line has moved ${shift} points`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('picks any song by number, and ignores numbers outside the catalogue', () => {
    render(<MseVsMae />);
    const box = screen.getByRole('spinbutton', { name: /Song to move/ });
    fireEvent.change(box, { target: { value: '3' } });
    expect(screen.getByRole('slider', { name: /Popularity of song 3 / })).toBeTruthy();
    fireEvent.change(box, { target: { value: '4000' } });
    expect(screen.getByRole('slider', { name: /Popularity of song 3 / })).toBeTruthy();
  });

  it('bolds each model’s own log-likelihood, and each is the best in its column', () => {
    render(<MseVsMae />);
    const table = screen.getByRole('table', { name: /Log-likelihood/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const cell = (r: number, c: number) =>
      Number(within(rows[r]).getAllByRole('cell')[c].textContent!.split(' ')[0].replace('−', '-'));
    expect(cell(0, 0)).toBeGreaterThanOrEqual(cell(1, 0));
    expect(cell(1, 1)).toBeGreaterThanOrEqual(cell(0, 1));
  });
});

describe('classification', () => {
  it('starts at the maximum-likelihood fit, and BCE rises when a weight is nudged', () => {
    render(<Classification />);
    const atFit = readNumber('logistic-bce');
    slide(/Change in log-odds per BPM/, 0);
    expect(readNumber('logistic-bce')).toBeGreaterThan(atFit);
    slide(/Log-odds of a hit at 120 BPM/, 2);
    const worse = readNumber('logistic-bce');
    expect(worse).toBeGreaterThan(atFit);
    fireEvent.click(screen.getByRole('button', { name: 'Return to the maximum-likelihood fit' }));
    expect(readNumber('logistic-bce')).toBe(atFit);
  });

  it('follows every step in the readout, and names the song costing most once the slider rests', () => {
    vi.useFakeTimers();
    try {
      render(<Classification />);
      const costliest = () =>
        screen.getByText(/The song costing most/).textContent!.match(/The song costing most.*/)![0];
      const atFit = costliest();
      const bce = readNumber('logistic-bce');
      slide(/Log-odds of a hit at 120 BPM/, 4);
      expect(readNumber('logistic-bce')).toBeGreaterThan(bce);
      expect(costliest()).toBe(atFit);
      act(() => vi.advanceTimersByTime(SETTLE_MS));
      // With every song pushed towards a hit, the costliest is a miss.
      expect(costliest()).not.toBe(atFit);
      expect(costliest()).toMatch(/\(a miss at/);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('loss-table', () => {
  it('ties each loss to its distribution and links to the section that showed it', () => {
    render(<LossTable />);
    const table = screen.getByRole('table', { name: /Common losses/ });
    for (const [loss, distribution, href] of [
      ['Mean squared error', 'Normal', '#regression'],
      ['Mean absolute error', 'Laplace', '#mse-vs-mae'],
      ['Binary cross-entropy', 'Bernoulli', '#classification'],
      ['Cross-entropy (several classes)', 'Categorical', '#cross-entropy'],
    ]) {
      const row = within(table).getByRole('rowheader', {
        name: new RegExp(loss.replace(/[()]/g, '\\$&')),
      }).parentElement!;
      expect(row.textContent).toContain(distribution);
      expect(within(row).getByRole('link').getAttribute('href')).toBe(href);
    }
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href')!.slice(1));
    for (const id of links) expect(anchorIds).toContain(id);
    for (const chapter of chapters) expect(links).toContain(chapter.id);
  });
});

describe('the chapter with too few songs', () => {
  it('keeps every section id and explains why nothing is fitted', () => {
    act(() => useLabStore.getState().replace({ n: 3 }));
    const { container } = render(<Residuals number={5} />);
    for (const id of ['regression', 'mse-vs-mae', 'classification', 'loss-table']) {
      expect(container.querySelector(`#${id}`)).not.toBeNull();
    }
    expect(screen.getAllByText(/needs at least 5 songs/)).toHaveLength(3);
  });
});
