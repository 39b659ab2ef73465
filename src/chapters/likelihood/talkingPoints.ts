/** Presenter mode's speaker notes for chapter “Finding the best Normal”: its opening slide and each section. */
import type { AnchorOf, TalkingPoints } from '../chapterModule';
import type { meta } from './meta';

export const talkingPoints: Record<AnchorOf<typeof meta>, TalkingPoints> = {
  likelihood: {
    stage: 'Explore',
    points: [
      'Every μ and σ is a candidate explanation; the next slides score the candidates.',
      'The question likelihood asks: given the songs we observed, how plausible is this μ and σ?',
      'Keep the two questions apart: probability fixes the parameters and asks about data; likelihood fixes the data and asks about parameters.',
    ],
  },
  'likelihood-widget': {
    stage: 'Explore',
    points: [
      'Hand the sliders to the class before saying anything about formulas: who can get the highest score?',
      'Read the lines aloud: a tall green line is a song the curve finds plausible, a short red one a song it finds surprising.',
      'ℓ adds up the log of every line: each song has its say, and one short red line pulls the whole score down.',
      'Only after they have found the peak, press “Jump to the maximum” and name the answer: the mean, and the spread divided by n.',
    ],
  },
  'probability-vs-likelihood': {
    stage: 'Explore',
    points: [
      'Same formula, two readings: across tempos it is a density with area 1; across μ it is a likelihood, with no such rule.',
      'Ask which parameters make the tempos we actually saw most plausible, never how probable the parameters are.',
    ],
  },
  'density-vs-probability': {
    stage: 'Explore',
    points: [
      'Narrow the curve live until its peak passes 1, and show the total area has not moved.',
      'Then why it is allowed: a density is probability per BPM, the way speed is distance per hour: it can exceed 1 while every area stays at most 1.',
    ],
  },
  'why-log': {
    stage: 'Explore',
    points: [
      'Multiply 40 densities and the product is already tiny; a few hundred and the computer rounds it to zero.',
      'No number format rescues the raw product: it shrinks geometrically with every song.',
      'Logs turn the product into a sum, and because log only ever increases, the best μ and σ do not change.',
    ],
  },
  'negative-log-likelihood': {
    stage: 'Explore',
    points: [
      'A negative log-likelihood is the usual case, not a mistake: higher is better, −150 beats −167 (and in coarser units ℓ turns positive, still higher is better).',
      'Warn that it is not always negative: densities above 1 give positive logs (change the unit and see).',
      'Optimisers minimise by habit, so we flip the sign: the negative log-likelihood, smaller is better.',
    ],
  },
  'cross-entropy': {
    stage: 'Explore',
    points: [
      'Run the same recipe on yes-or-no outcomes: a Bernoulli probability, its log, the sign flipped.',
      'What comes out is binary cross-entropy, term for term; with several classes, categorical cross-entropy.',
    ],
  },
};
