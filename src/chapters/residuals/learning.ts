/** Chapter “The trap: losses are likelihoods of residuals”: its checks for understanding and its recap. */
import type { ChapterLearning } from '../../features/learning/content';

export const learning: ChapterLearning = {
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
            'The model says y = f(x) + noise, and least squares is the maximum-likelihood fit when the noise is Normal with a fixed σ.',
        },
        {
          id: 'features',
          text: 'The features, such as tempo, around their own mean',
          explanation:
            'This is the trap: the features are taken as given, whatever their distribution. The assumption is about what the line leaves over, y − f(x).',
        },
        {
          id: 'none',
          text: 'Nothing: squared error is just a convenient loss',
          explanation:
            'Each of these losses has a distribution behind it. Minimising squared error is exactly maximising a Normal likelihood of the residuals; that is why it is so sensitive to outliers.',
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
          text: 'Absolute error (MAE): Laplace residuals, with heavier tails',
          correct: true,
          explanation:
            'A heavy-tailed assumption expects the odd large residual, so the fit does not chase it; the MAE line barely moved when you dragged a song.',
        },
        {
          id: 'mse',
          text: 'Squared error (MSE), because it punishes outliers the hardest',
          explanation:
            'Punishing a residual harder makes the line move towards it to shrink it: the MSE line chases outliers. A Normal assumption treats a far point as nearly impossible, and bends to explain it.',
        },
        {
          id: 'either',
          text: 'Either: the choice of loss never moves the fitted line',
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
            '−[y log p + (1 − y) log(1 − p)] is −log P(y | p) for a Bernoulli, and its mean over songs is the BCE.',
        },
        {
          id: 'normal',
          text: 'A Normal on the 0/1 labels, as for the regression line',
          explanation:
            'A Normal describes a continuous outcome; a hit is 0 or 1. The distribution of a yes/no outcome is the Bernoulli, and its NLL is the cross-entropy.',
        },
        {
          id: 'none',
          text: 'None: cross-entropy comes from information theory alone',
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
};
