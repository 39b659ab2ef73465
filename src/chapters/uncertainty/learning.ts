/** Chapter “How sure is the maximum?”: its checks for understanding and its recap. */
import type { ChapterLearning } from '../../features/learning/content';

const fixed2 = (x: number) => x.toFixed(2);
const near = (value: number, target: number) => Math.abs(value - target) < Math.max(0.006, Math.abs(target) * 1e-4);

export const learning: ChapterLearning = {
  checks: [
    {
      kind: 'number',
      id: 'uncertainty-se',
      prompt: ({ summary, words }) =>
        `For your ${summary.n} ${words.items}, σ̂ = ${fixed2(summary.normal.sigma)} (dividing by n). What is the standard error of μ̂? (two decimals)`,
      answer: ({ summary }) => summary.normal.sigma / Math.sqrt(summary.n),
      tolerance: ({ summary }) => Math.max(0.006, (summary.normal.sigma / Math.sqrt(summary.n)) * 1e-4),
      correct: ({ summary }) =>
        `SE(μ̂) = σ̂/√n = ${fixed2(summary.normal.sigma)}/√${summary.n} = ${fixed2(summary.normal.sigma / Math.sqrt(summary.n))}: one over the square root of the curvature n/σ̂².`,
      traps: [
        {
          matches: (value, { summary }) => near(value, summary.normal.sigma / summary.n),
          explanation: ({ summary }) =>
            `That divides σ̂ by n itself. The curvature n/σ̂² gives a standard error of σ̂/√n = ${fixed2(summary.normal.sigma / Math.sqrt(summary.n))}: the square root is what makes four times the data only halve it.`,
        },
        {
          matches: (value, { summary }) => summary.n > 1 && near(value, summary.besselSigma / Math.sqrt(summary.n)),
          explanation: ({ summary }) =>
            `That is s/√n, with s dividing by n − 1: the textbook standard error. The curvature of ℓ uses the maximum-likelihood σ̂: σ̂/√n = ${fixed2(summary.normal.sigma / Math.sqrt(summary.n))}. The two differ by the factor √(n/(n − 1)) = ${Math.sqrt(summary.n / (summary.n - 1)).toFixed(3)}.`,
        },
        {
          matches: (value, { summary }) => near(value, summary.normal.sigma / Math.sqrt(2 * summary.n)),
          explanation: () => 'That is the standard error of σ̂, σ̂/√(2n). The question asks about μ̂: σ̂/√n.',
        },
        {
          matches: (value, { summary }) => near(value, summary.normal.sigma ** 2 / summary.n),
          explanation: ({ summary }) =>
            `That is σ̂²/n, the variance of μ̂. The standard error is its square root, ${fixed2(summary.normal.sigma / Math.sqrt(summary.n))}.`,
        },
      ],
      otherwise: ({ summary }) =>
        `Divide σ̂ by the square root of n = ${summary.n}: the curvature of ℓ in μ is n/σ̂², and the standard error is one over its square root.`,
    },
    {
      kind: 'choice',
      id: 'uncertainty-more-data',
      prompt: () =>
        'A sample gives μ̂ with a standard error of 2 BPM. How many times as many songs would bring it down to 1 BPM?',
      choices: [
        {
          id: 'four',
          text: 'Four times as many: the error shrinks like 1/√n',
          correct: true,
          explanation:
            'The standard error is σ/√n: halving it takes √n twice as large, so n four times as large. Precision is bought at the square root.',
        },
        {
          id: 'two',
          text: 'Twice as many: the error shrinks in proportion to 1/n',
          explanation:
            'The error is σ/√n, not σ/n: doubling the songs divides it by √2 only, to about 1.41 BPM. Halving it takes four times the songs.',
        },
        {
          id: 'none',
          text: 'None: each song is as noisy as before, so more songs cannot help',
          explanation:
            'Each song stays as noisy, but their noise partly cancels in the mean: the spread of μ̂ is σ/√n, which falls as n grows.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'uncertainty-coverage',
      prompt: () =>
        'With samples of 5 songs, Wald intervals μ̂ ± 1.96 · σ̂/√n contain the true μ in only about 86 % of samples. Why?',
      choices: [
        {
          id: 'narrow',
          text: 'They are too narrow: z = 1.96 treats σ as known, and σ̂ runs low',
          correct: true,
          explanation:
            '1.96 ignores that σ was estimated from only 5 songs (the bigger part), and σ̂ divides by n, so it comes out small. The t interval uses s (n − 1) and t = 2.78 with 4 degrees of freedom, whose wider tails allow for the noise in s, and covers 95 %.',
        },
        {
          id: 'luck',
          text: 'Bad luck in the draws: with more samples the share would climb to 95 %',
          explanation:
            'Over 1,000 samples the share is steady near 86 %; drawing more samples only pins that number down. The shortfall is in the recipe, not in the draws.',
        },
        {
          id: 'wide',
          text: 'They are too wide: with 5 songs they should use a z of 1.64',
          explanation:
            'A wider interval would cover more, not less. Wald intervals at n = 5 are too narrow: the fix is a larger multiplier (t = 2.78) and s instead of σ̂.',
        },
      ],
    },
  ],
  recap: [
    'Another sample gives other estimates: μ̂ scatters around the truth with spread σ/√n, so four times the data halves it.',
    'The curvature of ℓ at its top says how sharply the data pin a parameter down: SE(μ̂) = σ̂/√n and SE(σ̂) = σ̂/√(2n).',
    'A 95 % interval is a recipe that catches the truth in 95 % of samples. With σ̂ and z it falls short for small n; the t interval, with s and t, keeps its promise.',
  ],
};
