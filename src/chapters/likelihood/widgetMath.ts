import { texNumber } from '../../components/format';
import type { NormalLogLikelihoodTerms } from '../../math/likelihood';

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
