import { normalLogLikelihoodFromStats, sumOfSquaredDeviations, type SufficientStats } from './likelihood';

/** The gradient of ℓ(μ, σ) (the "score"): both partial derivatives, O(1) from the sufficient statistics. */
export interface Score {
  /** ∂ℓ/∂μ = Σ(xᵢ − μ) / σ². */
  dMu: number;
  /** ∂ℓ/∂σ = −n/σ + Σ(xᵢ − μ)² / σ³. */
  dSigma: number;
}

/** Σ(xᵢ − μ) = n(x̄ − μ): zero exactly at the sample mean. */
export function sumOfDeviations(stats: SufficientStats, mu: number): number {
  return stats.n * (stats.mean - mu);
}

export function normalScore(stats: SufficientStats, mu: number, sigma: number): Score {
  return {
    dMu: sumOfDeviations(stats, mu) / (sigma * sigma),
    dSigma: -stats.n / sigma + sumOfSquaredDeviations(stats, mu) / sigma ** 3,
  };
}

/**
 * The Hessian of the mean negative log-likelihood NLL(μ, σ)/n (what Newton's method
 * divides by): its curvature in each direction and the cross term.
 */
export function meanNllHessian(stats: SufficientStats, mu: number, sigma: number) {
  const v = sumOfSquaredDeviations(stats, mu) / stats.n;
  const d = stats.mean - mu;
  return {
    muMu: 1 / sigma ** 2,
    muSigma: (2 * d) / sigma ** 3,
    sigmaSigma: -1 / sigma ** 2 + (3 * v) / sigma ** 4,
  };
}

export interface OptimiserPoint {
  mu: number;
  sigma: number;
  /** Mean negative log-likelihood, NLL / n, at (μ, σ). */
  meanNll: number;
}

export type Method = 'gradient-descent' | 'newton';

/** Why an optimiser stopped making sense, in words for the reader. */
export type Divergence = 'sigma-not-positive' | 'not-finite' | 'blowing-up';

/** Mean NLL = −ℓ/n, so that the step size does not depend on how many songs there are. */
export function meanNll(stats: SufficientStats, mu: number, sigma: number): number {
  return -normalLogLikelihoodFromStats(stats, mu, sigma) / stats.n;
}

/**
 * One step of gradient descent on the mean NLL, θ ← θ − η ∇(NLL/n), or of Newton's method,
 * θ ← θ − H⁻¹ ∇(NLL/n). Returns the new point, or why it cannot continue.
 */
export function optimiserStep(
  stats: SufficientStats,
  from: OptimiserPoint,
  method: Method,
  learningRate: number,
): OptimiserPoint | Divergence {
  const { dMu, dSigma } = normalScore(stats, from.mu, from.sigma);
  // The gradient of NLL/n is −score/n.
  const gMu = -dMu / stats.n;
  const gSigma = -dSigma / stats.n;
  let stepMu: number;
  let stepSigma: number;
  if (method === 'gradient-descent') {
    stepMu = learningRate * gMu;
    stepSigma = learningRate * gSigma;
  } else {
    const h = meanNllHessian(stats, from.mu, from.sigma);
    const det = h.muMu * h.sigmaSigma - h.muSigma * h.muSigma;
    // Away from the peak the surface can curve the wrong way; Newton's step then points
    // uphill or nowhere, and a plain gradient step is the safe fallback.
    if (!(det > 0 && h.muMu > 0)) {
      stepMu = learningRate * gMu;
      stepSigma = learningRate * gSigma;
    } else {
      stepMu = (h.sigmaSigma * gMu - h.muSigma * gSigma) / det;
      stepSigma = (h.muMu * gSigma - h.muSigma * gMu) / det;
    }
    // Damped Newton: far from the peak the quadratic model overshoots, so halve the step
    // until the NLL goes down (and σ stays positive). Near the peak the full step is taken.
    for (let halvings = 0; halvings < 40; halvings++) {
      const sigma = from.sigma - stepSigma;
      if (sigma > 0 && meanNll(stats, from.mu - stepMu, sigma) <= from.meanNll) break;
      stepMu /= 2;
      stepSigma /= 2;
    }
  }
  const mu = from.mu - stepMu;
  const sigma = from.sigma - stepSigma;
  if (!Number.isFinite(mu) || !Number.isFinite(sigma)) return 'not-finite';
  if (sigma <= 0) return 'sigma-not-positive';
  const next = meanNll(stats, mu, sigma);
  if (!Number.isFinite(next)) return 'not-finite';
  if (Math.abs(mu - stats.mean) > 1e6) return 'blowing-up';
  return { mu, sigma, meanNll: next };
}
