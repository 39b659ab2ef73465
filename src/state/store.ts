import { create } from 'zustand';
import { clamp, selectFamilyFit, selectSummary, startingGuess } from '../model/summary';
import type { FamilyId, Pair } from '../math/families';
import type { Line } from '../math/regression';
import type { NoiseKind } from '../math/songCatalogue';

export type ThemePreference = 'auto' | 'light' | 'dark';
/** Red-to-green is the story's colour for density; the alternative is safe for colour-blind readers. */
export type Palette = 'red-green' | 'colour-blind-safe';

/** A dataset the reader brought: pasted, uploaded, an example, or from a shared link. */
export interface CustomDataset {
  values: Float64Array;
  /** What was measured, e.g. "Reaction time"; '' when not given. */
  name: string;
  /** Its unit, e.g. "ms"; '' when not given. */
  unit: string;
}

/** The families other than the Normal keep their own widget positions. */
export type OtherFamily = Exclude<FamilyId, 'normal'>;

/** Everything the reader controls, and nothing that can be computed from it. */
export interface LabState {
  /** numpy seed of the tempo sample: np.random.seed(seed). */
  seed: number;
  /** Number of songs: np.random.normal(120, 15, n). */
  n: number;
  /** The reader's own data in place of the seeded tempos; null for the tempos. */
  custom: CustomDataset | null;
  /** The family the likelihood widget assumes. */
  family: FamilyId;
  /** Widget positions for the other families; a missing one starts from a poor guess for the data. */
  familyParams: Partial<Record<OtherFamily, Pair>>;
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
  /** Moves the widget's sliders for the assumed family (for the Normal, the same as setParams). */
  setFamilyParams: (a: number, b: number) => void;
  setFamily: (family: FamilyId) => void;
  /** Replaces the data (null: back to the seeded tempos), starting every slider afresh for it. */
  setDataset: (custom: CustomDataset | null) => void;
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
  custom: null,
  family: 'normal',
  familyParams: {},
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
  setFamilyParams: (a, b) =>
    set((s) => {
      const fit = selectFamilyFit(s);
      if (!fit) return {};
      const next: Pair = [clamp(a, fit.ranges[0]), clamp(b, fit.ranges[1])];
      return s.family === 'normal'
        ? { mu: next[0], sigma: next[1] }
        : { familyParams: { ...s.familyParams, [s.family]: next } };
    }),
  setFamily: (family) => set((s) => (selectSummary(s).fits[family] ? { family } : {})),
  setDataset: (custom) =>
    set((s) => {
      const next = { ...s, custom };
      const { fits } = selectSummary(next);
      // The tempos keep the story's own starting point; new data start from an equally poor guess.
      const [mu, sigma] = custom ? startingGuess(fits.normal!) : [DEFAULT_STATE.mu, DEFAULT_STATE.sigma];
      return { custom, familyParams: {}, mu, sigma, family: fits[s.family] ? s.family : 'normal' };
    }),
  setTheme: (theme) => set({ theme }),
  setPalette: (palette) => set({ palette }),
  setLine: (line) => set({ line }),
  setNoise: (noise) => set({ noise }),
  setMoved: (moved) => set({ moved }),
  setLogit: (logit) => set({ logit }),
  replace: (state) => set(state),
}));
