import { describe, expect, it } from 'vitest';
import { parseUrl, serializeUrl, MAX_N } from '../../src/state/url';
import { sampleFor, summarise } from '../../src/state/derived';
import { DEFAULT_STATE } from '../../src/state/store';

describe('parseUrl', () => {
  it('gives the defaults for an empty query', () => {
    const { state, notes } = parseUrl('');
    expect(state).toEqual({ seed: 42, n: 40, mu: DEFAULT_STATE.mu, sigma: DEFAULT_STATE.sigma, theme: 'auto' });
    expect(notes).toEqual([]);
  });

  it('reads every parameter', () => {
    const { state, notes } = parseUrl('?seed=7&n=100&mu=118.5&sigma=12.25&theme=dark');
    expect(state).toEqual({ seed: 7, n: 100, mu: 118.5, sigma: 12.25, theme: 'dark' });
    expect(notes).toEqual([]);
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
    const state = { seed: 7, n: 100, mu: 116.69871423405432, sigma: 14.142, theme: 'light' as const };
    expect(parseUrl(serializeUrl(state)).state).toEqual(state);
  });

  it('leaves out defaults and keeps parameters it does not own', () => {
    const search = serializeUrl({ ...DEFAULT_STATE, mu: 110, sigma: 9 }, '?embed=1&mu=3');
    expect(search).toBe('?embed=1&mu=110&sigma=9');
  });
});
