/** Presenter mode's speaker notes for chapter “How sure is the maximum?”: its opening slide and each section. */
import type { AnchorOf, TalkingPoints } from '../chapterModule';
import type { meta } from './meta';

export const talkingPoints: Record<AnchorOf<typeof meta>, TalkingPoints> = {
  uncertainty: {
    stage: 'Prove',
    points: [
      'We have the best μ and σ; the question every course asks next is how sure we can be of them.',
      'Three steps: watch estimates wobble over samples, read the wobble from one sample’s curvature, and test intervals by their coverage.',
    ],
  },
  'sampling-variability': {
    stage: 'Prove',
    points: [
      'Ask the class first: four times the songs, how much narrower does the spread of μ̂ get? Most say a quarter.',
      'Draw 1,000 samples at n = 10, then at n = 40: the histogram halves in width, 15/√n.',
      'Point at the second chart: each sample’s likelihood curve is wide when n is small. One sample’s curve already hints at the scatter.',
    ],
  },
  curvature: {
    stage: 'Prove',
    points: [
      'The derivation checked that the second derivative is negative; now its size matters: n/σ̂² for μ.',
      'Standard error is one over the square root of the curvature: σ̂/√n for μ̂, σ̂/√(2n) for σ̂.',
      'Switch n from 10 to 640: the top sharpens, and the dashed parabola is what the standard error assumes the top looks like.',
    ],
  },
  'confidence-intervals': {
    stage: 'Punchline',
    points: [
      'Wald reads the interval off the parabola, the likelihood ratio off the curve itself at 1.92 below the top.',
      'Make them predict coverage at n = 5 before drawing: the Wald intervals catch 120 only about 86\u00a0% of the time.',
      'The t interval gets back to 95\u00a0%: mostly through t’s wider 2.78, which allows for the noise in s; dividing by n − 1 helps a little. The n versus n − 1 story again, now with consequences.',
    ],
  },
};
