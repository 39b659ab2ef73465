import { lazy, type ComponentType } from 'react';
import { Story } from './story/Story';

type ChapterComponent = ComponentType<{ number: number }>;

export interface SectionEntry {
  /** Stable id: deep links (#id) and embeds use it. Never rename one. */
  id: string;
  title: string;
}

export interface ChapterEntry {
  id: string;
  title: string;
  /** Short title for the navigation. */
  navTitle: string;
  sections: SectionEntry[];
  Component: ChapterComponent;
  /** Fetches a chapter's code ahead of rendering; absent for the chapter in the first bundle. */
  load?: () => Promise<unknown>;
}

/**
 * A chapter whose code (with the charting library and KaTeX) arrives in its own chunk, so
 * that the first screen needs only the story. `load` starts the download early; React's
 * `lazy` reuses the same module.
 */
function later(load: () => Promise<ChapterComponent>): Pick<ChapterEntry, 'Component' | 'load'> {
  return { Component: lazy(() => load().then((Component) => ({ default: Component }))), load };
}

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
    ...later(() => import('./assumption/Assumption').then((m) => m.Assumption)),
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
    ...later(() => import('./likelihood/Likelihood').then((m) => m.Likelihood)),
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
    ...later(() => import('./derivatives/Derivatives').then((m) => m.Derivatives)),
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
    ...later(() => import('./residuals/Residuals').then((m) => m.Residuals)),
  },
];

/** Fetches every later chapter's code; settles (never rejects) once each has arrived or failed. */
export function loadChapters(entries: ChapterEntry[] = chapters): Promise<unknown> {
  return Promise.allSettled(entries.map((c) => c.load?.()));
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
