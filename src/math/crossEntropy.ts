import { compensatedSum } from './summation';

/** The Bernoulli pmf P(y | p) = p^y (1 − p)^(1 − y), for y ∈ {0, 1}. */
export function bernoulliPmf(y: 0 | 1, p: number): number {
  return p ** y * (1 - p) ** (1 - y);
}

/**
 * Binary cross-entropy, the machine-learning formula:
 * BCE = −(1/n) Σ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], for 0 < pᵢ < 1.
 */
export function binaryCrossEntropy(labels: ArrayLike<0 | 1>, probabilities: ArrayLike<number>): number {
  const terms = Array.from(labels, (y, i) => y * Math.log(probabilities[i]) + (1 - y) * Math.log(1 - probabilities[i]));
  return -compensatedSum(terms) / labels.length;
}

/**
 * The mean negative log-likelihood of Bernoulli outcomes, from the pmf itself:
 * −(1/n) Σ log P(yᵢ | pᵢ). Kept apart from `binaryCrossEntropy` on purpose: the
 * explorable shows that the two are the same number.
 */
export function meanBernoulliNll(labels: ArrayLike<0 | 1>, probabilities: ArrayLike<number>): number {
  return -compensatedSum(Array.from(labels, (y, i) => Math.log(bernoulliPmf(y, probabilities[i])))) / labels.length;
}

/** softmax(z)ₖ = exp(zₖ) / Σⱼ exp(zⱼ), shifted by max z so no exp overflows. */
export function softmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - top));
  const total = compensatedSum(exps);
  return exps.map((e) => e / total);
}

/** log softmax(z)ₖ = zₖ − log Σⱼ exp(zⱼ), computed stably (log-sum-exp). */
export function logSoftmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const logTotal = top + Math.log(compensatedSum(logits.map((z) => Math.exp(z - top))));
  return logits.map((z) => z - logTotal);
}

/**
 * Categorical cross-entropy of one example with a one-hot label: −Σₖ yₖ log pₖ, which is
 * −log p of the true class: the NLL of a Categorical distribution.
 */
export function categoricalCrossEntropy(oneHot: readonly (0 | 1)[], logits: readonly number[]): number {
  const logP = logSoftmax(logits);
  return -compensatedSum(oneHot.map((y, k) => (y ? logP[k] : 0)));
}
