/**
 * Neumaier's compensated sum. Plain left-to-right summation loses about n·ε of relative
 * accuracy; this keeps the error near ε for any n, which is what lets the O(1) likelihood
 * from sufficient statistics agree with a direct sum to 1e-9 even for values near 1e6.
 */
export function compensatedSum(values: ArrayLike<number>, term: (x: number) => number = (x) => x): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const t = term(values[i]);
    const next = sum + t;
    compensation += Math.abs(sum) >= Math.abs(t) ? sum - next + t : t - next + sum;
    sum = next;
  }
  return sum + compensation;
}
