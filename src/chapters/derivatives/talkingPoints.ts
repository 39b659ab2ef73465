/** Presenter mode's speaker notes for chapter “From sliders to proof”: its opening slide and each section. */
import type { AnchorOf, TalkingPoints } from '../chapterModule';
import type { meta } from './meta';

export const talkingPoints: Record<AnchorOf<typeof meta>, TalkingPoints> = {
  derivatives: {
    stage: 'Prove',
    points: [
      'The sliders found the peak by eye; now we prove where it is for any data, not just these 40 songs.',
      'The plan: at the top of a smooth hill the slope is zero, so differentiate and solve.',
    ],
  },
  'slope-zero': {
    stage: 'Prove',
    points: [
      'Show the tangent flattening as the point reaches the top of each slice.',
      'Three steps to say out loud: write the log-likelihood, set each derivative to zero, solve.',
    ],
  },
  derivation: {
    stage: 'Prove',
    points: [
      'Start from the bell curve’s formula: the fraction in front only scales it so that the area is 1; the exponential gives the bell its shape.',
      'The songs are independent, so their joint density is the product of the single densities: the capital Pi multiplies all n of them.',
      'Take the log: a log of a product is a sum of logs, so the n factors become n terms, far easier to handle.',
      'Anything in a term that does not change with i is added up n times: that is where n log σ and (n/2) log 2π come from.',
      'Differentiate in μ one term at a time: the first has no μ, so its derivative is zero; nor has the second; μ lives only in the sum of squares.',
      'Chain rule on (xᵢ − μ)²: the square is the outer function, xᵢ − μ the inner one, and the inner one changes at rate −1 in μ, giving −2(xᵢ − μ).',
      'The −½ in front times that −2 is +1: the minus signs cancel, leaving Σ(xᵢ − μ) / σ².',
      'Set it to zero: Σxᵢ = nμ, so μ̂ is the sample mean, the very number the slider found.',
      'Now the same for σ: the log’s derivative is one over its argument, so −n log σ gives −n/σ.',
      'The middle term has no σ and drops out; in the last, the power rule turns σ⁻² into −2σ⁻³.',
      'Set it to zero and solve: σ̂² is the sum of squares divided by n, not n − 1, again what the slider said.',
      'Close with the check that this is a top and not a valley: both second derivatives are negative there.',
    ],
  },
  'likelihood-surface': {
    stage: 'Prove',
    points: [
      'The whole landscape at once: one peak, and the slices they explored are cuts through it.',
      'Click around to show that every start leads uphill to the same summit.',
    ],
  },
  'gradient-descent': {
    stage: 'Prove',
    points: [
      'Machines climb without solving equations: step against the slope of the negative log-likelihood.',
      'Show a learning rate that is too big and let the class see it overshoot; then Newton’s method, using the curvature.',
    ],
  },
  bias: {
    stage: 'Prove',
    points: [
      'Someone will ask about n − 1: yes, dividing by n − 1 is unbiased and dividing by n is not.',
      'Maximum likelihood never promised unbiasedness; it maximises the likelihood, and the gap vanishes as n grows.',
    ],
  },
};
