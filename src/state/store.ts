import { create } from 'zustand';
import { clamp, selectSummary } from './derived';
import type { Line } from '../math/regression';
import type { NoiseKind } from '../math/songCatalogue';

export type ThemePreference = 'auto' | 'light' | 'dark';
/** Red-to-green is the story's colour for density; the alternative is safe for colour-blind readers. */
export type Palette = 'red-green' | 'colour-blind-safe';

/** Everything the reader controls, and nothing that can be computed from it. */
export interface LabState {
  /** numpy seed of the tempo sample: np.random.seed(seed). */
  seed: number;
  /** Number of songs: np.random.normal(120, 15, n). */
  n: number;
  /** Slider position for the Normal's mean, in BPM. */
  mu: number;
  /** Slider position for the Normal's standard deviation, in BPM. */
  sigma: number;
  theme: ThemePreference;
  palette: Palette;
  /** The learner's line in `regression`: popularity at 120 BPM, and points per BPM. */
  line: Line;
  /** The noise in the catalogue's popularity, in `mse-vs-mae`. */
  noise: NoiseKind;
  /** A song the learner moved in `mse-vs-mae`, to its new popularity; null when none is moved. */
  moved: { song: number; popularity: number } | null;
  /** The learner's logistic weights in `classification`; null means the fitted ones. */
  logit: Line | null;
}

export interface LabActions {
  setParams: (mu: number, sigma: number) => void;
  setTheme: (theme: ThemePreference) => void;
  setPalette: (palette: Palette) => void;
  setLine: (line: Line) => void;
  setNoise: (noise: NoiseKind) => void;
  setMoved: (moved: LabState['moved']) => void;
  setLogit: (logit: Line | null) => void;
  /** Replace several fields at once (URL hydration, tests). */
  replace: (state: Partial<LabState>) => void;
}

export const DEFAULT_STATE: LabState = {
  seed: 42,
  n: 40,
  // A deliberately poor starting fit: too low and too narrow, so most lines start red and
  // the learner has something to discover.
  mu: 100,
  sigma: 8,
  theme: 'auto',
  palette: 'red-green',
  // Flat and too low: every residual starts large, so moving the line teaches something.
  line: { intercept: 40, slope: 0 },
  noise: 'normal',
  moved: null,
  logit: null,
};

export const useLabStore = create<LabState & LabActions>()((set) => ({
  ...DEFAULT_STATE,
  // Every control that sets μ and σ (sliders, buttons, the surface, the optimiser) lands
  // inside the sliders' ranges for the current data, so the sliders always show the truth.
  setParams: (mu, sigma) =>
    set((s) => {
      const { muRange, sigmaRange } = selectSummary(s);
      return { mu: clamp(mu, muRange), sigma: clamp(sigma, sigmaRange) };
    }),
  setTheme: (theme) => set({ theme }),
  setPalette: (palette) => set({ palette }),
  setLine: (line) => set({ line }),
  setNoise: (noise) => set({ noise }),
  setMoved: (moved) => set({ moved }),
  setLogit: (logit) => set({ logit }),
  replace: (state) => set(state),
}));
