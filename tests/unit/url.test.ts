import { describe, expect, it } from 'vitest';
import { parseUrl, pickUrlState, serializeUrl, MAX_N } from '../../src/state/url';
import { sampleFor, summarise } from '../../src/model/summary';
import { DEFAULT_STATE } from '../../src/state/store';
import { hashId, startUrlSync } from '../../src/state/urlSync';

const SEEDED = { custom: null, family: 'normal', familyParams: {} };

describe('parseUrl', () => {
  it('gives the defaults for an empty query', () => {
    const { state, notes } = parseUrl('');
    expect(state).toEqual({
      seed: 42,
      n: 40,
      mu: DEFAULT_STATE.mu,
      sigma: DEFAULT_STATE.sigma,
      theme: 'auto',
      ...SEEDED,
    });
    expect(notes).toEqual([]);
  });

  it('reads every parameter', () => {
    const { state, notes } = parseUrl('?seed=7&n=100&mu=118.5&sigma=12.25&theme=dark');
    expect(state).toEqual({ seed: 7, n: 100, mu: 118.5, sigma: 12.25, theme: 'dark', ...SEEDED });
    expect(notes).toEqual([]);
  });

  it('reads a shared dataset with its name, unit and family', () => {
    const { state, notes } = parseUrl(
      '?data=512_498_.5_1e3_730&name=Reaction%20time&unit=ms&family=lognormal&location=6&scale=0.5',
    );
    expect(notes).toEqual([]);
    expect(Array.from(state.custom!.values)).toEqual([512, 498, 0.5, 1000, 730]);
    expect(state.custom).toMatchObject({ name: 'Reaction time', unit: 'ms' });
    expect(state.family).toBe('lognormal');
    expect(state.familyParams).toEqual({ lognormal: [6, 0.5] });
  });

  it('starts μ and σ for shared data from a poor guess inside the data’s ranges', () => {
    const { state } = parseUrl('?data=0.011_0.013_0.02_0.018');
    const { muRange, sigmaRange, normal } = summarise(state.custom!.values);
    expect(state.mu).toBeGreaterThanOrEqual(muRange.min);
    expect(state.mu).toBeLessThan(normal.mu);
    expect(state.sigma).toBeGreaterThanOrEqual(sigmaRange.min);
    expect(state.sigma).toBeLessThan(normal.sigma);
  });

  it.each([
    ['?data=1_2_x', /shared data/],
    ['?data=5_5_5', /shared data/],
    ['?data=%3Cscript%3E', /shared data/],
    ['?family=cauchy', /family=/],
    ['?data=-1_2_3&family=lognormal', /needs every value above 0/],
  ])('%s falls back with a note', (query, note) => {
    const { state, notes } = parseUrl(query);
    expect(notes.join(' ')).toMatch(note);
    expect(state.family === 'normal' || state.custom !== null).toBe(true);
  });

  it('cleans names and units: no control characters, at most 40 characters', () => {
    const { state } = parseUrl(`?data=1_2&name=${encodeURIComponent('a\u0000b\n' + 'x'.repeat(100))}`);
    expect(state.custom!.name).toMatch(/^a b x+$/);
    expect(state.custom!.name.length).toBe(40);
  });

  it('clamps out-of-range values and says so', () => {
    const { state, notes } = parseUrl('?seed=99999999999&n=0&mu=1e9&sigma=-3');
    expect(state.seed).toBe(4294967295);
    expect(state.n).toBe(1);
    const { muRange, sigmaRange } = summarise(sampleFor(state.seed, state.n));
    expect(state.mu).toBe(muRange.max);
    expect(state.sigma).toBe(sigmaRange.min);
    expect(notes).toHaveLength(4);
  });

  it('caps n at 100,000', () => {
    expect(parseUrl('?n=5000000').state.n).toBe(MAX_N);
  });

  it.each([
    ['seed=abc', 'seed'],
    ['seed=1.5', 'seed'],
    ['n=0x10', 'n'],
    ['n=', 'n'],
    ['mu=NaN', 'mu'],
    ['mu=Infinity', 'mu'],
    ['sigma=12abc', 'sigma'],
    ['sigma=1e400', 'sigma'],
    ['theme=purple', 'theme'],
    ['mu=%E2%88%92', 'mu'],
  ])('ignores malformed %s with a note', (query, name) => {
    const { state, notes } = parseUrl(`?${query}`);
    expect(state.seed).toBe(42);
    expect(notes.join(' ')).toContain(name);
    expect(Number.isFinite(state.mu) && state.sigma > 0).toBe(true);
  });

  it('keeps a hostile value out of its notes beyond a short excerpt', () => {
    const { notes } = parseUrl(`?theme=${'<script>'.repeat(1000)}`);
    expect(notes[0].length).toBeLessThan(120);
  });

  it('uses the first of repeated keys', () => {
    expect(parseUrl('?seed=3&seed=4').state.seed).toBe(3);
  });
});

describe('serializeUrl', () => {
  it('round-trips through parseUrl exactly', () => {
    const state = {
      ...DEFAULT_STATE,
      seed: 7,
      n: 100,
      mu: 116.69871423405432,
      sigma: 14.142,
      theme: 'light' as const,
    };
    expect(parseUrl(serializeUrl(state)).state).toEqual(pickUrlState(state));
  });

  it('round-trips a custom dataset, its labels and a family', () => {
    const custom = { values: Float64Array.from([0.1, 2.5e-7, 3, 12.5, 17.25]), name: 'Dose', unit: 'mg' };
    const state = {
      ...DEFAULT_STATE,
      custom,
      mu: 1,
      sigma: 2,
      family: 'laplace' as const,
      familyParams: { laplace: [2, 3] as const },
    };
    const parsed = parseUrl(serializeUrl(state)).state;
    expect(Array.from(parsed.custom!.values)).toEqual(Array.from(custom.values));
    expect(parsed).toMatchObject({ mu: 1, sigma: 2, family: 'laplace', familyParams: { laplace: [2, 3] } });
  });

  it('leaves data out of a link when it is too large to share', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => 100 + i / 7);
    const search = serializeUrl({ ...DEFAULT_STATE, custom: { values, name: '', unit: '' } });
    expect(search).not.toContain('data=');
  });

  it('leaves out defaults and keeps parameters it does not own', () => {
    const search = serializeUrl({ ...DEFAULT_STATE, mu: 110, sigma: 9 }, '?embed=1&mu=3');
    expect(search).toBe('?embed=1&mu=110&sigma=9');
  });
});

describe('a malformed #fragment', () => {
  it('is dropped before the shell decodes it, and hashId never throws', () => {
    window.history.replaceState(null, '', '/?mu=110#%E0%A4%A');
    expect(() => decodeURIComponent(window.location.hash)).toThrow(URIError);
    startUrlSync().stop();
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?mu=110');
    expect(hashId('#%E0%A4%A')).toBe('');
    expect(hashId('#%')).toBe('');
    expect(hashId('#why-log')).toBe('why-log');
    expect(hashId('')).toBe('');
  });
});
