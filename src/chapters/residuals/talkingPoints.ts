/** Presenter mode's speaker notes for chapter “The trap: losses are likelihoods of residuals”: its opening slide and each section. */
import type { AnchorOf, TalkingPoints } from '../chapterModule';
import type { meta } from './meta';

export const talkingPoints: Record<AnchorOf<typeof meta>, TalkingPoints> = {
  residuals: {
    stage: 'Punchline',
    points: [
      'Ask the room: so what did we just learn the distribution of? Let them answer “the tempos”.',
      'That answer is the trap. Real models apply the same machinery to something else.',
    ],
  },
  regression: {
    stage: 'Punchline',
    points: [
      'Predict popularity from tempo with a line; what is left over for each song is its residual.',
      'Assume the residuals are Normal and the likelihood is maximised by least squares: watch MSE and NLL move together.',
      'The model learns f(x) so that what remains, y − f(x), looks like the distribution we assumed.',
    ],
  },
  'mse-vs-mae': {
    stage: 'Punchline',
    points: [
      'Swap the Normal for a Laplace and the same reasoning gives absolute error instead of squared error.',
      'Drag one song into a viral hit: the squared-error line chases it, the absolute-error line barely moves.',
      'Compare the two models’ log-likelihoods to ask which assumption the residuals support.',
    ],
  },
  classification: {
    stage: 'Punchline',
    points: [
      'For hit or miss, assume a Bernoulli outcome with a probability from the logistic curve.',
      'Its negative log-likelihood is binary cross-entropy: nudge a weight and the loss rises from the fit.',
    ],
  },
  'loss-table': {
    stage: 'Punchline',
    points: [
      'Close on the table: squared error assumes Normal, absolute error Laplace, cross-entropy Bernoulli or Categorical.',
      'The line to leave them with: picking a loss is picking a distribution for what the model leaves unexplained.',
    ],
  },
};
