import type { ChapterMeta } from '../chapterModule';

/** Where this chapter sits in the page: its id, titles and sections (public ids: never rename one). */
export const meta = {
  id: 'residuals',
  title: 'The trap: losses are likelihoods of residuals',
  navTitle: 'Residuals',
  sections: [
    { id: 'regression', title: 'Fitting a line' },
    { id: 'mse-vs-mae', title: 'MSE or MAE' },
    { id: 'classification', title: 'Classification' },
    { id: 'loss-table', title: 'The loss table' },
  ],
} as const satisfies ChapterMeta;
