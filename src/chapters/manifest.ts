import type { ComponentType } from 'react';
import { Assumption } from './assumption/Assumption';
import { Derivatives } from './derivatives/Derivatives';
import { Likelihood } from './likelihood/Likelihood';
import { Residuals } from './residuals/Residuals';
import { Story } from './story/Story';

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
  Component: ComponentType<{ number: number }>;
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
  { id: 'assumption', title: 'The critical assumption', navTitle: 'Assumption', sections: [], Component: Assumption },
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
    Component: Likelihood,
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
    Component: Derivatives,
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
    Component: Residuals,
  },
];

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
