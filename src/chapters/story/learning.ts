/** Chapter “The songwriter’s dilemma”: its checks for understanding and its recap. */
import type { ChapterLearning } from '../../features/learning/content';

export const learning: ChapterLearning = {
  checks: [
    {
      kind: 'choice',
      id: 'story-family',
      prompt: () => 'The histogram looks bell-shaped, so we will assume a Normal. What is still left to decide?',
      choices: [
        {
          id: 'parameters',
          text: 'Its centre μ and its spread σ',
          correct: true,
          explanation:
            '“Normal” names a family of curves; μ places the bell and σ sets its width. Choosing them well is the whole job of maximum likelihood.',
        },
        {
          id: 'nothing',
          text: 'Nothing: “Normal” already names one particular curve',
          explanation:
            'There is a different Normal for every pair of μ and σ, and the four curves over the histogram were all Normals. Saying “Normal” narrows the search to a family; it does not pick the curve.',
        },
        {
          id: 'count',
          text: 'How many of the songs the curve should be fitted to',
          explanation:
            'The data are given, every one of them is used, and n is fixed by them. What we choose are the parameters, the two numbers that fix the curve.',
        },
      ],
    },
    {
      kind: 'number',
      id: 'story-parameters',
      prompt: () => 'How many numbers does maximum likelihood have to choose to fit a Normal?',
      answer: () => 2,
      tolerance: () => 0,
      correct: () => 'Two: the centre μ and the spread σ. That is why the widget has exactly two sliders.',
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
};
