import { formatNumber } from '../model/format';
import { useShallow } from 'zustand/react/shallow';
import { selectDataWords } from '../model/dataWords';
import { useLabStore } from '../state/store';

const NOISE_NAMES = { normal: 'Normal', laplace: 'Laplace', viral: 'Normal with a few viral hits' } as const;

/**
 * Shown only on paper: the values every figure was drawn with, since the sliders that
 * set them are not printed.
 */
export function PrintSummary() {
  const words = useLabStore(selectDataWords);
  const { seed, n, mu, sigma, line, noise, moved, logit, custom } = useLabStore(
    useShallow(({ seed, n, mu, sigma, line, noise, moved, logit, custom }) => ({
      custom,
      seed,
      n,
      mu,
      sigma,
      line,
      noise,
      moved,
      logit,
    })),
  );
  return (
    <section className="print-only print-summary" aria-hidden="true">
      <h2>Likelihood Lab: printed handout</h2>
      <p>
        {custom
          ? `Data: your ${custom.values.length} values${custom.name ? ` of ${custom.name}` : ''}${custom.unit ? ` (${custom.unit})` : ''}. `
          : `Data: ${n} songs drawn with numpy seed ${seed} (np.random.normal(120, 15, ${n})). `}
        Normal fitted at μ = {words.withUnit(formatNumber(mu, 1))} and σ = {words.withUnit(formatNumber(sigma, 1))}. The
        song catalogue below keeps its own tempos. Regression line: height {formatNumber(line.intercept, 1)} points at
        120 BPM, slope {formatNumber(line.slope, 3)} points per BPM. Popularity noise: {NOISE_NAMES[noise]}
        {moved ? `, song ${moved.song + 1} moved to ${formatNumber(moved.popularity, 1)} points` : ''}. Logistic
        weights: {logit ? `w₀ = ${formatNumber(logit.intercept, 2)}, w₁ = ${formatNumber(logit.slope, 3)}` : 'the fit'}.
      </p>
      <p>Printed from {window.location.href}</p>
    </section>
  );
}
