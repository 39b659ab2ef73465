/**
 * What a self-paced learner checks themselves on: the questions at the end of each chapter
 * (each wrong option explains the misconception behind it), the "what you now know" recaps
 * and the glossary. Plain data, written for this explorable from the instructor's notes;
 * the components in this folder render it.
 */
import type { DatasetSummary } from '../../model/summary';
import type { DataWords } from '../../model/dataWords';

/** Live numbers a question may quote: the learner's data, in the learner's words. */
export interface CheckContext {
  summary: DatasetSummary;
  words: DataWords;
}

export interface Choice {
  id: string;
  text: string;
  correct?: boolean;
  /** Why this answer is right, or the misconception behind it and what is true instead. */
  explanation: string;
}

export interface ChoiceQuestion {
  kind: 'choice';
  id: string;
  prompt: (context: CheckContext) => string;
  choices: Choice[];
}

export interface NumberQuestion {
  kind: 'number';
  id: string;
  prompt: (context: CheckContext) => string;
  /** The right answer for the learner's numbers. */
  answer: (context: CheckContext) => number;
  /** How far from the answer still counts (rounding in what the learner types). */
  tolerance: (context: CheckContext) => number;
  correct: (context: CheckContext) => string;
  /** Answers that reveal a known misconception, each with its own explanation. */
  traps: {
    matches: (value: number, context: CheckContext) => boolean;
    explanation: (context: CheckContext) => string;
  }[];
  /** For any other wrong answer. */
  otherwise: (context: CheckContext) => string;
}

export type Question = ChoiceQuestion | NumberQuestion;

export interface ChapterLearning {
  checks: Question[];
  /** "What you now know": a few lines, in the learner's words. */
  recap: string[];
}

const fixed2 = (x: number) => x.toFixed(2);

export const LEARNING: Record<string, ChapterLearning> = {
  story: {
    checks: [
      {
        kind: 'choice',
        id: 'story-family',
        prompt: () => 'The histogram looks bell-shaped, so we will assume a Normal. What is still left to decide?',
        choices: [
          {
            id: 'parameters',
            text: 'The two numbers μ and σ that pick one bell out of the whole Normal family',
            correct: true,
            explanation:
              'Right. “Normal” names a family of curves; μ places the bell and σ sets its width. Choosing them well is the whole job of maximum likelihood.',
          },
          {
            id: 'nothing',
            text: 'Nothing: “Normal” already names one particular curve',
            explanation:
              'Not quite: there is a different Normal for every pair of μ and σ, and the four curves over the histogram were all Normals. Saying “Normal” narrows the search to a family; it does not pick the curve.',
          },
          {
            id: 'count',
            text: 'How many data points to use',
            explanation:
              'Not quite: the data are given, every one of them is used, and n is fixed by them. What we choose are the parameters, the two numbers that fix the curve.',
          },
        ],
      },
      {
        kind: 'number',
        id: 'story-parameters',
        prompt: () => 'How many numbers does maximum likelihood have to choose to fit a Normal?',
        answer: () => 2,
        tolerance: () => 0,
        correct: () => 'Right: two, the centre μ and the spread σ. That is why the widget has exactly two sliders.',
        traps: [
          {
            matches: (value) => value === 1,
            explanation: () =>
              'One is not enough: the centre alone leaves the width open, and a bell in the right place can still be far too narrow or too wide. A Normal needs μ and σ.',
          },
          {
            matches: (value, { summary }) => value === summary.n,
            explanation: ({ words }) =>
              `That is the number of ${words.items}, which is fixed by the data, not chosen. The curve has its own two numbers, μ and σ, however many ${words.items} there are.`,
          },
        ],
        otherwise: () =>
          'Count the sliders in the likelihood widget: a Normal is fixed by its centre μ and its spread σ, two numbers.',
      },
    ],
    recap: [
      'The data are a sample of measurements; the question is which distribution produced them.',
      '“Normal” is a family of curves; each member is fixed by a centre μ and a spread σ.',
      'Maximum likelihood is a rule for picking the member that best explains the data.',
    ],
  },
  assumption: {
    checks: [
      {
        kind: 'choice',
        id: 'assumption-who',
        prompt: () => 'Who decides that the data are Normal?',
        choices: [
          {
            id: 'you',
            text: 'We do: it is an assumption made before maximum likelihood starts',
            correct: true,
            explanation:
              'Right. Maximum likelihood searches only inside the family you hand it. Choosing the family is a modelling decision, and a wrong one gives a confidently wrong answer.',
          },
          {
            id: 'mle',
            text: 'Maximum likelihood works it out from the data',
            explanation:
              'Not on its own: it finds the best μ and σ within the family you assumed. You can compare families by their maximised likelihoods (the widget does), but you still have to propose them.',
          },
          {
            id: 'histogram',
            text: 'The histogram proves it',
            explanation:
              'A histogram can suggest a shape but cannot prove one: with a few dozen points, several families look plausible, and the bars change with the bin width.',
          },
        ],
      },
      {
        kind: 'choice',
        id: 'assumption-laplace',
        prompt: ({ words }) =>
          `Assume a Laplace instead of a Normal for the same ${words.items}. Where does the best-fitting curve put its centre?`,
        choices: [
          {
            id: 'median',
            text: 'At the median',
            correct: true,
            explanation:
              'Right. The Laplace scores distance by its absolute value, and the sum of absolute distances is smallest at the median. The Normal scores squared distance, smallest at the mean.',
          },
          {
            id: 'mean',
            text: 'At the mean, as for the Normal',
            explanation:
              'The mean is the Normal’s answer, because its log-density penalises squared distance. The Laplace penalises absolute distance, and that is minimised by the median.',
          },
          {
            id: 'same',
            text: 'At the same place whatever the family: the data decide',
            explanation:
              'The data and the family decide together. Change the assumed family and the best centre changes with it: mean for the Normal, median for the Laplace.',
          },
        ],
      },
    ],
    recap: [
      'Maximum likelihood needs an assumed family before it can start; it cannot choose one for you.',
      'Different families give different answers: the best Normal is centred at the mean, the best Laplace at the median.',
      'The family decides how distance is scored: squared for the Normal, absolute for the Laplace.',
    ],
  },
  likelihood: {
    checks: [
      {
        kind: 'choice',
        id: 'likelihood-meaning',
        prompt: () => 'The widget shows ℓ for μ = 120 and σ = 15. What does the likelihood L(μ, σ) measure?',
        choices: [
          {
            id: 'fit',
            text: 'How well those parameters explain the data we observed',
            correct: true,
            explanation:
              'Right. The data are fixed and the parameters vary; L scores each candidate by the density it gives the observed data. Higher means a better explanation.',
          },
          {
            id: 'parameter-probability',
            text: 'The probability that the true μ is 120 and the true σ is 15',
            explanation:
              'This is the classic misreading. Likelihood is not a probability of the parameters: summed or integrated over μ and σ it need not give 1, and turning it into one needs a prior (that is Bayesian inference).',
          },
          {
            id: 'data-probability',
            text: 'The probability of measuring exactly these values',
            explanation:
              'For a continuous measurement, the probability of any exact value is 0. The likelihood multiplies densities, not probabilities; only areas under a density are probabilities.',
          },
        ],
      },
      {
        kind: 'choice',
        id: 'likelihood-density',
        prompt: ({ words }) =>
          `A Normal with σ = 0.1 has a peak density of about 3.99 ${words.perUnit}. What does that tell you?`,
        choices: [
          {
            id: 'fine',
            text: 'Nothing is wrong: a density can exceed 1 when the curve is narrow',
            correct: true,
            explanation:
              'Right. A density is probability per unit. The area under the curve is 1; a narrow curve must be tall to hold that area, so its height can be 3.99, or 400.',
          },
          {
            id: 'broken',
            text: 'The formula is broken: probabilities cannot exceed 1',
            explanation:
              'That confuses density with probability. Only an area under the density is a probability: over an interval 0.01 wide the probability here is about 3.99 × 0.01 ≈ 0.04.',
          },
          {
            id: 'rescale',
            text: 'The curve must be scaled down until its peak is 1',
            explanation:
              'Scaling the height would break the one rule a density obeys: total area 1. The height is whatever that rule makes it.',
          },
        ],
      },
      {
        kind: 'choice',
        id: 'likelihood-negative',
        prompt: ({ summary }) =>
          `At the maximum, your ℓ is ${summary.normalMaxLogLik.toFixed(2).replace('-', '−')}. What should you make of its sign?`,
        choices: [
          {
            id: 'expected',
            text: 'It follows from the densities: where they are below 1, their logs are negative, and so is the sum',
            correct: true,
            explanation:
              'Right. ℓ adds one log-density per data point. Its sign depends on the scale of the data (measure in finer units and every density grows), so only comparisons of ℓ on the same data mean anything.',
          },
          {
            id: 'absolute',
            text: 'Log-likelihoods must be positive, so use |ℓ| instead',
            explanation:
              'Taking the absolute value turns the ranking upside down: the worst fits have the most negative ℓ, so the largest |ℓ|. Maximising |ℓ| would hunt for the worst curve. Higher ℓ (closer to zero here) is better.',
          },
          {
            id: 'bug',
            text: 'Something went wrong: ℓ can never be below zero',
            explanation:
              'A likelihood is a product of densities, and a product of numbers below 1 is below 1, so its logarithm is negative. Nothing is wrong; with very narrow data the same ℓ could be positive.',
          },
        ],
      },
      {
        kind: 'choice',
        id: 'likelihood-nll',
        prompt: () => 'Libraries minimise the negative log-likelihood instead of maximising ℓ. What changes?',
        choices: [
          {
            id: 'nothing',
            text: 'Only the direction: NLL = −ℓ, so its lowest point is ℓ’s highest, at the same parameters',
            correct: true,
            explanation:
              'Right. Flipping the sign turns the hill into a valley with its bottom in the same place. Optimisers are written to go downhill, so the loss is the NLL.',
          },
          {
            id: 'different',
            text: 'It gives a slightly different estimate, because it is a loss',
            explanation:
              'Multiplying by −1 cannot move the best point: whatever makes ℓ largest makes −ℓ smallest. The estimate is exactly the same.',
          },
          {
            id: 'large-n',
            text: 'They agree only for large samples',
            explanation:
              'They agree for every sample, even n = 2. The sign flip is exact; it has nothing to do with sample size.',
          },
        ],
      },
    ],
    recap: [
      'The likelihood scores parameters by the density they give the observed data; it is not a probability of the parameters.',
      'A density is probability per unit: it can exceed 1, and only areas under it are probabilities.',
      'Logs turn the vanishing product into a sum (no underflow) and keep the same maximum.',
      'Minimising NLL = −ℓ finds the same parameters; cross-entropy is the NLL per point.',
    ],
  },
  derivatives: {
    checks: [
      {
        kind: 'number',
        id: 'derivatives-sigma',
        prompt: ({ summary }) =>
          `For your data, Σ(xᵢ − x̄)² = ${fixed2(summary.stats.centredSumOfSquares)} and n = ${summary.n}. What is the maximum-likelihood σ̂? (two decimals)`,
        answer: ({ summary }) => summary.normal.sigma,
        tolerance: ({ summary }) => Math.max(0.006, summary.normal.sigma * 1e-4),
        correct: ({ summary }) =>
          `Right: σ̂ = √(${fixed2(summary.stats.centredSumOfSquares)} / ${summary.n}) = ${fixed2(summary.normal.sigma)}. Setting ∂ℓ/∂σ to zero divides by n.`,
        traps: [
          {
            matches: (value, { summary }) =>
              summary.n > 1 && Math.abs(value - summary.besselSigma) < Math.max(0.006, summary.besselSigma * 1e-4),
            explanation: ({ summary }) =>
              `That is the n − 1 version, √(Σ(xᵢ − x̄)² / ${summary.n - 1}). It is the usual “sample standard deviation”, but not where the likelihood peaks: the slope in σ is zero at √(Σ(xᵢ − x̄)² / n) = ${fixed2(summary.normal.sigma)}.`,
          },
          {
            matches: (value, { summary }) =>
              Math.abs(value - summary.stats.centredSumOfSquares / summary.n) < 0.01 * summary.normal.sigma ** 2,
            explanation: () => 'That is σ̂², the variance. The question asks for σ̂ itself: take the square root.',
          },
        ],
        otherwise: ({ summary }) =>
          `Divide the sum of squares by n = ${summary.n}, then take the square root: σ̂ = √(Σ(xᵢ − x̄)² / n).`,
      },
      {
        kind: 'choice',
        id: 'derivatives-divisor',
        prompt: () => 'Why does maximum likelihood divide by n and not by n − 1?',
        choices: [
          {
            id: 'goal',
            text: 'Setting the slope in σ to zero gives n; n − 1 serves a different goal (an unbiased σ²)',
            correct: true,
            explanation:
              'Right. Both are correct answers to different questions: σ̂ (with n) makes the observed data most likely; s² (with n − 1) is right on average over many samples.',
          },
          {
            id: 'mistake',
            text: 'It is a mistake: the correct estimate always uses n − 1',
            explanation:
              'The n − 1 rule comes from asking for an unbiased estimate of σ². Maximum likelihood asks which σ makes the data most likely, and the calculus answers n. Neither is a mistake.',
          },
          {
            id: 'same',
            text: 'It makes no difference: the two are the same',
            explanation:
              'They differ by a factor √((n − 1)/n): tiny for hundreds of points, large for small samples (for n = 2, σ̂ is 71% of s).',
          },
        ],
      },
      {
        kind: 'choice',
        id: 'derivatives-bias',
        prompt: () =>
          'Over many samples of size n from a Normal with variance σ², where does the average of σ̂² (divided by n) settle?',
        choices: [
          {
            id: 'below',
            text: 'Below σ², at (n − 1)/n · σ²',
            correct: true,
            explanation:
              'Right. Measuring spread around the sample mean, which sits closer to the data than the true mean, makes the squares too small on average by the factor (n − 1)/n.',
          },
          {
            id: 'on',
            text: 'Exactly on σ²',
            explanation:
              'That is what dividing by n − 1 achieves. σ̂² divides by n, so on average it falls short by the factor (n − 1)/n: the MLE is biased, slightly.',
          },
          {
            id: 'above',
            text: 'Above σ²',
            explanation:
              'The deviations are measured from the sample mean, the point that makes their squares as small as possible, so they come out too small, not too large.',
          },
        ],
      },
    ],
    recap: [
      'At the top of ℓ both slopes are zero; solving them gives μ̂ = x̄ and σ̂ = √(Σ(xᵢ − x̄)² / n).',
      'Gradient descent walks downhill on the NLL to the same answer, when a formula is out of reach.',
      'σ̂² is slightly biased (low by (n − 1)/n); the n − 1 version trades maximum likelihood for unbiasedness.',
    ],
  },
  residuals: {
    checks: [
      {
        kind: 'choice',
        id: 'residuals-what',
        prompt: () =>
          'A regression line is fitted by least squares. What did maximum likelihood assume a distribution for?',
        choices: [
          {
            id: 'residuals',
            text: 'The residuals y − f(x): Normal, centred on the line',
            correct: true,
            explanation:
              'Right. The model says y = f(x) + noise, and least squares is the maximum-likelihood fit when the noise is Normal with a fixed σ.',
          },
          {
            id: 'features',
            text: 'The features, such as tempo',
            explanation:
              'This is the trap: the features are taken as given, whatever their distribution. The assumption is about what the line leaves over, y − f(x).',
          },
          {
            id: 'none',
            text: 'Nothing: mean squared error is just a convenient loss',
            explanation:
              'Every loss has a distribution behind it. Minimising squared error is exactly maximising a Normal likelihood of the residuals; that is why it is so sensitive to outliers.',
          },
        ],
      },
      {
        kind: 'choice',
        id: 'residuals-outliers',
        prompt: () => 'A few songs went viral and sit far above the line. Which loss matches that kind of noise?',
        choices: [
          {
            id: 'mae',
            text: 'Absolute error (MAE), which assumes Laplace residuals with heavier tails',
            correct: true,
            explanation:
              'Right. A heavy-tailed assumption expects the odd large residual, so the fit does not chase it; the MAE line barely moved when you dragged a song.',
          },
          {
            id: 'mse',
            text: 'Squared error (MSE), because it punishes outliers hardest',
            explanation:
              'Punishing a residual harder makes the line move towards it to shrink it: the MSE line chases outliers. A Normal assumption treats a far point as nearly impossible, and bends to explain it.',
          },
          {
            id: 'either',
            text: 'Either: the choice of loss does not change the fitted line',
            explanation:
              'It changes it, sometimes a lot: squared error pulls towards the mean of the residuals, absolute error towards their median.',
          },
        ],
      },
      {
        kind: 'choice',
        id: 'residuals-bce',
        prompt: () =>
          'Binary cross-entropy, the usual loss for hit / not hit, is the negative log-likelihood of which distribution?',
        choices: [
          {
            id: 'bernoulli',
            text: 'A Bernoulli: each song is a hit with its predicted probability p',
            correct: true,
            explanation:
              'Right. −[y log p + (1 − y) log(1 − p)] is −log P(y | p) for a Bernoulli, and its mean over songs is the BCE.',
          },
          {
            id: 'normal',
            text: 'A Normal, as for regression',
            explanation:
              'A Normal describes a continuous outcome; a hit is 0 or 1. The distribution of a yes/no outcome is the Bernoulli, and its NLL is the cross-entropy.',
          },
          {
            id: 'none',
            text: 'None: cross-entropy comes from information theory, not from likelihood',
            explanation:
              'It has both readings, and they are the same formula: the cross-entropy of the labels under the model is the mean Bernoulli negative log-likelihood.',
          },
        ],
      },
    ],
    recap: [
      'In regression, maximum likelihood is applied to the residuals y − f(x), not to the features.',
      'Choosing a loss is choosing a distribution: MSE–Normal, MAE–Laplace, BCE–Bernoulli, cross-entropy–Categorical.',
      'Heavy-tailed noise calls for a heavy-tailed assumption; the Normal chases outliers.',
    ],
  },
};

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  /** The section that teaches it. */
  taughtIn: string;
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: 'density',
    term: 'density',
    definition:
      'The height of a continuous distribution’s curve: probability per unit of the measurement. It can exceed 1; only areas under it are probabilities.',
    taughtIn: 'density-vs-probability',
  },
  {
    id: 'likelihood',
    term: 'likelihood',
    definition:
      'For fixed data, the product of the densities the model gives them, read as a function of the parameters: how well each candidate explains the data. Not a probability of the parameters.',
    taughtIn: 'likelihood-widget',
  },
  {
    id: 'log-likelihood',
    term: 'log-likelihood',
    definition:
      'The logarithm of the likelihood, ℓ = Σ log f(xᵢ): a sum instead of a product, so it never underflows, with its maximum in the same place.',
    taughtIn: 'why-log',
  },
  {
    id: 'mle',
    term: 'maximum likelihood estimation (MLE)',
    definition:
      'Choosing the parameters that make the observed data most likely under the assumed family: the top of the likelihood.',
    taughtIn: 'likelihood-widget',
  },
  {
    id: 'estimator',
    term: 'estimator',
    definition:
      'A rule that turns a sample into a guess for a parameter, such as x̄ for μ or σ̂ = √(Σ(xᵢ − x̄)² / n) for σ.',
    taughtIn: 'derivation',
  },
  {
    id: 'nll',
    term: 'negative log-likelihood (NLL)',
    definition: '−ℓ: the log-likelihood turned into a loss to minimise. Its lowest point is ℓ’s highest.',
    taughtIn: 'negative-log-likelihood',
  },
  {
    id: 'cross-entropy',
    term: 'cross-entropy',
    definition: 'The average of −log P(observed outcome) under the model: the negative log-likelihood per data point.',
    taughtIn: 'cross-entropy',
  },
  {
    id: 'bias',
    term: 'bias',
    definition:
      'How far an estimator’s average over many samples lands from the true value. σ̂² is biased low by the factor (n − 1)/n.',
    taughtIn: 'bias',
  },
  {
    id: 'residual',
    term: 'residual',
    definition:
      'What a fitted model leaves over for one data point: y − f(x). In regression, the assumed distribution is about the residuals.',
    taughtIn: 'regression',
  },
];

/** Every check's id, in reading order: progress counts against this. */
export const ALL_CHECK_IDS: string[] = Object.values(LEARNING).flatMap((c) => c.checks.map((q) => q.id));
