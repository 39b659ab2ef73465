import { create } from 'zustand';
import type { CustomDataset, LabState, Palette, ThemePreference } from '../model/readerState';
import { clamp, selectFamilyFit, selectSummary, startingGuess } from '../model/summary';
import type { FamilyId, Pair } from '../math/families';
import type { Line } from '../math/regression';
import type { NoiseKind } from '../math/songCatalogue';

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
