import type { Palette } from '../model/readerState';

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/**
 * Colour stops from low density to high. Red → amber → green is the story's scale; the
 * colour-blind-safe one runs orange → purple (ColorBrewer PuOr ends), distinguishable in
 * all three common colour-vision deficiencies. Dark mode uses lighter stops for contrast.
 */
const STOPS: Record<Palette, Record<'light' | 'dark', Rgb[]>> = {
  'red-green': {
    light: ['#c62828', '#d97706', '#15803d'].map(hexToRgb),
    dark: ['#ff6b6b', '#fbbf24', '#4ade80'].map(hexToRgb),
  },
  'colour-blind-safe': {
    light: ['#d95f02', '#8c6d8c', '#5e3c99'].map(hexToRgb),
    dark: ['#fdb863', '#d9c2d9', '#b2abd2'].map(hexToRgb),
  },
};

/** The colour for a relative density t in [0, 1] (0: implausible, 1: as dense as the best fit). */
export function densityColour(t: number, palette: Palette, dark: boolean): string {
  const stops = STOPS[palette][dark ? 'dark' : 'light'];
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const scaled = clamped * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const [a, b] = [stops[i], stops[i + 1]];
  const mix = (k: number) => Math.round(a[k] + (b[k] - a[k]) * f);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** The second cue, independent of colour: denser points get thicker lines. */
export function densityStrokeWidth(t: number): number {
  return 1 + 3.5 * Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
}

/** CSS linear-gradient for a legend bar. */
export function densityGradient(palette: Palette, dark: boolean): string {
  const steps = [0, 0.25, 0.5, 0.75, 1].map((t) => `${densityColour(t, palette, dark)} ${t * 100}%`);
  return `linear-gradient(to right, ${steps.join(', ')})`;
}

/**
 * Distinct colour (and width) levels for lines drawn by the hundred: lines of one level are
 * drawn as one path, so a step sets 24 attributes rather than several per line, and 24 levels
 * are finer than the eye can tell.
 */
export const DENSITY_LEVELS = 24;

/** The level (0 … DENSITY_LEVELS − 1) of a relative density t in [0, 1]. */
export function densityLevel(t: number): number {
  return Math.round(Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (DENSITY_LEVELS - 1));
}

/** The relative density a level stands for: its colour and width are those of this t. */
export const levelDensity = (level: number) => level / (DENSITY_LEVELS - 1);
