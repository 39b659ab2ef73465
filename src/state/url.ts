/**
 * The URL contract (public interface: links, embeds and outside checks rely on it).
 *
 *   ?seed=42&n=40&mu=100&sigma=8&theme=auto#likelihood-widget
 *
 * Every parameter is optional. Values out of range are clamped and malformed ones ignored,
 * each with a note for the reader; parsing never throws.
 */
import { MAX_SEED } from '../math/rng';
import { clamp, sampleFor, summarise } from './derived';
import { DEFAULT_STATE, type LabState, type ThemePreference } from './store';

export const MAX_N = 100_000;
const THEMES: readonly ThemePreference[] = ['auto', 'light', 'dark'];

/** The part of the state a URL carries. */
export type UrlState = Pick<LabState, 'seed' | 'n' | 'mu' | 'sigma' | 'theme'>;

export interface ParsedUrl {
  state: UrlState;
  /** Plain-language notes on parameters that were adjusted or ignored. */
  notes: string[];
}

/** A strict decimal number: no hex, no empty string, no "12abc". */
function parseNumber(text: string): number | null {
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function parseUrl(search: string): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const notes: string[] = [];
  const shown = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

  const integer = (name: string, min: number, max: number, fallback: number): number => {
    const text = params.get(name);
    if (text === null) return fallback;
    const value = parseNumber(text);
    if (value === null || !Number.isInteger(value)) {
      notes.push(`Ignored ${name}=“${shown(text)}”: not a whole number.`);
      return fallback;
    }
    const clamped = Math.min(max, Math.max(min, value));
    if (clamped !== value) notes.push(`${name} must be from ${min} to ${max}; used ${clamped}.`);
    return clamped;
  };

  const seed = integer('seed', 0, MAX_SEED, DEFAULT_STATE.seed);
  const n = integer('n', 1, MAX_N, DEFAULT_STATE.n);
  const { muRange, sigmaRange } = summarise(sampleFor(seed, n));

  const real = (name: string, range: { min: number; max: number }, fallback: number): number => {
    const text = params.get(name);
    if (text === null) return clamp(fallback, range);
    const value = parseNumber(text);
    if (value === null) {
      notes.push(`Ignored ${name}=“${shown(text)}”: not a number.`);
      return clamp(fallback, range);
    }
    const clamped = clamp(value, range);
    if (clamped !== value)
      notes.push(`${name} must be from ${range.min} to ${range.max} for these data; used ${clamped}.`);
    return clamped;
  };

  const mu = real('mu', muRange, DEFAULT_STATE.mu);
  const sigma = real('sigma', sigmaRange, DEFAULT_STATE.sigma);

  const themeText = params.get('theme');
  let theme = DEFAULT_STATE.theme;
  if (themeText !== null) {
    if ((THEMES as readonly string[]).includes(themeText)) theme = themeText as ThemePreference;
    else notes.push(`Ignored theme=“${shown(themeText)}”: use light, dark or auto.`);
  }
  return { state: { seed, n, mu, sigma, theme }, notes };
}

/**
 * The query string for a state, keeping any parameter this module does not own (later
 * features add their own). seed, n and theme are written only when not the default, so a
 * plain link stays short; mu and sigma always, so a copied address reproduces the sliders.
 */
export function serializeUrl(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  const write = (name: string, value: string | null) =>
    value === null ? params.delete(name) : params.set(name, value);
  write('seed', state.seed === DEFAULT_STATE.seed ? null : String(state.seed));
  write('n', state.n === DEFAULT_STATE.n ? null : String(state.n));
  write('mu', String(state.mu));
  write('sigma', String(state.sigma));
  write('theme', state.theme === DEFAULT_STATE.theme ? null : state.theme);
  const text = params.toString();
  return text ? `?${text}` : '';
}
