/**
 * The URL contract (public interface: links, embeds and outside checks rely on it).
 *
 *   ?seed=42&n=40&mu=100&sigma=8&theme=auto#likelihood-widget
 *   ?data=512_498_.5_1e3&name=Reaction%20time&unit=ms&family=lognormal&location=6&scale=0.5
 *
 * `data` carries a reader's own dataset (see shareData.ts) with its `name` and `unit`, in
 * place of the seeded tempos; `family` picks the widget's assumed family and, for a family
 * other than the Normal, `location` and `scale` its sliders (mu and sigma stay the Normal's).
 *
 * Every parameter is optional. Values out of range are clamped and malformed ones ignored,
 * each with a note for the reader; parsing never throws.
 */
import { MAX_N } from '../model/limits';
import { decodeSharedData, encodeSharedData } from '../model/shareData';
import { FAMILIES, isFamilyId } from '../math/families';
import { readFiniteNumber } from '../math/numeral';
import { MAX_SEED } from '../math/rng';
import { clamp, selectSummary, startingGuess } from '../model/summary';
import { DEFAULT_STATE } from './store';
import type { CustomDataset, LabState, ThemePreference } from '../model/readerState';

export { MAX_N };
const THEMES: readonly ThemePreference[] = ['auto', 'light', 'dark'];

/** The part of the state a URL carries. */
export type UrlState = Pick<LabState, 'seed' | 'n' | 'mu' | 'sigma' | 'theme' | 'custom' | 'family' | 'familyParams'>;

/** The fields of a state that a URL carries. */
export const pickUrlState = ({ seed, n, mu, sigma, theme, custom, family, familyParams }: UrlState): UrlState => ({
  seed,
  n,
  mu,
  sigma,
  theme,
  custom,
  family,
  familyParams,
});

/** Longest name or unit a link may set: enough for "Reaction time (left hand)". */
export const MAX_LABEL_LENGTH = 40;

/** A label from a URL or the data panel: printable, trimmed, bounded. Rendered as text, never as HTML. */
export function cleanLabel(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_LABEL_LENGTH)
  );
}

export interface ParsedUrl {
  state: UrlState;
  /** Plain-language notes on parameters that were adjusted or ignored. */
  notes: string[];
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
    const value = readFiniteNumber(text);
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

  let custom: CustomDataset | null = null;
  const dataText = params.get('data');
  if (dataText !== null) {
    const decoded = decodeSharedData(dataText);
    if ('values' in decoded)
      custom = {
        values: decoded.values,
        name: cleanLabel(params.get('name') ?? ''),
        unit: cleanLabel(params.get('unit') ?? ''),
      };
    else notes.push(`Ignored the shared data: ${decoded.message} The seeded tempos are shown instead.`);
  }
  const summary = selectSummary({ seed, n, custom });
  const { muRange, sigmaRange, fits } = summary;
  // New data start from a poor guess of their own; the tempos from the story's.
  const [startMu, startSigma] = custom ? startingGuess(fits.normal!) : [DEFAULT_STATE.mu, DEFAULT_STATE.sigma];

  const real = (name: string, range: { min: number; max: number }, fallback: number): number => {
    const text = params.get(name);
    if (text === null) return clamp(fallback, range);
    const value = readFiniteNumber(text);
    if (value === null) {
      notes.push(`Ignored ${name}=“${shown(text)}”: not a number.`);
      return clamp(fallback, range);
    }
    const clamped = clamp(value, range);
    if (clamped !== value)
      notes.push(`${name} must be from ${range.min} to ${range.max} for these data; used ${clamped}.`);
    return clamped;
  };

  const mu = real('mu', muRange, startMu);
  const sigma = real('sigma', sigmaRange, startSigma);

  let family = DEFAULT_STATE.family;
  let familyParams: UrlState['familyParams'] = {};
  const familyText = params.get('family');
  if (familyText !== null) {
    if (!isFamilyId(familyText)) notes.push(`Ignored family=“${shown(familyText)}”: use normal, laplace or lognormal.`);
    else if (!fits[familyText])
      notes.push(`The ${FAMILIES[familyText].name} needs every value above 0; the Normal is assumed instead.`);
    else family = familyText;
  }
  const fit = fits[family];
  if (family !== 'normal' && fit && (params.has('location') || params.has('scale'))) {
    const [startA, startB] = startingGuess(fit);
    familyParams = { [family]: [real('location', fit.ranges[0], startA), real('scale', fit.ranges[1], startB)] };
  }

  const themeText = params.get('theme');
  let theme = DEFAULT_STATE.theme;
  if (themeText !== null) {
    if ((THEMES as readonly string[]).includes(themeText)) theme = themeText as ThemePreference;
    else notes.push(`Ignored theme=“${shown(themeText)}”: use light, dark or auto.`);
  }
  return { state: { seed, n, mu, sigma, theme, custom, family, familyParams }, notes };
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
  const shared = state.custom ? encodeSharedData(state.custom.values) : null;
  write('data', shared);
  write('name', shared && state.custom?.name ? state.custom.name : null);
  write('unit', shared && state.custom?.unit ? state.custom.unit : null);
  write('family', state.family === DEFAULT_STATE.family ? null : state.family);
  const own = state.family === 'normal' ? undefined : state.familyParams[state.family];
  write('location', own ? String(own[0]) : null);
  write('scale', own ? String(own[1]) : null);
  const text = params.toString();
  return text ? `?${text}` : '';
}
