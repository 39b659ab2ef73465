import type { ChapterMeta } from '../chapterModule';

/** Where this chapter sits in the page: its id, titles and sections (public ids: never rename one). */
export const meta = {
  id: 'assumption',
  title: 'The critical assumption',
  navTitle: 'Assumption',
  sections: [],
} as const satisfies ChapterMeta;
