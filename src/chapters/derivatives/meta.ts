import type { ChapterMeta } from '../chapterModule';

/** Where this chapter sits in the page: its id, titles and sections (public ids: never rename one). */
export const meta = {
  id: 'derivatives',
  title: 'From sliders to proof',
  navTitle: 'Derivatives',
  sections: [
    { id: 'slope-zero', title: 'Slope zero' },
    { id: 'derivation', title: 'Derivation' },
    { id: 'likelihood-surface', title: 'Surface' },
    { id: 'gradient-descent', title: 'Gradient descent' },
    { id: 'bias', title: 'Bias of σ̂²' },
  ],
} as const satisfies ChapterMeta;
