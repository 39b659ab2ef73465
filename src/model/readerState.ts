/**
 * What the reader controls, as plain data: the store (state/store.ts) holds it, and the
 * model derives everything else from it.
 */
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
