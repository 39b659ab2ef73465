import { describe, expect, it } from 'vitest';
import { histogram, niceBinWidth } from '../../src/math/histogram';
import { residualReach } from '../../src/chapters/residuals/ResidualHistogram';
import { NumpyRandomState } from '../../src/math/rng';

/** The bins the chart draws for one set of residuals. */
function binsOf(residuals: Float64Array) {
  const min = Math.min(...residuals);
  const max = Math.max(...residuals);
  return histogram(residuals, niceBinWidth(min, max, residuals.length));
}

describe('residualReach: the x axis of the residual histograms', () => {
  it('holds every bar, even when the outermost bin ends past the widest residual', () => {
    // Bins 10 wide; the widest residual, 23, rounds up to 25, but its bin ends at 30.
    const residuals = Float64Array.from({ length: 40 }, (_, i) => -18 + (41 * i) / 39);
    const reach = residualReach(residuals);
    const bins = binsOf(residuals);
    expect(bins[bins.length - 1].end).toBe(30);
    expect(reach).toBeGreaterThanOrEqual(30);
  });

  it('holds every bar of every set drawn side by side on one shared axis', () => {
    const state = new NumpyRandomState(7);
    const random = () => state.randomSample();
    for (let trial = 0; trial < 200; trial++) {
      const scale = 10 ** (random() * 4 - 1);
      const sets = [0, 1].map(() =>
        Float64Array.from({ length: 5 + Math.floor(random() * 200) }, () => (random() - 0.4) * scale),
      );
      const reach = residualReach(...sets);
      for (const set of sets) {
        for (const bin of binsOf(set)) {
          expect(bin.start).toBeGreaterThanOrEqual(-reach);
          expect(bin.end).toBeLessThanOrEqual(reach);
        }
        for (const v of set) expect(Math.abs(v)).toBeLessThan(reach);
      }
    }
  });
});
