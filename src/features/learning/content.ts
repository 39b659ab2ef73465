/**
 * What a self-paced learner checks themselves on: the shape of the questions at the end of
 * each chapter (each wrong option explains the misconception behind it) and of the "what
 * you now know" recaps, which each chapter module writes in its learning.ts; and the
 * glossary. Plain data, written for this explorable from the instructor's notes; the
 * components in this folder render it.
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

/**
 * The choices in the order a learner sees them. The content lists the right one first (easy
 * to write and review); shown that way, "always pick the first" would pass every check. Each
 * check turns its list by a fixed amount taken from its id, so the right answer sits in a
 * different place from check to check, and in the same place on every visit.
 */
export function shownChoices(question: ChoiceQuestion): Choice[] {
  const { choices } = question;
  let turn = 0;
  for (const character of question.id) turn = (turn * 31 + character.charCodeAt(0)) % 9973;
  const by = turn % choices.length;
  return [...choices.slice(by), ...choices.slice(0, by)];
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
    id: 'sampling-distribution',
    term: 'sampling distribution',
    definition:
      'How an estimate would scatter over many samples of the same size from the same process: its centre, its spread and its shape.',
    taughtIn: 'sampling-variability',
  },
  {
    id: 'curvature',
    term: 'curvature',
    definition:
      'The second derivative of ℓ: how fast its slope changes. At the maximum it is negative, and the sharper the top, the larger its size.',
    taughtIn: 'curvature',
  },
  {
    id: 'observed-information',
    term: 'observed information',
    definition:
      'Minus the second derivative of ℓ at the maximum: how sharply the data single out the estimate. For μ of a Normal it is n/σ̂².',
    taughtIn: 'curvature',
  },
  {
    id: 'standard-error',
    term: 'standard error',
    definition:
      'The standard deviation of an estimate’s sampling distribution, estimated from one sample: one over the square root of the observed information, σ̂/√n for μ̂.',
    taughtIn: 'curvature',
  },
  {
    id: 'confidence-interval',
    term: 'confidence interval',
    definition:
      'A range computed from a sample by a recipe that catches the true value in a stated share of samples (95\u00a0%). Any one interval either contains it or not.',
    taughtIn: 'confidence-intervals',
  },
  {
    id: 'coverage',
    term: 'coverage',
    definition:
      'The share of samples whose interval contains the true value. A 95\u00a0% recipe promises 95\u00a0%; drawing many samples checks whether it keeps the promise.',
    taughtIn: 'confidence-intervals',
  },
  {
    id: 'residual',
    term: 'residual',
    definition:
      'What a fitted model leaves over for one data point: y − f(x). In regression, the assumed distribution is about the residuals.',
    taughtIn: 'regression',
  },
];
