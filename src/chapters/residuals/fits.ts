/**
 * The fits the residuals chapter shows, computed from the catalogue and what the reader
 * controls, each memoised so that a slider step recomputes only what it changes.
 */
import {
  leastAbsoluteDeviationsLine,
  leastSquares,
  logisticRegression,
  predict,
  residuals,
  sumOfAbsolutes,
  sumOfSquares,
  type Line,
  type LogisticFit,
} from '../../math/regression';
import { CENTRE, type NoiseKind, type SongCatalogue } from '../../math/songCatalogue';
import { laplaceTerms, normalTerms } from '../../math/likelihood';

/** Features as the models see them: centred, so an intercept is the popularity of a typical song. */
export interface Features {
  /** Tempo − 120 BPM. */
  tempo: Float64Array;
  /** Tempo, duration and loudness, each minus its centre. */
  all: Float64Array[];
}

const features = new WeakMap<SongCatalogue, Features>();

export function centredFeatures(catalogue: SongCatalogue): Features {
  let f = features.get(catalogue);
  if (!f) {
    const tempo = catalogue.tempo.map((t) => t - CENTRE.tempo);
    f = {
      tempo,
      all: [
        tempo,
        catalogue.duration.map((d) => d - CENTRE.duration),
        catalogue.loudness.map((l) => l - CENTRE.loudness),
      ],
    };
    features.set(catalogue, f);
  }
  return f;
}

/** A line in the chapter's terms: popularity at 120 BPM (the intercept) and points per BPM. */
export const lineCoefficients = (line: Line) => [line.intercept, line.slope];

/** The maximised log-likelihood of Normal residuals: the Normal's ℓ at σ̂ = √(SSE/n). */
const normalMaxLogLik = (n: number, sse: number) => normalTerms(n, sse, Math.sqrt(sse / n)).total;
/** The maximised log-likelihood of Laplace residuals: the Laplace's ℓ at b̂ = SAE/n. */
const laplaceMaxLogLik = (n: number, sae: number) => laplaceTerms(n, sae, sae / n).total;

/** The least-squares fits of the `regression` section, on the Normal-noise popularity. */
export interface RegressionFits {
  popularity: Float64Array;
  /** Least squares on tempo alone. */
  line: Line;
  /** σ̂ of that line's residuals, √(SSE/n): the σ the section holds fixed. */
  sigma: number;
  /** Least squares on all three features: [intercept, per BPM, per minute, per dB]. */
  all: number[];
  allResiduals: Float64Array;
  allSigma: number;
}

const regressionFits = new WeakMap<SongCatalogue, RegressionFits>();

export function regressionFitsFor(catalogue: SongCatalogue): RegressionFits {
  let fits = regressionFits.get(catalogue);
  if (!fits) {
    const f = centredFeatures(catalogue);
    const popularity = catalogue.popularity.normal;
    const [intercept, slope] = leastSquares([f.tempo], popularity);
    const n = popularity.length;
    const all = leastSquares(f.all, popularity);
    const allResiduals = residuals(all, f.all, popularity);
    fits = {
      popularity,
      line: { intercept, slope },
      sigma: Math.sqrt(sumOfSquares(residuals([intercept, slope], [f.tempo], popularity)) / n),
      all,
      allResiduals,
      allSigma: Math.sqrt(sumOfSquares(allResiduals) / n),
    };
    regressionFits.set(catalogue, fits);
  }
  return fits;
}

/** One fitted line of `mse-vs-mae` with what its residuals say under each assumption. */
export interface RobustFit {
  line: Line;
  residuals: Float64Array;
  /** Fitted Normal scale σ̂ = √(Σr²/n) and Laplace scale b̂ = Σ|r|/n of these residuals. */
  sigma: number;
  scale: number;
  /** ℓ of these residuals under the fitted Normal and the fitted Laplace (centred at 0). */
  normalLogLik: number;
  laplaceLogLik: number;
}

export interface RobustFits {
  popularity: Float64Array;
  leastSquares: RobustFit;
  leastAbsolute: RobustFit;
}

function robustFit(line: Line, tempo: Float64Array, popularity: Float64Array): RobustFit {
  const r = residuals(lineCoefficients(line), [tempo], popularity);
  const n = r.length;
  const sse = sumOfSquares(r);
  const sae = sumOfAbsolutes(r);
  return {
    line,
    residuals: r,
    sigma: Math.sqrt(sse / n),
    scale: sae / n,
    normalLogLik: normalMaxLogLik(n, sse),
    laplaceLogLik: laplaceMaxLogLik(n, sae),
  };
}

/**
 * Recently used fits, most recent last: the reader's current data, the same data with no song
 * moved and the fits the histograms settled on. Used ones move to the end, so during a drag
 * those stay while each step's new fit pushes out the step before it.
 */
const robustCache: { key: string; catalogue: SongCatalogue; fits: RobustFits }[] = [];
const ROBUST_KEPT = 4;

/** Both fits of `mse-vs-mae` for a kind of noise, with one song possibly moved by the reader. */
export function robustFitsFor(
  catalogue: SongCatalogue,
  noise: NoiseKind,
  moved: { song: number; popularity: number } | null,
): RobustFits {
  const key = `${noise}:${moved?.song}:${moved?.popularity}`;
  const at = robustCache.findIndex((entry) => entry.catalogue === catalogue && entry.key === key);
  if (at >= 0) {
    const [used] = robustCache.splice(at, 1);
    robustCache.push(used);
    return used.fits;
  }
  const { tempo } = centredFeatures(catalogue);
  const popularity = Float64Array.from(catalogue.popularity[noise]);
  if (moved && moved.song < popularity.length) popularity[moved.song] = moved.popularity;
  const [intercept, slope] = leastSquares([tempo], popularity);
  const fits = {
    popularity,
    leastSquares: robustFit({ intercept, slope }, tempo, popularity),
    // With one song moved, the unmoved optimum is a line or two away: start the exact search there.
    leastAbsolute: robustFit(
      leastAbsoluteDeviationsLine(
        tempo,
        popularity,
        moved ? robustFitsFor(catalogue, noise, null).leastAbsolute.line : undefined,
      ),
      tempo,
      popularity,
    ),
  };
  robustCache.push({ key, catalogue, fits });
  if (robustCache.length > ROBUST_KEPT) robustCache.shift();
  return fits;
}

/** The logistic fits of `classification`: tempo alone (drawn) and all three features. */
export interface ClassificationFits {
  tempo: LogisticFit;
  all: LogisticFit;
  /** Log-odds of every song under the three-feature fit. */
  allLogOdds: Float64Array;
}

const classificationFits = new WeakMap<SongCatalogue, ClassificationFits>();

export function classificationFitsFor(catalogue: SongCatalogue): ClassificationFits {
  let fits = classificationFits.get(catalogue);
  if (!fits) {
    const f = centredFeatures(catalogue);
    const all = logisticRegression(f.all, catalogue.hit);
    fits = { tempo: logisticRegression([f.tempo], catalogue.hit), all, allLogOdds: predict(all.coefficients, f.all) };
    classificationFits.set(catalogue, fits);
  }
  return fits;
}
