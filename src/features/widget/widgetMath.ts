import { texNumber } from '../../model/format';
import type { FamilyId } from '../../math/families';
import type { LogLikelihoodTerms } from '../../math/likelihood';

/** Each family's log-likelihood in symbols; the widget shows it above the same formula in numbers. */
export const FAMILY_LOG_LIKELIHOOD_TEX: Record<FamilyId, string> = {
  normal: String.raw`\ell(\mu,\sigma) = -\tfrac{n}{2}\log(2\pi) - n\log\sigma - \tfrac{1}{2\sigma^2}\textstyle\sum_{i=1}^{n}(x_i-\mu)^2`,
  laplace: String.raw`\ell(m,b) = -n\log(2b) - \tfrac{1}{b}\textstyle\sum_{i=1}^{n}|x_i-m|`,
  lognormal: String.raw`\ell(\mu,\sigma) = -\textstyle\sum_{i=1}^{n}\log x_i - \tfrac{n}{2}\log(2\pi) - n\log\sigma - \tfrac{1}{2\sigma^2}\textstyle\sum_{i=1}^{n}(\log x_i-\mu)^2`,
};

/** Each family's maximum-likelihood estimates in closed form, for the reveal. */
export const FAMILY_MLE_TEX: Record<FamilyId, string> = {
  normal: String.raw`\hat\mu = \bar x,\quad \hat\sigma = \sqrt{\tfrac1n\textstyle\sum (x_i-\bar x)^2}`,
  laplace: String.raw`\hat m = \operatorname{median}(x),\quad \hat b = \tfrac1n\textstyle\sum |x_i-\hat m|`,
  lognormal: String.raw`\hat\mu = \tfrac1n\textstyle\sum \log x_i,\quad \hat\sigma = \sqrt{\tfrac1n\sum (\log x_i-\hat\mu)^2}`,
};

/** The symbolic formula with the learner's n and parameters put in (its first line). */
const WITH_PARAMETERS: Record<FamilyId, (n: number, a: string, b: string) => string> = {
  normal: (n, mu, sigma) =>
    String.raw`-\tfrac{${n}}{2}\log(2\pi) - ${n}\log ${sigma} - \tfrac{1}{2\cdot ${sigma}^2}\textstyle\sum_{i=1}^{${n}}(x_i-${mu})^2`,
  laplace: (n, m, b) => String.raw`-${n}\log(2\cdot ${b}) - \tfrac{1}{${b}}\textstyle\sum_{i=1}^{${n}}|x_i-${m}|`,
  lognormal: (n, mu, sigma) =>
    String.raw`-\textstyle\sum\log x_i - \tfrac{${n}}{2}\log(2\pi) - ${n}\log ${sigma} - \tfrac{1}{2\cdot ${sigma}^2}\textstyle\sum(\log x_i-${mu})^2`,
};

/**
 * The assumed family's log-likelihood with the reader's numbers in it, as TeX (numbers only
 * are inserted). Every number comes from the family's own terms (FAMILIES[family].terms),
 * whose total is the ℓ readout, so the formula and the readout cannot disagree.
 */
export function familyLogLikelihoodTex(
  family: FamilyId,
  n: number,
  a: number,
  b: number,
  terms: LogLikelihoodTerms,
): string {
  // The Laplace's ℓ has no constant term to show.
  const fixed = family === 'laplace' ? texNumber(terms.spread) : `${texNumber(terms.constant)} ${signed(terms.spread)}`;
  return String.raw`\begin{aligned}
\ell &= ${WITH_PARAMETERS[family](n, texNumber(a), texNumber(b))} \\
&= ${fixed} - \tfrac{${texNumber(terms.misfitSum)}}{${texNumber(terms.misfitScale)}} \\
&= ${texNumber(terms.total)}
\end{aligned}`;
}

/** "+ 12.30" or "- 12.30", for a term written after another. */
function signed(x: number): string {
  return x < 0 ? `- ${texNumber(-x)}` : `+ ${texNumber(x)}`;
}

/** A displayed data point: its tempo and its song number (1-based). */
export interface DataPoint {
  x: number;
  song: number;
}

/** Up to `limit` points sorted by tempo; beyond it, evenly spaced order statistics. */
export function displayedPoints(sample: ArrayLike<number>, limit: number): DataPoint[] {
  const all = Array.from(sample, (x, i) => ({ x, song: i + 1 })).sort((a, b) => a.x - b.x);
  if (all.length <= limit) return all;
  return Array.from({ length: limit }, (_, i) => all[Math.round((i * (all.length - 1)) / (limit - 1))]);
}

/** Index of the point nearest to x in points sorted by x. */
export function nearestPoint(points: DataPoint[], x: number): number {
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid].x < x) lo = mid;
    else hi = mid;
  }
  return Math.abs(points[lo].x - x) <= Math.abs(points[hi].x - x) ? lo : hi;
}

/**
 * The `count` points with the lowest log-density, lowest first (of equals, the earlier point):
 * one pass keeping a short sorted list, not a sort of every point on every slider step.
 */
export function lowestLogDensities(
  points: DataPoint[],
  logPdf: (x: number) => number,
  count: number,
): (DataPoint & { logDensity: number })[] {
  const kept: (DataPoint & { logDensity: number })[] = [];
  for (const point of points) {
    const logDensity = logPdf(point.x);
    if (kept.length === count) {
      if (!(logDensity < kept[count - 1].logDensity)) continue;
      kept.pop();
    }
    let at = kept.length;
    while (at > 0 && logDensity < kept[at - 1].logDensity) at--;
    kept.splice(at, 0, { ...point, logDensity });
  }
  return kept;
}
