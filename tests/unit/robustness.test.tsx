import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Tex } from '../../src/ui/Tex';
import { parseData } from '../../src/model/parseData';
import { parseUrl } from '../../src/state/url';
import { hashId } from '../../src/state/urlSync';
import { MAX_N } from '../../src/model/limits';
import { hostile, stateParams } from '../fuzz/hostile.mjs';
import { renderWithChapters } from './renderWithChapters';

vi.mock('../../src/features/widget/LikelihoodWidget', () => ({
  LikelihoodWidget: () => {
    throw new Error('forced failure in the widget');
  },
}));

describe('a failing chapter', () => {
  it('shows a friendly message with a reload link, and every other chapter keeps working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { App } = await import('../../src/app/App');
    await renderWithChapters(<App />);
    const failed = document.getElementById('likelihood')!;
    expect(failed.textContent).toMatch(/something went wrong in this chapter/);
    expect(screen.getByRole('link', { name: 'Reload the page' })).toBeTruthy();
    for (const id of ['story', 'assumption', 'derivatives', 'uncertainty', 'residuals'])
      expect(document.getElementById(id)!.querySelector('.chapter__title')).not.toBeNull();
    expect(document.getElementById('slope-zero')).not.toBeNull();
    warn.mockRestore();
    error.mockRestore();
  });
});

describe('KaTeX runs with safe settings', () => {
  it('does not make links from \\href, and stops a macro bomb', () => {
    const { container } = render(<Tex>{String.raw`\href{javascript:alert(1)}{click}`}</Tex>);
    expect(container.querySelector('a')).toBeNull();
    const bomb = String.raw`\def\a{\a\a}\a`;
    expect(() => render(<Tex>{bomb}</Tex>)).not.toThrow();
  });
});

describe('fuzzed inputs', () => {
  it('1,000 random and hostile query strings: never a throw, always a valid state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stateParams, hostile), { maxLength: 8 }), (pairs) => {
        const search = `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
        const { state, notes } = parseUrl(search);
        expect(Number.isInteger(state.seed) && state.seed >= 0).toBe(true);
        expect(Number.isInteger(state.n) && state.n >= 1 && state.n <= MAX_N).toBe(true);
        expect(Number.isFinite(state.mu) && Number.isFinite(state.sigma) && state.sigma > 0).toBe(true);
        expect(['auto', 'light', 'dark']).toContain(state.theme);
        expect(['normal', 'laplace', 'lognormal']).toContain(state.family);
        if (state.custom) expect(state.custom.values.every(Number.isFinite)).toBe(true);
        expect(Array.isArray(notes)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('raw, undecoded query strings and repeated keys never throw either', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        expect(() => parseUrl(raw)).not.toThrow();
        expect(() => parseUrl(`?mu=1&mu=${raw}&sigma=${raw}&sigma=2`)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('1,000 random and hostile hashes: hashId never throws: the decoded id, or none when malformed', () => {
    const pieces = fc.constantFrom('%', '%E0', '%A4', '%A', '%25', '%23', '#', '"', "'", '<', '>', 'why-log', '𝜇', ' ');
    fc.assert(
      fc.property(
        fc.oneof(
          hostile,
          fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
        ),
        (raw) => {
          let decoded = '';
          try {
            decoded = decodeURIComponent(raw);
          } catch {
            // Malformed percent-encoding names no id.
          }
          expect(hashId(`#${raw}`)).toBe(decoded);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('1,000 random pasted texts: a dataset or a message, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostile,
          fc.array(hostile, { maxLength: 20 }).map((a) => a.join('\n')),
        ),
        (text) => {
          const result = parseData(text);
          if (result.ok) expect(result.values.length >= 2 && result.values.every(Number.isFinite)).toBe(true);
          else expect(result.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
