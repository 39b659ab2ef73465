import type { ChapterMeta } from '../chapterModule';

/** Where this chapter sits in the page: its id, titles and sections (public ids: never rename one). */
export const meta = {
  id: 'uncertainty',
  title: 'How sure is the maximum?',
  navTitle: 'Uncertainty',
  sections: [
    { id: 'sampling-variability', title: 'Other samples' },
    { id: 'curvature', title: 'Curvature' },
    { id: 'confidence-intervals', title: 'Confidence intervals' },
  ],
} as const satisfies ChapterMeta;
