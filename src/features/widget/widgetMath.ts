import { texNumber } from '../../ui/format';
import { sumOfAbsoluteDeviations, type FamilyId, type FamilyStats } from '../../math/families';
import { LOG_TWO_PI } from '../../math/distributions';
import { normalLogLikelihoodTerms, type NormalLogLikelihoodTerms } from '../../math/likelihood';

/** The Normal log-likelihood in symbols; the widget shows it above the same formula in numbers. */
export const LOG_LIKELIHOOD_TEX = String.raw`\ell(\mu,\sigma) = -\tfrac{n}{2}\log(2\pi) - n\log\sigma - \tfrac{1}{2\sigma^2}\textstyle\sum_{i=1}^{n}(x_i-\mu)^2`;

/** The log-likelihood formula with the reader's numbers in it, as TeX (numbers only are inserted). */
export function logLikelihoodTex(n: number, mu: number, sigma: number, terms: NormalLogLikelihoodTerms): string {
  const s = texNumber(sigma);
  return String.raw`\begin{aligned}
\ell &= -\tfrac{${n}}{2}\log(2\pi) - ${n}\log ${s} - \tfrac{1}{2\cdot ${s}^2}\textstyle\sum_{i=1}^{${n}}(x_i-${texNumber(mu)})^2 \\
&= ${texNumber(terms.constant)} ${signed(terms.spread)} - \tfrac{${texNumber(terms.sumOfSquares)}}{${texNumber(2 * sigma * sigma)}} \\
&= ${texNumber(terms.total)}
\end{aligned}`;
}

/** Each family's log-likelihood in symbols. */
export const FAMILY_LOG_LIKELIHOOD_TEX: Record<FamilyId, string> = {
  normal: LOG_LIKELIHOOD_TEX,
  laplace: String.raw`\ell(m,b) = -n\log(2b) - \tfrac{1}{b}\textstyle\sum_{i=1}^{n}|x_i-m|`,
  lognormal: String.raw`\ell(\mu,\sigma) = -\textstyle\sum_{i=1}^{n}\log x_i - \tfrac{n}{2}\log(2\pi) - n\log\sigma - \tfrac{1}{2\sigma^2}\textstyle\sum_{i=1}^{n}(\log x_i-\mu)^2`,
};

/** The assumed family's log-likelihood with the reader's numbers in it, as TeX (numbers only are inserted). */
export function familyLogLikelihoodTex(family: FamilyId, stats: FamilyStats, a: number, b: number): string {
  const n = stats.n;
  if (family === 'normal')
    return logLikelihoodTex(
      n,
      a,
      b,
      normalLogLikelihoodTerms({ n, mean: stats.mean, centredSumOfSquares: stats.centredSumOfSquares }, a, b),
    );
  if (family === 'laplace') {
    const absolute = sumOfAbsoluteDeviations(stats, a);
    const spread = -n * Math.log(2 * b);
    return String.raw`\begin{aligned}
\ell &= -${n}\log(2\cdot ${texNumber(b)}) - \tfrac{1}{${texNumber(b)}}\textstyle\sum_{i=1}^{${n}}|x_i-${texNumber(a)}| \\
&= ${texNumber(spread)} - \tfrac{${texNumber(absolute)}}{${texNumber(b)}} \\
&= ${texNumber(spread - absolute / b)}
\end{aligned}`;
  }
  const logs = stats.logs!;
  const shift = logs.mean - a;
  const squares = logs.centredSumOfSquares + n * shift * shift;
  const constant = -logs.sum - 0.5 * n * LOG_TWO_PI;
  const spread = -n * Math.log(b);
  return String.raw`\begin{aligned}
\ell &= -\textstyle\sum\log x_i - \tfrac{${n}}{2}\log(2\pi) - ${n}\log ${texNumber(b)} - \tfrac{1}{2\cdot ${texNumber(b)}^2}\textstyle\sum(\log x_i-${texNumber(a)})^2 \\
&= ${texNumber(constant)} ${signed(spread)} - \tfrac{${texNumber(squares)}}{${texNumber(2 * b * b)}} \\
&= ${texNumber(constant + spread - squares / (2 * b * b))}
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
