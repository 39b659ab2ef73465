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
      'Independence makes the joint density a product; the log makes the product a sum.',
      'For μ, two of the three terms do not contain μ and vanish; the chain rule on the square leaves the sum of deviations.',
      'Setting it to zero gives the sample mean; the same steps for σ give the spread with n in the denominator, as the slider said.',
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
