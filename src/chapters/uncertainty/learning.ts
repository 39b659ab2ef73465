/** Chapter “How sure is the maximum?”: its checks for understanding and its recap. */
import type { ChapterLearning, CheckContext } from '../../features/learning/content';
import { numpyNormalSample } from '../../math/rng';
import { formatCount } from '../../model/format';
import { TEMPO_WORDS } from '../../model/dataWords';
import { summarise, TRUE_MU, TRUE_SIGMA, type DatasetSummary } from '../../model/summary';

const fixed2 = (x: number) => x.toFixed(2);
const se = (summary: DatasetSummary) => summary.normal.sigma / Math.sqrt(summary.n);

let example: CheckContext | null = null;
/**
 * The data the standard-error check asks about: the reader's, when ℓ has a top (two songs or
 * more, with spread); otherwise the example's 40 songs, since one song has no standard error.
 */
function dataWithTop(context: CheckContext): CheckContext {
  const { summary } = context;
  if (summary.n > 1 && summary.normal.sigma > 0) return context;
  example ??= { summary: summarise(numpyNormalSample(42, 40, TRUE_MU, TRUE_SIGMA)), words: TEMPO_WORDS };
  return example;
}
const near = (value: number, target: number) => Math.abs(value - target) < Math.max(0.006, Math.abs(target) * 1e-4);

export const learning: ChapterLearning = {
  checks: [
    {
      kind: 'number',
      id: 'uncertainty-se',
      prompt: (c) => {
        const { summary, words } = dataWithTop(c);
        const intro =
          summary === c.summary
            ? `For your ${formatCount(summary.n)} ${words.items}`
            : `Your data have no top to measure (σ̂ = 0). For the example’s ${summary.n} songs (seed 42)`;
        return `${intro}, σ̂ = ${fixed2(summary.normal.sigma)} (dividing by n). What is the standard error of μ̂? (two decimals)`;
      },
      answer: (c) => se(dataWithTop(c).summary),
      tolerance: (c) => Math.max(0.006, se(dataWithTop(c).summary) * 1e-4),
      correct: (c) => {
        const { summary } = dataWithTop(c);
        return `SE(μ̂) = σ̂/√n = ${fixed2(summary.normal.sigma)}/√${summary.n} = ${fixed2(se(summary))}: one over the square root of the curvature n/σ̂².`;
      },
      traps: [
        {
          matches: (value, c) => near(value, dataWithTop(c).summary.normal.sigma / dataWithTop(c).summary.n),
          explanation: (c) =>
            `That divides σ̂ by n itself. The curvature n/σ̂² gives a standard error of σ̂/√n = ${fixed2(se(dataWithTop(c).summary))}: the square root is what makes four times the data only halve it.`,
        },
        {
          matches: (value, c) => {
            const { summary } = dataWithTop(c);
            return near(value, summary.besselSigma / Math.sqrt(summary.n));
          },
          explanation: (c) => {
            const { summary } = dataWithTop(c);
            return `That is s/√n, with s dividing by n − 1: the textbook standard error. The curvature of ℓ uses the maximum-likelihood σ̂: σ̂/√n = ${fixed2(se(summary))}. The two differ by the factor √(n/(n − 1)) = ${Math.sqrt(summary.n / (summary.n - 1)).toFixed(3)}.`;
          },
        },
        {
          matches: (value, c) => {
            const { summary } = dataWithTop(c);
            return near(value, summary.normal.sigma / Math.sqrt(2 * summary.n));
          },
          explanation: () => 'That is the standard error of σ̂, σ̂/√(2n). The question asks about μ̂: σ̂/√n.',
        },
        {
          matches: (value, c) => {
            const { summary } = dataWithTop(c);
            return near(value, summary.normal.sigma ** 2 / summary.n);
          },
          explanation: (c) =>
            `That is σ̂²/n, the variance of μ̂. The standard error is its square root, ${fixed2(se(dataWithTop(c).summary))}.`,
        },
      ],
      otherwise: (c) =>
        `Divide σ̂ by the square root of n = ${dataWithTop(c).summary.n}: the curvature of ℓ in μ is n/σ̂², and the standard error is one over its square root.`,
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
        'With samples of 5 songs, Wald intervals μ̂ ± 1.96 · σ̂/√n contain the true μ in only about 86\u00a0% of samples. Why?',
      choices: [
        {
          id: 'narrow',
          text: 'They are too narrow: z = 1.96 treats σ as known, and σ̂ runs low',
          correct: true,
          explanation:
            '1.96 ignores that σ was estimated from only 5 songs (the bigger part), and σ̂ divides by n, so it comes out small. The t interval uses s (n − 1) and t = 2.78 with 4 degrees of freedom, whose wider tails allow for the noise in s, and covers 95\u00a0%.',
        },
        {
          id: 'luck',
          text: 'Bad luck in the draws: with more samples the share would climb to 95\u00a0%',
          explanation:
            'Over 1,000 samples the share is steady near 86\u00a0%; drawing more samples only pins that number down. The shortfall is in the recipe, not in the draws.',
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
    'A 95\u00a0% interval is a recipe that catches the truth in 95\u00a0% of samples. With σ̂ and z it falls short for small n; the t interval, with s and t, keeps its promise.',
  ],
};
