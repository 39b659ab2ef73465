/**
 * Speaker notes for presenter mode, one set per slide (a chapter's opening or a section),
 * written for this explorable from the instructor's notes, in the lecture's order: show the
 * data, assume, explore, reveal, prove, then set up the punchline.
 */
export interface TalkingPoints {
  /** Which step of the lecture's arc this slide serves. */
  stage: 'Show the data' | 'Assume' | 'Explore' | 'Reveal' | 'Prove' | 'Punchline';
  points: string[];
}

export const TALKING_POINTS: Record<string, TalkingPoints> = {
  story: {
    stage: 'Show the data',
    points: [
      'Cast the room as a songwriter with 40 songs, each measured in beats per minute.',
      'Ask the only question on the table: what kind of process could have produced these tempos?',
      'Say that the goal for the hour is to pick the best bell curve for them, and that this is maximum likelihood.',
    ],
  },
  'your-data': {
    stage: 'Show the data',
    points: [
      'Offer the class their own numbers: paste a column from a survey, a lab, or last year’s exam, or load an example.',
      'Everything that follows runs on whatever is loaded; the seeded tempos are one click away.',
      'Keep the skewed or outlier examples for later: they show what a wrong assumption costs.',
    ],
  },
  assumption: {
    stage: 'Assume',
    points: [
      'Stress that nobody told us where the numbers came from: we choose to treat them as Normal.',
      'Maximum likelihood cannot pick the family for us; it only finds the best member of the family we picked.',
      'Plant the seed: a different family gives a different answer (the median for a Laplace), and this returns at the end.',
    ],
  },
  likelihood: {
    stage: 'Explore',
    points: [
      'Every μ and σ is a candidate explanation; the next slides score the candidates.',
      'Keep the two questions apart: probability fixes the parameters and asks about data; likelihood fixes the data and asks about parameters.',
    ],
  },
  'likelihood-widget': {
    stage: 'Explore',
    points: [
      'Hand the sliders to the class before saying anything about formulas: who can get the highest score?',
      'Read the lines aloud: a tall green line is a song the curve finds plausible, a short red one a song it finds surprising.',
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
      'A density is probability per BPM, the way speed is distance per hour: it can exceed 1 while every area stays at most 1.',
      'Narrow the curve live until its peak passes 1, and show the total area has not moved.',
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
      'A negative log-likelihood is the usual case, not a mistake: closer to zero is better, −150 beats −167.',
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
