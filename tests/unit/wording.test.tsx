import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { chapters } from '../../src/app/manifest';
import { TALKING_POINTS } from '../../src/app/presenter/talkingPoints';
import { GLOSSARY, type CheckContext, type Question } from '../../src/features/learning/content';
import { selectDataWords } from '../../src/model/dataWords';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { renderWithChapters } from './renderWithChapters';
import { EXAMPLE_DATASETS } from '../../src/model/examples';
import { selectSummary } from '../../src/model/summary';

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

/**
 * Wording that misleads, wherever it appears: parameters are not "probable" (they have a
 * likelihood), and "closer to zero is better" stops being true once ℓ is positive. Nor
 * "Left: … Right: …" for charts side by side: on a phone they stand one above the other.
 */
const MISLEADING = [
  /\bmost probable\b/i,
  /\bas probable as possible\b/i,
  /closer to zero is better/i,
  /\b(Left|Right)(, [^:.]*)?:/,
];

describe('the page never says what misleads', () => {
  it('in any chapter, the glossary or the talking points', async () => {
    const { container } = await renderWithChapters(<App />);
    const texts = [
      container.textContent ?? '',
      ...GLOSSARY.map((entry) => `${entry.term} ${entry.definition}`),
      ...Object.values(TALKING_POINTS).flatMap((notes) => notes?.points ?? []),
    ];
    for (const pattern of MISLEADING) for (const text of texts) expect(text).not.toMatch(pattern);
    // "Every loss is a negative log-likelihood" holds for the table's losses, not for all: the
    // page names the exceptions where it says it.
    const lossTable = container.querySelector('#loss-table')!.textContent!;
    expect(lossTable).toMatch(/hinge/i);
    expect(lossTable).toMatch(/\bMAP\b/);
  }, 30_000);
});

/** Everything a check can say: its prompt, its choices and every piece of feedback. */
function checkWords(question: Question): string[] {
  const state = useLabStore.getState();
  const context: CheckContext = { summary: selectSummary(state), words: selectDataWords(state) };
  if (question.kind === 'choice')
    return [question.prompt(context), ...question.choices.flatMap((c) => [c.text, c.explanation])];
  return [
    question.prompt(context),
    question.correct(context),
    question.otherwise(context),
    ...question.traps.map((trap) => trap.explanation(context)),
  ];
}

describe('typography', () => {
  it('writes a percentage with a no-break space, so that a line never ends between the number and its % sign', async () => {
    const { container } = await renderWithChapters(<App />);
    // The page's words, not code shown to copy (the embed code's width="100%").
    const page = container.cloneNode(true) as HTMLElement;
    for (const code of page.querySelectorAll('textarea, code, pre')) code.remove();
    const texts = [
      page.textContent ?? '',
      ...GLOSSARY.map((entry) => entry.definition),
      ...Object.values(TALKING_POINTS).flatMap((notes) => notes?.points ?? []),
      // Feedback shows only once a check is answered: every check's words, for the tempos.
      ...chapters.flatMap((chapter) => chapter.learning.checks.flatMap(checkWords)),
      ...chapters.flatMap((chapter) => chapter.learning.recap),
    ];
    // The page's style is a space before %, and that space must not break: 95\u00a0%.
    const breakable = texts.flatMap((text) => [...text.matchAll(/.{0,30}\d ?%/g)].map((m) => m[0]));
    expect(breakable).toEqual([]);
  }, 30_000);
});

/**
 * Each prediction's answer, as the page would state it. A prediction must be asked before
 * anything on the page gives it away: none of these may appear in the text above it.
 */
const ANSWERS: Record<string, RegExp[]> = {
  'derivation-top': [/second derivative/i, /bends down/i],
  'bias-average': [/\(n − 1\)\/n/, /\bunbiased\b/i, /comes out low/i],
  'sampling-spread': [/σ\/√n/, /1\/√n/, /\bhalves\b/i, /twice the precision/i],
  'coverage-small-n': [
    /\b86\s%/,
    /\b857\b/,
    /intervals? (is|are) too narrow/i,
    /covers? (less|fewer) than 95/i,
    /has less\b/i,
  ],
  'outlier-line': [/sixteen residuals/i, /stays with the crowd/i, /bends towards/i],
  'trap-distribution': [/residuals are (assumed )?Normal/i, /Normal residuals/i],
};

describe('predictions come before their answers', () => {
  it('no prediction is answered by the text above it', async () => {
    const { container } = await renderWithChapters(<App />);
    // One walk through the page in reading order: the text so far, at each prediction.
    const above: Record<string, string> = {};
    let text = '';
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      else if ((node as Element).matches('form[data-prediction]'))
        above[(node as HTMLElement).dataset.prediction!] = text;
    }
    expect(Object.keys(above).sort()).toEqual(Object.keys(ANSWERS).sort());
    for (const [id, answers] of Object.entries(ANSWERS)) {
      for (const answer of answers) expect(above[id], `${id} answered above it`).not.toMatch(answer);
    }
  }, 30_000);
});

describe('every chapter renders on every example dataset', () => {
  // A chapter that throws shows its error boundary and hides itself: nothing else would fail.
  it.each(EXAMPLE_DATASETS.map((example) => [example.id, example] as const))(
    '%s',
    async (_id, example) => {
      useLabStore.getState().setDataset({ values: example.values(), name: example.name, unit: example.unit });
      const { container } = await renderWithChapters(<App />);
      expect([...container.querySelectorAll('.chapter--failed')].map((c) => c.id)).toEqual([]);
      expect(container.querySelectorAll('.chapter').length).toBe(chapters.length);
    },
    30_000,
  );

  it('and with μ and σ as far from the data as the sliders go (every density 0 in float32)', async () => {
    const { muRange, sigmaRange } = selectSummary(useLabStore.getState());
    useLabStore.getState().setParams(muRange.min, sigmaRange.min);
    const { container } = await renderWithChapters(<App />);
    expect([...container.querySelectorAll('.chapter--failed')].map((c) => c.id)).toEqual([]);
  }, 30_000);
});

describe('glossary terms', () => {
  it('keep the punctuation after them on their line (no colon or comma starts a line)', async () => {
    const { container } = await renderWithChapters(<App />);
    const terms = [...container.querySelectorAll('.term')];
    expect(terms.length).toBeGreaterThan(5);
    for (const term of terms) {
      // A button is an atomic box: text after the term's wrapper may wrap onto the next line.
      const next = term.nextSibling?.textContent ?? '';
      expect(next, `“${term.querySelector('button')?.textContent}” is followed by “${next.slice(0, 12)}”`).not.toMatch(
        /^[:;,.)]/,
      );
    }
  }, 30_000);
});
