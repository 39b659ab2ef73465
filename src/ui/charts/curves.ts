/** A line drawn over a chart's x axis: a density, a likelihood slice, a fitted curve. */
export interface Curve {
  key: string;
  label: string;
  points: { x: number; y: number }[];
  /** A CSS colour, usually a palette variable. */
  colour: string;
  dash?: string;
  strokeWidth?: number;
  /** Shade the area between the curve and 0. */
  fill?: boolean;
}

/**
 * Points of a Normal density over a domain, dense near the peak as well, so that a curve
 * much narrower than the grid spacing is still drawn with its true height.
 */
export function normalCurvePoints(mu: number, sigma: number, [a, b]: [number, number], steps = 200) {
  const xs = new Set<number>();
  for (let i = 0; i <= steps; i++) xs.add(a + ((b - a) * i) / steps);
  for (let i = -60; i <= 60; i++) {
    const x = mu + (sigma * i) / 10;
    if (x > a && x < b) xs.add(x);
  }
  const z = (x: number) => (x - mu) / sigma;
  const peak = 1 / (sigma * Math.sqrt(2 * Math.PI));
  return [...xs].sort((p, q) => p - q).map((x) => ({ x, y: peak * Math.exp(-0.5 * z(x) * z(x)) }));
}

/** Points of a density over a domain, for a Curve. */
export function curvePoints(pdf: (x: number) => number, [a, b]: [number, number], steps = 160) {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const x = a + ((b - a) * i) / steps;
    return { x, y: pdf(x) };
  });
}
