import type { ChapterMeta } from '../chapterModule';

/** Where this chapter sits in the page: its id, titles and sections (public ids: never rename one). */
export const meta = {
  id: 'likelihood',
  title: 'Finding the best Normal',
  navTitle: 'Likelihood',
  sections: [
    { id: 'likelihood-widget', title: 'Find μ and σ' },
    { id: 'probability-vs-likelihood', title: 'Probability or likelihood?' },
    { id: 'density-vs-probability', title: 'Density vs probability' },
    { id: 'why-log', title: 'Why logs' },
    { id: 'negative-log-likelihood', title: 'Negative log-likelihood' },
    { id: 'cross-entropy', title: 'Cross-entropy' },
  ],
} as const satisfies ChapterMeta;
