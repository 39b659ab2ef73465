import type { ChapterMeta } from '../chapterModule';

/** Where this chapter sits in the page: its id, titles and sections (public ids: never rename one). */
export const meta = {
  id: 'story',
  title: 'The songwriter’s dilemma',
  navTitle: 'The data',
  sections: [{ id: 'your-data', title: 'Use your own data' }],
} as const satisfies ChapterMeta;
