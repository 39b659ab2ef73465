import { describe, expect, it } from 'vitest';
import { TALKING_POINTS } from '../../src/app/presenter/talkingPoints';

/**
 * The instructor's speaker notes (../shared/seed/mle-speaker-notes.md) have 36 lines to say
 * aloud, marked SAY. Each has its point, in our words, among the presenter notes of the slide
 * where it belongs: [the SAY line's number in the notes, the slide, a pattern its point matches].
 * Within a slide the points keep the lecture's order.
 */
const SAY_LINES: [number, string, RegExp][] = [
  [5, 'story', /songwriter with 40 songs.*beats per minute/],
  [7, 'story', /what kind of process could have produced these tempos/],
  [11, 'story', /best bell curve.*maximum likelihood/],
  [39, 'assumption', /nobody told us where the numbers came from.*Normal/],
  [46, 'assumption', /cannot pick the family.*best member/],
  [56, 'why-log', /Multiply 40 densities.*tiny/],
  [70, 'why-log', /No number format rescues/],
  [76, 'why-log', /log only ever increases.*do not change/],
  [88, 'negative-log-likelihood', /−150 beats −167/],
  [99, 'negative-log-likelihood', /Optimisers minimise.*flip the sign/],
  [125, 'cross-entropy', /binary cross-entropy/],
  [137, 'loss-table', /squared error assumes Normal, absolute error Laplace, cross-entropy Bernoulli or Categorical/],
  [145, 'likelihood', /given the songs we observed, how plausible/],
  [158, 'probability-vs-likelihood', /Same formula, two readings/],
  [172, 'density-vs-probability', /peak passes 1.*total area has not moved/],
  [174, 'density-vs-probability', /probability per BPM, the way speed is distance per hour/],
  [180, 'likelihood-widget', /tall green line.*short red one/],
  [180, 'likelihood-widget', /ℓ adds up the log of every line/],
  [186, 'derivatives', /top of a smooth hill the slope is zero/],
  [205, 'derivation', /fraction in front only scales it so that the area is 1.*exponential gives the bell its shape/],
  [209, 'derivation', /independent.*product.*capital Pi/],
  [213, 'derivation', /log of a product is a sum of logs/],
  [217, 'derivation', /n factors become n terms/],
  [231, 'derivation', /does not change with i is added up n times/],
  [237, 'derivation', /first has no μ, so its derivative is zero/],
  [239, 'derivation', /nor has the second/],
  [241, 'derivation', /μ lives only in the sum of squares/],
  [245, 'derivation', /square is the outer function, xᵢ − μ the inner one.*−1/],
  [251, 'derivation', /−½ in front times that −2 is \+1: the minus signs cancel/],
  [257, 'derivation', /μ̂ is the sample mean, the very number the slider found/],
  [261, 'derivation', /Now the same for σ/],
  [263, 'derivation', /log’s derivative is one over its argument/],
  [266, 'derivation', /middle term has no σ/],
  [268, 'derivation', /power rule turns σ⁻² into −2σ⁻³/],
  [276, 'derivation', /divided by n, not n − 1, again what the slider said/],
  [280, 'bias', /n − 1 is unbiased.*n is not/],
  [280, 'bias', /never promised unbiasedness; it maximises the likelihood/],
  [307, 'regression', /learns f\(x\) so that what remains, y − f\(x\), looks like the distribution we assumed/],
];

describe('presenter notes carry every point the speaker notes say aloud', () => {
  it.each(SAY_LINES)('SAY line %i is on slide %s', (_line, slide, pattern) => {
    expect(TALKING_POINTS[slide]?.points.some((point) => pattern.test(point))).toBe(true);
  });

  it('covers all 36 SAY lines, and each slide keeps their order', () => {
    expect(new Set(SAY_LINES.map(([line]) => line)).size).toBe(36);
    const slides = new Set(SAY_LINES.map(([, slide]) => slide));
    for (const slide of slides) {
      const points = TALKING_POINTS[slide]!.points;
      const positions = SAY_LINES.filter(([, s]) => s === slide).map(([, , pattern]) =>
        points.findIndex((point) => pattern.test(point)),
      );
      expect(positions, slide).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});
