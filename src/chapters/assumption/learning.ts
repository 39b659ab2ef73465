/** Chapter “The critical assumption”: its checks for understanding and its recap. */
import type { ChapterLearning } from '../../features/learning/content';

export const learning: ChapterLearning = {
  checks: [
    {
      kind: 'choice',
      id: 'assumption-who',
      prompt: () => 'Who decides that the data are Normal?',
      choices: [
        {
          id: 'you',
          text: 'We do, before maximum likelihood starts',
          correct: true,
          explanation:
            'Maximum likelihood searches only inside the family you hand it. Choosing the family is a modelling decision, and a wrong one gives a confidently wrong answer.',
        },
        {
          id: 'mle',
          text: 'Maximum likelihood works it out from the data as it fits',
          explanation:
            'Not on its own: it finds the best μ and σ within the family you assumed. You can compare families by their maximised likelihoods (the widget does), but you still have to propose them.',
        },
        {
          id: 'histogram',
          text: 'The histogram proves it, once there are enough songs',
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
            'The Laplace scores distance by its absolute value, and the sum of absolute distances is smallest at the median. The Normal scores squared distance, smallest at the mean.',
        },
        {
          id: 'mean',
          text: 'At the mean, as for the Normal',
          explanation:
            'The mean is the Normal’s answer, because its log-density penalises squared distance. The Laplace penalises absolute distance, and that is minimised by the median.',
        },
        {
          id: 'same',
          text: 'Wherever the data put it, whatever the family',
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
};
