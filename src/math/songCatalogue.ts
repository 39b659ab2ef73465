/**
 * The song catalogue of the last chapter: three features, a popularity score and a hit
 * label per song. It makes the same numpy calls, in the same order, as
 * scripts/song_catalogue.py, which documents the generating process; the two give the same
 * doubles, and the tempos are the earlier chapters' sample (the first draws of the seed).
 */
import { NumpyRandomState } from './rng';

export type NoiseKind = 'normal' | 'laplace' | 'viral';

/** Standard deviation of the noise; the Laplace noise has the same variance (scale 5/√2). */
export const NOISE_SD = 5;
/** How much more popular a viral song is than its features predict. */
export const VIRAL_BOOST = 40;
/** The feature values the model is centred on, so its intercept is the popularity of a typical song. */
export const CENTRE = { tempo: 120, duration: 3.75, loudness: -9 } as const;
/** The true coefficients of popularity (per BPM, per minute, per dB) and of the hit log-odds. */
export const POPULARITY_MODEL = { intercept: 50, tempo: 0.4, duration: -4, loudness: 1.5 } as const;
export const HIT_MODEL = { intercept: -1, tempo: 0.08, loudness: 0.4 } as const;

export interface SongCatalogue {
  tempo: Float64Array;
  duration: Float64Array;
  loudness: Float64Array;
  /** Popularity (0–100) under each kind of noise; the features are shared. */
  popularity: Record<NoiseKind, Float64Array>;
  /** 1 for a hit, 0 otherwise. */
  hit: Float64Array;
  /** Indices of the viral songs (their noise has the boost). */
  viral: number[];
}

/** How many songs go viral in a catalogue of n: one in twelve, at least one. */
export const viralCount = (n: number) => Math.max(1, Math.floor(n / 12));

const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function songCatalogue(seed: number, n: number): SongCatalogue {
  const random = new NumpyRandomState(seed);
  const tempo = random.normal(120, 15, n);
  const duration = random.uniform(2.5, 5, n);
  const loudness = random.uniform(-14, -4, n);
  const normalNoise = random.normal(0, NOISE_SD, n);
  const laplaceNoise = random.laplace(0, NOISE_SD / Math.sqrt(2), n);
  const viralDraw = random.randomSamples(n);
  const hitDraw = random.randomSamples(n);

  // numpy's stable argsort: ties (practically impossible) keep index order.
  const viral = Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => viralDraw[a] - viralDraw[b] || a - b)
    .slice(0, viralCount(n));
  const viralNoise = Float64Array.from(normalNoise);
  for (const i of viral) viralNoise[i] += VIRAL_BOOST;

  const m = POPULARITY_MODEL;
  const signal = tempo.map(
    (t, i) =>
      m.intercept +
      m.tempo * (t - CENTRE.tempo) +
      m.duration * (duration[i] - CENTRE.duration) +
      m.loudness * (loudness[i] - CENTRE.loudness),
  );
  const withNoise = (noise: Float64Array) => signal.map((s, i) => clip(s + noise[i], 0, 100));
  const hit = tempo.map((t, i) => {
    const logit =
      HIT_MODEL.intercept + HIT_MODEL.tempo * (t - CENTRE.tempo) + HIT_MODEL.loudness * (loudness[i] - CENTRE.loudness);
    return hitDraw[i] < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  });
  return {
    tempo,
    duration,
    loudness,
    popularity: { normal: withNoise(normalNoise), laplace: withNoise(laplaceNoise), viral: withNoise(viralNoise) },
    hit,
    viral,
  };
}
