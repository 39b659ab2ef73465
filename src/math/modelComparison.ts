/**
 * Comparing models by their maximised log-likelihoods, when each has the same number of
 * parameters (so none gets extra freedom): a gap of 2 (a likelihood ratio of e² ≈ 7) is the
 * usual threshold below which the comparison is not taken as evidence (differences in AIC,
 * Burnham and Anderson).
 */
export const CLOSE_CALL = 2;

/**
 * The model with the highest maximised ℓ, and whether it leads every other by CLOSE_CALL or
 * more. Infinite or missing scores take no part.
 */
export function leaderOf<K extends string>(scores: readonly (readonly [K, number])[]) {
  const ranked = scores.filter(([, score]) => Number.isFinite(score)).sort((p, q) => q[1] - p[1]);
  if (ranked.length === 0) return null;
  const [leader, top] = ranked[0];
  const gap = ranked.length > 1 ? top - ranked[1][1] : Infinity;
  return { leader, gap, clear: gap >= CLOSE_CALL };
}
