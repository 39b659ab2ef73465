/** Chapter “Finding the best Normal”: its checks for understanding and its recap. */
import type { ChapterLearning } from '../../features/learning/content';

export const learning: ChapterLearning = {
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
            'The data are fixed and the parameters vary; L scores each candidate by the density it gives the observed data. Higher means a better explanation.',
        },
        {
          id: 'parameter-probability',
          text: 'The probability that the true μ and σ are 120 and 15',
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
            'A density is probability per unit. The area under the curve is 1; a narrow curve must be tall to hold that area, so its height can be 3.99, or 400.',
        },
        {
          id: 'broken',
          text: 'The formula is broken: a density is a probability, so it cannot exceed 1',
          explanation:
            'That confuses density with probability. Only an area under the density is a probability: over an interval 0.01 wide the probability here is about 3.99 × 0.01 ≈ 0.04.',
        },
        {
          id: 'rescale',
          text: 'The curve must be scaled down until its peak is exactly 1',
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
          text: 'Nothing: densities below 1 have negative logs, and so has their sum',
          correct: true,
          explanation:
            'ℓ adds one log-density per data point. Its sign depends on the unit of the data (measure in coarser units, such as beats per second, and every density grows, until ℓ can turn positive), so only comparisons of ℓ on the same data mean anything.',
        },
        {
          id: 'absolute',
          text: 'Log-likelihoods must be positive, so drop the sign and use |ℓ|',
          explanation:
            'Taking the absolute value turns the ranking upside down: the worst fits have the most negative ℓ, so the largest |ℓ|. Maximising |ℓ| would hunt for the worst curve. Higher ℓ is better, whatever its sign.',
        },
        {
          id: 'bug',
          text: 'Something went wrong in the sum: ℓ is never below zero',
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
          text: 'Only the direction: the lowest NLL is the highest ℓ',
          correct: true,
          explanation:
            'Flipping the sign turns the hill into a valley with its bottom in the same place. Optimisers are written to go downhill, so the loss is the NLL.',
        },
        {
          id: 'different',
          text: 'A slightly different estimate, because a loss is minimised',
          explanation:
            'Multiplying by −1 cannot move the best point: whatever makes ℓ largest makes −ℓ smallest. The estimate is exactly the same.',
        },
        {
          id: 'large-n',
          text: 'They agree only for large samples, where logs hardly matter',
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
};
