import type { ComponentType } from 'react';
import { Story } from '../chapters/story/Story';

export type ChapterComponent = ComponentType<{ number: number }>;

export interface SectionEntry {
  /** Stable id: deep links (#id) and embeds use it. Never rename one. */
  id: string;
  title: string;
}

/**
 * A chapter: either in the first bundle (`Component`) or in its own chunk, with the
 * charting library and KaTeX (`load`), so that the first screen needs only the story.
 */
export type ChapterEntry = {
  id: string;
  title: string;
  /** Short title for the navigation. */
  navTitle: string;
  sections: SectionEntry[];
} & ({ Component: ChapterComponent; load?: never } | { load: () => Promise<ChapterComponent>; Component?: never });

/** The chapters, in reading order. The only place that composes them. */
export const chapters: ChapterEntry[] = [
  {
    id: 'story',
    title: 'The songwriter’s dilemma',
    navTitle: 'The data',
    sections: [{ id: 'your-data', title: 'Use your own data' }],
    Component: Story,
  },
  {
    id: 'assumption',
    title: 'The critical assumption',
    navTitle: 'Assumption',
    sections: [],
    load: () => import('../chapters/assumption/Assumption').then((m) => m.Assumption),
  },
  {
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
    load: () => import('../chapters/likelihood/Likelihood').then((m) => m.Likelihood),
  },
  {
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
    load: () => import('../chapters/derivatives/Derivatives').then((m) => m.Derivatives),
  },
  {
    id: 'residuals',
    title: 'The trap: losses are likelihoods of residuals',
    navTitle: 'Residuals',
    sections: [
      { id: 'regression', title: 'Fitting a line' },
      { id: 'mse-vs-mae', title: 'MSE or MAE' },
      { id: 'classification', title: 'Classification' },
      { id: 'loss-table', title: 'Every loss' },
    ],
    load: () => import('../chapters/residuals/Residuals').then((m) => m.Residuals),
  },
];

/**
 * Every shown chapter's component, fetching the code of those in their own chunks. A chunk
 * that fails to arrive (the network dropped) becomes a component that throws, so that the
 * chapter's error boundary shows its friendly message and reload link.
 */
export async function loadChapters(entries: ChapterEntry[] = chapters): Promise<Record<string, ChapterComponent>> {
  const loaded = await Promise.allSettled(entries.map((c) => c.Component ?? c.load()));
  return Object.fromEntries(
    loaded.map((result, i) => {
      if (result.status === 'fulfilled') return [entries[i].id, result.value];
      const Failed: ChapterComponent = () => {
        throw result.reason;
      };
      return [entries[i].id, Failed];
    }),
  );
}

/** Pages after the chapters (not slides, not counted as chapters). */
export const appendixIds = ['glossary'];

/** Every id a deep link may name, chapters first. */
export const anchorIds: string[] = [...chapters.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]), ...appendixIds];

/** The title of a chapter or section, for links that name where they go. */
export function anchorTitle(id: string): string {
  for (const chapter of chapters) {
    if (chapter.id === id) return chapter.title;
    const section = chapter.sections.find((s) => s.id === id);
    if (section) return section.title;
  }
  return id;
}
