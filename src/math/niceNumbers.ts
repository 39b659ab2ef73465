/**
 * Round numbers a reader can read off an axis or a slider: a multiplier (1, 2, 5 …) times a
 * power of ten. The small slacks keep binary rounding (3 × 0.1 ≠ 0.3) from picking the next
 * multiplier up or down.
 */

/** The largest power of ten at or below x > 0. */
export const powerOfTenBelow = (x: number) => 10 ** Math.floor(Math.log10(x) + 1e-12);

/** Round multipliers for bin widths, and for axis tops whose quarters are round too. */
export const BIN_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round number (a multiplier from `steps` times a power of ten) at or above x > 0. */
export function niceCeil(x: number, steps: readonly number[] = BIN_STEPS): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = steps.find((m) => m * power >= x * (1 - 1e-9)) ?? 10;
  return Number((step * power).toPrecision(12));
}

/** The largest of 1, 2 or 5 times a power of ten at or below x > 0. */
export function niceFloor(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  return [5, 2, 1].map((m) => m * power).find((u) => u <= x * (1 + 1e-12)) ?? power;
}
