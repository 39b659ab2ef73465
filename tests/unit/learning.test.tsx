import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anchorIds, chapters, checkIdsOf } from '../../src/app/manifest';
import { CheckForm, feedbackFor } from '../../src/features/learning/CheckForm';
import { GLOSSARY, shownChoices, type CheckContext, type Question } from '../../src/features/learning/content';
import { Glossary } from '../../src/app/Glossary';
import { Prediction } from '../../src/features/learning/Prediction';
import { chapterChecks, isComplete, STORAGE_KEY, useProgressStore } from '../../src/state/progress';
import { resumeOffer } from '../../src/app/ResumeBanner';
import { Term } from '../../src/features/learning/Term';
import { selectSummary } from '../../src/model/summary';
import { selectDataWords } from '../../src/model/dataWords';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';

const context = (): CheckContext => ({
  summary: selectSummary(useLabStore.getState()),
  words: selectDataWords(useLabStore.getState()),
});

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
  useProgressStore.getState().reset();
});

/** Each chapter's checks and recap, by chapter id. */
const LEARNING = Object.fromEntries(chapters.map((c) => [c.id, c.learning]));
const questions: [string, Question][] = chapters.flatMap((c) =>
  c.learning.checks.map((q) => [c.id, q] as [string, Question]),
);

describe('checks for understanding', () => {
  it('every chapter has two to four checks and a recap', () => {
    for (const chapter of chapters) {
      const learning = LEARNING[chapter.id];
      expect(learning.checks.length).toBeGreaterThanOrEqual(2);
      expect(learning.checks.length).toBeLessThanOrEqual(4);
      expect(learning.recap.length).toBeGreaterThan(0);
    }
    const checkIds = chapters.flatMap(checkIdsOf);
    expect(new Set(checkIds).size).toBe(checkIds.length);
  });

  // Every option of every multiple-choice question: rendered, chosen, submitted, and its own
  // explanation shown in the polite live region, marked right only for the right answer.
  for (const [chapter, question] of questions.filter(([, q]) => q.kind === 'choice')) {
    if (question.kind !== 'choice') continue;
    it.each(question.choices.map((c) => [c.id, c] as const))(`${chapter} › ${question.id} › %s`, (_, choice) => {
      render(<CheckForm question={question} />);
      const form = screen.getByTestId('check');
      expect(question.choices.filter((c) => c.correct)).toHaveLength(1);
      fireEvent.click(within(form).getByRole('radio', { name: choice.text }));
      fireEvent.click(within(form).getByRole('button', { name: 'Check my answer' }));
      const live = form.querySelector('[aria-live="polite"]')!;
      expect(live.textContent).toBe(`${choice.correct ? 'Correct.' : 'Not quite.'} ${choice.explanation}`);
      expect(useProgressStore.getState().answers[question.id]).toEqual({ given: choice.id, correct: !!choice.correct });
    });
  }

  it('the right answer is not always in the same place: no position holds more than half of them', () => {
    const choiceChecks = questions.flatMap(([, q]) => (q.kind === 'choice' ? [q] : []));
    const positions = choiceChecks.map((q) => shownChoices(q).findIndex((c) => c.correct));
    const counts = new Map<number, number>();
    for (const p of positions) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(Math.max(...counts.values()), `right answers at ${positions.join(', ')}`).toBeLessThanOrEqual(
      choiceChecks.length / 2,
    );
    // Rendered in that order, and the same order every time.
    const [first] = choiceChecks;
    render(<CheckForm question={first} />);
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(
      shownChoices(first).map((c) => c.id),
    );
  });

  it('the right answer is not given away by its length: rarely the longest, never by far', () => {
    const choiceChecks = questions.flatMap(([, q]) => (q.kind === 'choice' ? [q] : []));
    const longest = choiceChecks.filter((q) => {
      const right = q.choices.find((c) => c.correct)!.text.length;
      const wrong = Math.max(...q.choices.filter((c) => !c.correct).map((c) => c.text.length));
      expect(right, `${q.id}: the right answer is much longer than any other`).toBeLessThanOrEqual(wrong * 1.2);
      return right > wrong;
    });
    // Picking the longest answer does no better than guessing (one in three).
    expect(longest.map((q) => q.id).length, longest.map((q) => q.id).join(', ')).toBeLessThanOrEqual(
      Math.ceil(choiceChecks.length / 3),
    );
  });

  it('feedback never repeats the verdict the form already shows (“Correct.” or “Not quite.”)', () => {
    const c = context();
    const verdict = /^(Right|Correct|Yes|Exactly|Not quite|No|Wrong)\b/;
    for (const [, question] of questions) {
      const texts =
        question.kind === 'choice'
          ? question.choices.map((choice) => choice.explanation)
          : [question.correct(c), ...question.traps.map((trap) => trap.explanation(c))];
      for (const text of texts) expect(text, `${question.id}: ${text}`).not.toMatch(verdict);
    }
  });

  it('the number checks take the right answer, and name the misconception behind the traps', () => {
    const c = context();
    const story = LEARNING.story.checks.find((q) => q.id === 'story-parameters')!;
    expect(feedbackFor(story, '2', c).correct).toBe(true);
    expect(feedbackFor(story, '1', c).text).toMatch(/One is not enough/);
    expect(feedbackFor(story, '40', c).text).toMatch(/number of songs/);
    expect(feedbackFor(story, '7', c).text).toMatch(/Count the sliders/);
    expect(feedbackFor(story, 'abc', c)).toMatchObject({ correct: false, text: 'Type a number, for example 12.5.' });

    const sigma = LEARNING.derivatives.checks.find((q) => q.id === 'derivatives-sigma')!;
    const { normal, besselSigma, stats, n } = c.summary;
    expect(feedbackFor(sigma, normal.sigma.toFixed(2), c).correct).toBe(true);
    expect(feedbackFor(sigma, besselSigma.toFixed(2), c).text).toMatch(/n − 1 version/);
    expect(feedbackFor(sigma, (stats.centredSumOfSquares / n).toFixed(2), c).text).toMatch(/σ̂², the variance/);
    expect(feedbackFor(sigma, '3', c).text).toMatch(/Divide the sum of squares by n/);
  });

  it('a number check renders with the learner’s live numbers and answers in the live region', () => {
    const sigma = LEARNING.derivatives.checks.find((q) => q.id === 'derivatives-sigma')!;
    render(<CheckForm question={sigma} />);
    const { summary } = context();
    expect(screen.getByText(new RegExp(`n = ${summary.n}`))).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: summary.normal.sigma.toFixed(2) } });
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText(/^Correct\./)).toBeTruthy();
  });

  it('an unanswered submit gives a hint and is not recorded', () => {
    render(<CheckForm question={LEARNING.story.checks[0]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText(/Pick one of the answers first/)).toBeTruthy();
    expect(useProgressStore.getState().answers).toEqual({});
  });

  it('has no axe violations with feedback shown', async () => {
    const { container } = render(<CheckForm question={LEARNING.likelihood.checks[0]} />);
    fireEvent.click(screen.getAllByRole('radio')[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('predict, then reveal', () => {
  const props = {
    id: 'test-prediction',
    question: 'Which line moves more?',
    options: [
      { id: 'a', label: 'Line A' },
      { id: 'b', label: 'Line B' },
    ],
    answer: 'b',
    reveal: <p>The reveal.</p>,
  };

  it('hides the reveal until a guess is locked in, then shows the guess beside the truth', () => {
    render(<Prediction {...props} />);
    expect(screen.queryByText('The reveal.')).toBeNull();
    expect((screen.getByRole('button', { name: 'Lock in my prediction' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Line A' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lock in my prediction' }));
    expect(screen.getByRole('status').textContent).toMatch(/You predicted: Line A\. What happens: Line B\./);
    expect(screen.getByText('The reveal.')).toBeTruthy();
    expect(useProgressStore.getState().predictions['test-prediction']).toBe('a');
  });

  it('leaves its radios untouched when the section around it renders again (Chromium’s Tab order depends on it)', () => {
    // A new options array and a new reveal on each render, as a chapter section gives them.
    const { rerender, container } = render(<Prediction {...props} options={[...props.options]} />);
    const observer = new MutationObserver(() => {});
    observer.observe(container, { subtree: true, attributes: true });
    const changed = () => observer.takeRecords().map((r) => `${(r.target as Element).tagName} ${r.attributeName}`);
    rerender(<Prediction {...props} options={props.options.map((o) => ({ ...o }))} reveal={<p>The reveal.</p>} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Line A' }));
    changed();
    rerender(<Prediction {...props} options={props.options.map((o) => ({ ...o }))} />);
    expect(changed()).toEqual([]);
    // The choice itself still renders: the submit button is enabled.
    expect((screen.getByRole('button', { name: 'Lock in my prediction' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('“Just show me” skips without a guess', () => {
    render(<Prediction {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Just show me' }));
    expect(screen.getByRole('status').textContent).toMatch(/The answer: Line B\./);
    expect(useProgressStore.getState().predictions).toEqual({});
  });
});

describe('progress', () => {
  it('is complete when the last chapter is reached and its checks answered', () => {
    const store = useProgressStore.getState();
    const ids = checkIdsOf(chapters[chapters.length - 1]);
    expect(isComplete(useProgressStore.getState(), 'residuals', ids)).toBe(false);
    store.see(['residuals']);
    expect(isComplete(useProgressStore.getState(), 'residuals', ids)).toBe(false);
    for (const q of LEARNING.residuals.checks) store.answer(q.id, { given: 'x', correct: false });
    expect(chapterChecks(useProgressStore.getState(), ids)).toEqual({ answered: 3, total: 3 });
    expect(isComplete(useProgressStore.getState(), 'residuals', ids)).toBe(true);
  });

  it('is kept in localStorage and read back field by field, a damaged entry losing only itself', async () => {
    useProgressStore.getState().visit('why-log', '?mu=110');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.last).toEqual({
      section: 'why-log',
      search: '?mu=110',
    });
    useProgressStore.getState().reset(); // as a fresh page would start
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: { visited: { story: 1 }, answers: { a: { given: 'x', correct: true }, b: 'junk' }, last: 5 },
      }),
    );
    await act(() => useProgressStore.persist.rehydrate());
    const state = useProgressStore.getState();
    expect(state.visited).toEqual({ story: true });
    expect(state.answers).toEqual({ a: { given: 'x', correct: true } });
    expect(state.last).toBeNull();
  });

  it('is there as soon as the page loads, from an earlier visit', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, state: { visited: { story: true }, answers: {}, predictions: {}, last: null } }),
    );
    vi.resetModules();
    const fresh = await import('../../src/state/progress');
    expect(fresh.useProgressStore.persist.hasHydrated()).toBe(true);
    expect(fresh.useProgressStore.getState().visited).toEqual({ story: true });
  });

  it('works on, in memory, when storage throws', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      useProgressStore.getState().answer('story-family', { given: 'parameters', correct: true });
      expect(useProgressStore.getState().answers['story-family'].correct).toBe(true);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('offers to continue only on a plain visit with a remembered place', () => {
    const ids = anchorIds;
    expect(resumeOffer(ids, { hash: '', search: '' })).toBeNull();
    useProgressStore.getState().visit('gradient-descent', '?mu=117&sigma=14');
    expect(resumeOffer(ids, { hash: '', search: '' })).toEqual({
      section: 'gradient-descent',
      search: '?mu=117&sigma=14',
    });
    expect(resumeOffer(ids, { hash: '#story', search: '' })).toBeNull();
    expect(resumeOffer(ids, { hash: '', search: '?n=100' })).toBeNull();
    expect(resumeOffer(ids, { hash: '', search: '?theme=dark' })).not.toBeNull();
  });
});

describe('glossary and terms', () => {
  it('links every term to a section that exists', () => {
    render(<Glossary />);
    expect(GLOSSARY.map((g) => g.id).sort()).toEqual(
      [
        'bias',
        'cross-entropy',
        'density',
        'estimator',
        'likelihood',
        'log-likelihood',
        'mle',
        'nll',
        'residual',
        'sampling-distribution',
        'curvature',
        'observed-information',
        'standard-error',
        'confidence-interval',
        'coverage',
      ].sort(),
    );
    for (const entry of GLOSSARY) {
      expect(anchorIds).toContain(entry.taughtIn);
      expect(screen.getByText(entry.term)).toBeTruthy();
    }
  });

  it('shows a definition on focus and on tap, hides it on Escape and blur, and describes the term', () => {
    render(
      <p>
        The <Term id="likelihood">likelihood</Term> of the data.
      </p>,
    );
    const word = screen.getByRole('button', { name: 'likelihood' });
    const tip = screen.getByRole('tooltip', { hidden: true });
    expect(word.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.hidden).toBe(true);
    fireEvent.focus(word);
    expect(tip.hidden).toBe(false);
    fireEvent.keyDown(word, { key: 'Escape' });
    expect(tip.hidden).toBe(true);
    fireEvent.click(word);
    expect(tip.hidden).toBe(false);
    fireEvent.blur(word);
    expect(tip.hidden).toBe(true);
  });
});
