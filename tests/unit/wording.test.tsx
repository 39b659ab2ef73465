import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { TALKING_POINTS } from '../../src/app/presenter/talkingPoints';
import { GLOSSARY } from '../../src/features/learning/content';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { renderWithChapters } from './renderWithChapters';

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

/**
 * Wording that misleads, wherever it appears: parameters are not "probable" (they have a
 * likelihood), and "closer to zero is better" stops being true once ℓ is positive.
 */
const MISLEADING = [/\bmost probable\b/i, /\bas probable as possible\b/i, /closer to zero is better/i];

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
