/** Chapter “From sliders to proof”: its checks for understanding and its recap. */
import type { ChapterLearning } from '../../features/learning/content';

const fixed2 = (x: number) => x.toFixed(2);

export const learning: ChapterLearning = {
  checks: [
    {
      kind: 'number',
      id: 'derivatives-sigma',
      prompt: ({ summary }) =>
        `For your data, Σ(xᵢ − x̄)² = ${fixed2(summary.stats.centredSumOfSquares)} and n = ${summary.n}. What is the maximum-likelihood σ̂? (two decimals)`,
      answer: ({ summary }) => summary.normal.sigma,
      tolerance: ({ summary }) => Math.max(0.006, summary.normal.sigma * 1e-4),
      correct: ({ summary }) =>
        `σ̂ = √(${fixed2(summary.stats.centredSumOfSquares)} / ${summary.n}) = ${fixed2(summary.normal.sigma)}. Setting ∂ℓ/∂σ to zero divides by n.`,
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
          text: 'The slope in σ is zero at n; n − 1 serves another goal, an unbiased σ²',
          correct: true,
          explanation:
            'Both are correct answers to different questions: σ̂ (with n) makes the observed data most likely; s² (with n − 1) is right on average over many samples.',
        },
        {
          id: 'mistake',
          text: 'It is a mistake: a correct estimate of the spread always divides by n − 1',
          explanation:
            'The n − 1 rule comes from asking for an unbiased estimate of σ². Maximum likelihood asks which σ makes the data most likely, and the calculus answers n. Neither is a mistake.',
        },
        {
          id: 'same',
          text: 'It makes no difference: n and n − 1 give the same answer for any sample',
          explanation:
            'They differ by a factor √((n − 1)/n): tiny for hundreds of points, large for small samples (for n = 2, σ̂ is 71\u00a0% of s).',
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
          text: 'Below σ², by a factor (n − 1)/n',
          correct: true,
          explanation:
            'Measuring spread around the sample mean, which sits closer to the data than the true mean, makes the squares too small on average by the factor (n − 1)/n.',
        },
        {
          id: 'on',
          text: 'Exactly on σ², for any n',
          explanation:
            'That is what dividing by n − 1 achieves. σ̂² divides by n, so on average it falls short by the factor (n − 1)/n: the MLE is biased, slightly.',
        },
        {
          id: 'above',
          text: 'Above σ², by a factor n/(n − 1)',
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
};
