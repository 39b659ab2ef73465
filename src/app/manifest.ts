import type { ComponentType } from 'react';
import type { AnchorOf, ChapterMeta } from '../chapters/chapterModule';
import type { ChapterLearning } from '../features/learning/content';
import { loadMathFaces, preloadMathFonts } from '../ui/mathFonts';
import { Story } from '../chapters/story/Story';
import { meta as story } from '../chapters/story/meta';
import { meta as assumption } from '../chapters/assumption/meta';
import { meta as likelihood } from '../chapters/likelihood/meta';
import { meta as derivatives } from '../chapters/derivatives/meta';
import { meta as uncertainty } from '../chapters/uncertainty/meta';
import { meta as residuals } from '../chapters/residuals/meta';
import { learning as storyLearning } from '../chapters/story/learning';
import { learning as assumptionLearning } from '../chapters/assumption/learning';
import { learning as likelihoodLearning } from '../chapters/likelihood/learning';
import { learning as derivativesLearning } from '../chapters/derivatives/learning';
import { learning as uncertaintyLearning } from '../chapters/uncertainty/learning';
import { learning as residualsLearning } from '../chapters/residuals/learning';

export type ChapterComponent = ComponentType<{ number: number }>;

/**
 * A chapter module as the shell uses it: where it sits, its checks, and its component,
 * either in the first bundle (`Component`) or in its own chunk, with KaTeX (`load`), so that
 * the first screen needs only the story. Its charts come in a chunk of their own after it
 * (ui/charts/deferredCharts).
 */
export type ChapterEntry = ChapterMeta & {
  learning: ChapterLearning;
} & ({ Component: ChapterComponent; load?: never } | { load: () => Promise<ChapterComponent>; Component?: never });

const CHAPTERS = [
  { ...story, learning: storyLearning, Component: Story },
  {
    ...assumption,
    learning: assumptionLearning,
    load: () => import('../chapters/assumption/Assumption').then((m) => m.Assumption),
  },
  {
    ...likelihood,
    learning: likelihoodLearning,
    load: () => import('../chapters/likelihood/Likelihood').then((m) => m.Likelihood),
  },
  {
    ...derivatives,
    learning: derivativesLearning,
    load: () => import('../chapters/derivatives/Derivatives').then((m) => m.Derivatives),
  },
  {
    ...uncertainty,
    learning: uncertaintyLearning,
    load: () => import('../chapters/uncertainty/Uncertainty').then((m) => m.Uncertainty),
  },
  {
    ...residuals,
    learning: residualsLearning,
    load: () => import('../chapters/residuals/Residuals').then((m) => m.Residuals),
  },
] as const satisfies readonly ChapterEntry[];

/** The chapters, in reading order. The only place that composes them. */
export const chapters: readonly ChapterEntry[] = CHAPTERS;

/** Every id a chapter or section answers to (public: deep links, embeds, progress). */
export type SectionId = AnchorOf<(typeof CHAPTERS)[number]>;

/** The ids of a chapter's checks: progress counts against them. */
export const checkIdsOf = (chapter: ChapterEntry) => chapter.learning.checks.map((question) => question.id);

/**
 * A chapter's component, fetching its code if it is in its own chunk. A chunk that fails to
 * arrive (the network dropped) becomes a component that throws, so that the chapter's error
 * boundary shows its friendly message and reload link.
 */
export async function loadChapter(entry: ChapterEntry): Promise<ChapterComponent> {
  if (entry.Component) return entry.Component;
  // Its formulas' fonts come alongside its code, not after its render.
  preloadMathFonts();
  try {
    // (Its charts' code is fetched once their empty boxes are painted: ui/charts/deferredCharts.)
    const Component = await entry.load();
    // KaTeX's stylesheet came with it.
    loadMathFaces();
    return Component;
  } catch (error) {
    return function Failed() {
      throw error;
    };
  }
}

/** Pages after the chapters (not slides, not counted as chapters). */
export const appendixIds = ['glossary'];

/** Every id a deep link may name, chapters first. */
export const anchorIds: string[] = [...chapters.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]), ...appendixIds];

/** The ids of a chapter's end (features/learning/ChapterEnd): its checks, and its recap. */
export const chapterEndIds = (chapter: ChapterEntry) => [`${chapter.id}-checks`, `${chapter.id}-recap`];

/** Whether a chapter holds this id: its own, a section's, or its checks' and recap's. */
export const holds = (chapter: ChapterEntry, id: string) =>
  id === chapter.id || chapter.sections.some((s) => s.id === id) || chapterEndIds(chapter).includes(id);

/** The title of a chapter or section, for links that name where they go. */
export function anchorTitle(id: string): string {
  for (const chapter of chapters) {
    if (chapter.id === id) return chapter.title;
    const section = chapter.sections.find((s) => s.id === id);
    if (section) return section.title;
  }
  return id;
}
