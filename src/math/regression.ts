/**
 * Fitting a model to (x, y) by maximum likelihood, for three assumptions about y − f(x):
 * Normal residuals (least squares), Laplace residuals (least absolute deviations) and a
 * Bernoulli label (logistic regression). Features are passed as columns; every model has
 * an intercept, so coefficients[0] is the intercept and coefficients[j] belongs to column j − 1.
 */
import { compensatedSum } from './summation';

/** Solves A b = c for a small dense symmetric positive-definite A (Cholesky). */
export function solveSymmetric(a: number[][], c: number[]): number[] {
  const p = c.length;
  const l = a.map(() => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(s > 0)) throw new RangeError('the features are collinear: no unique fit');
        l[i][i] = Math.sqrt(s);
      } else l[i][j] = s / l[j][j];
    }
  }
  const z = new Array<number>(p);
  for (let i = 0; i < p; i++) {
    let s = c[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * z[k];
    z[i] = s / l[i][i];
  }
  const b = new Array<number>(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < p; k++) s -= l[k][i] * b[k];
    b[i] = s / l[i][i];
  }
  return b;
}

/** f(xᵢ) = b₀ + Σⱼ bⱼ xᵢⱼ for every row. */
export function predict(coefficients: number[], columns: Float64Array[]): Float64Array {
  const n = columns.length ? columns[0].length : 0;
  const out = new Float64Array(n).fill(coefficients[0]);
  columns.forEach((column, j) => {
    for (let i = 0; i < n; i++) out[i] += coefficients[j + 1] * column[i];
  });
  return out;
}

/** yᵢ − f(xᵢ). */
export function residuals(coefficients: number[], columns: Float64Array[], y: Float64Array): Float64Array {
  const fitted = predict(coefficients, columns);
  return fitted.map((f, i) => y[i] - f);
}

/**
 * Weighted least squares: the b minimising Σ wᵢ (yᵢ − f(xᵢ))², from the normal equations
 * (XᵀWX) b = XᵀWy. Centred features keep XᵀWX well conditioned for the few columns used here.
 */
function weightedLeastSquares(columns: Float64Array[], y: Float64Array, weights?: Float64Array): number[] {
  const n = y.length;
  const p = columns.length + 1;
  const row = new Float64Array(p);
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    row[0] = 1;
    for (let j = 1; j < p; j++) row[j] = columns[j - 1][i];
    for (let j = 0; j < p; j++) {
      xty[j] += w * row[j] * y[i];
      for (let k = 0; k <= j; k++) xtx[j][k] += w * row[j] * row[k];
    }
  }
  for (let j = 0; j < p; j++) for (let k = j + 1; k < p; k++) xtx[j][k] = xtx[k][j];
  return solveSymmetric(xtx, xty);
}

/**
 * Ordinary least squares: the maximum-likelihood fit when yᵢ = f(xᵢ) + εᵢ with εᵢ ~ Normal(0, σ²).
 * Needs more rows than coefficients and features that are not collinear.
 */
export function leastSquares(columns: Float64Array[], y: Float64Array): number[] {
  if (y.length <= columns.length) throw new RangeError('least squares needs more songs than coefficients');
  return weightedLeastSquares(columns, y);
}

/** Σ (yᵢ − f(xᵢ))² and Σ |yᵢ − f(xᵢ)|. */
export const sumOfSquares = (r: Float64Array) => compensatedSum(r.map((v) => v * v));
export const sumOfAbsolutes = (r: Float64Array) => compensatedSum(r.map(Math.abs));

/** A line y = intercept + slope · x. */
export interface Line {
  intercept: number;
  slope: number;
}

/**
 * The index of a weighted median of the first `count` values: the value v minimising
 * Σ wᵢ |v − valuesᵢ|, i.e. the first value, in sorted order, at which the running weight
 * reaches half the total. Found by quickselect (three-way partitions around a middle
 * pivot), O(m) on average, so refitting 100,000 songs stays interactive.
 */
export function weightedMedian(values: Float64Array, weights: Float64Array, count: number): number {
  const index = new Int32Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    index[i] = i;
    total += weights[i];
  }
  const half = total / 2;
  let lo = 0;
  let hi = count - 1;
  let below = 0; // weight of everything known to sort before index[lo]
  while (lo < hi) {
    const pivot = values[index[(lo + hi) >> 1]];
    // Dutch national flag: [lo, lt) < pivot, [lt, i) = pivot, (gt, hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    let lessWeight = 0;
    let equalWeight = 0;
    while (i <= gt) {
      const k = index[i];
      if (values[k] < pivot) {
        [index[lt], index[i]] = [index[i], index[lt]];
        lessWeight += weights[k];
        lt++;
        i++;
      } else if (values[k] > pivot) {
        [index[gt], index[i]] = [index[i], index[gt]];
        gt--;
      } else {
        equalWeight += weights[k];
        i++;
      }
    }
    if (below + lessWeight >= half && lt > lo) hi = lt - 1;
    else if (below + lessWeight + equalWeight >= half) return index[lt];
    else {
      below += lessWeight + equalWeight;
      lo = gt + 1;
    }
  }
  return index[lo];
}

/**
 * Least absolute deviations for a line: the maximum-likelihood fit when the residuals are
 * Laplace. The optimum is a line through two of the points, found exactly by Wesolowsky's
 * descent (1981): through a pivot point, the best line is the weighted median of the slopes
 * to the other points (weights |xᵢ − x_pivot|); that line meets a second point, which
 * becomes the pivot, until the line no longer changes. Each step lowers Σ|rᵢ|, and at the
 * end no line through the pivot is better, which for this convex problem is optimal.
 */
export function leastAbsoluteDeviationsLine(x: Float64Array, y: Float64Array, start?: Line): Line {
  const n = x.length;
  if (n < 2) throw new RangeError('a line needs at least two songs');
  const cost = (line: Line) => {
    let total = 0;
    for (let i = 0; i < n; i++) total += Math.abs(y[i] - line.intercept - line.slope * x[i]);
    return total;
  };
  // Start from the point closest to a nearby line (the caller's guess, else least squares):
  // usually one or two pivots from the optimum.
  let guess = start;
  if (!guess) {
    const [intercept, slope] = leastSquares([x], y);
    guess = { intercept, slope };
  }
  const miss = (i: number) => Math.abs(y[i] - guess.intercept - guess.slope * x[i]);
  let pivot = 0;
  for (let i = 1; i < n; i++) if (miss(i) < miss(pivot)) pivot = i;
  const slopes = new Float64Array(n);
  const weights = new Float64Array(n);
  const others = new Int32Array(n);
  let best: Line | null = null;
  let bestCost = Infinity;
  for (let step = 0; step < n; step++) {
    let m = 0;
    for (let i = 0; i < n; i++) {
      const dx = x[i] - x[pivot];
      if (dx === 0) continue;
      slopes[m] = (y[i] - y[pivot]) / dx;
      weights[m] = Math.abs(dx);
      others[m++] = i;
    }
    if (m === 0) throw new RangeError('every song has the same x: a line is not determined');
    const k = weightedMedian(slopes, weights, m);
    const line = { slope: slopes[k], intercept: y[pivot] - slopes[k] * x[pivot] };
    const c = cost(line);
    if (best && c >= bestCost) break;
    best = line;
    bestCost = c;
    pivot = others[k];
  }
  return best!;
}

/** The logistic function 1 / (1 + e^(−z)), written so that neither branch overflows. */
export function logistic(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(1 + e^z) without overflow. */
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/**
 * Mean Bernoulli negative log-likelihood (binary cross-entropy) of labels y under
 * pᵢ = logistic(zᵢ), from the log-odds zᵢ so that no pᵢ rounds to 0 or 1 on the way:
 * −log P(yᵢ | pᵢ) = log(1 + e^(zᵢ)) − yᵢ zᵢ.
 */
/** −log P(y | p) of one label y ∈ {0, 1} from its log-odds z, without rounding p to 0 or 1 first. */
export const logisticNll = (z: number, y: number) => softplus(z) - y * z;

export function logisticMeanNll(logOdds: Float64Array, y: Float64Array): number {
  return compensatedSum(logOdds.map((z, i) => logisticNll(z, y[i]))) / y.length;
}

export interface LogisticFit {
  coefficients: number[];
  /** Newton steps taken. */
  iterations: number;
  /** False when the likelihood has no finite maximum (the classes can be separated). */
  converged: boolean;
}

/**
 * Logistic regression by Newton's method on the Bernoulli log-likelihood (equivalently,
 * iteratively reweighted least squares): b ← b + (XᵀWX)⁻¹ Xᵀ(y − p), W = diag(pᵢ(1 − pᵢ)),
 * halving a step that would lower the likelihood. When one class can be separated from the
 * other, the likelihood keeps rising as the weights grow: that is reported, not hidden.
 */
export function logisticRegression(columns: Float64Array[], y: Float64Array, maxIterations = 100): LogisticFit {
  const n = y.length;
  const p = columns.length + 1;
  let b = new Array<number>(p).fill(0);
  let nll = logisticMeanNll(predict(b, columns), y);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const z = predict(b, columns);
    const prob = z.map(logistic);
    const weights = prob.map((q) => q * (1 - q));
    const gradient = new Array<number>(p).fill(0);
    const hessian = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < n; i++) {
      const row = [1, ...columns.map((c) => c[i])];
      for (let j = 0; j < p; j++) {
        gradient[j] += row[j] * (y[i] - prob[i]);
        for (let k = 0; k < p; k++) hessian[j][k] += weights[i] * row[j] * row[k];
      }
    }
    let direction: number[];
    try {
      direction = solveSymmetric(hessian, gradient);
    } catch {
      return { coefficients: b, iterations: iteration, converged: false };
    }
    let scale = 1;
    let next = b.map((v, j) => v + direction[j]);
    let nextNll = logisticMeanNll(predict(next, columns), y);
    while (nextNll > nll && scale > 1e-10) {
      scale /= 2;
      next = b.map((v, j) => v + scale * direction[j]);
      nextNll = logisticMeanNll(predict(next, columns), y);
    }
    const stepSize = Math.max(...direction.map((d, j) => Math.abs(scale * d) / Math.max(1, Math.abs(b[j]))));
    b = next;
    nll = nextNll;
    if (stepSize < 1e-12) return { coefficients: b, iterations: iteration, converged: true };
    // Separable classes: the weights run off while the loss creeps towards 0.
    if (b.some((v) => !Number.isFinite(v) || Math.abs(v) > 1e6)) break;
  }
  return { coefficients: b, iterations: maxIterations, converged: false };
}
