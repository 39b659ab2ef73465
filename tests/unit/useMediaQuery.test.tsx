import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from '../../src/state/useMediaQuery';

afterEach(() => vi.restoreAllMocks());

/** A media query list whose answer the test sets, telling its listeners as a browser would. */
function fakeList(query: string) {
  const target = new EventTarget();
  const list = Object.assign(target, { media: query, matches: false }) as unknown as MediaQueryList & {
    matches: boolean;
  };
  return list;
}

function Probe({ query, renders }: { query: string; renders: number }) {
  const matches = useMediaQuery(query);
  return <span data-testid="probe">{`${renders} ${matches ? 'matches' : 'does not match'}`}</span>;
}

describe('useMediaQuery', () => {
  it('follows the query, and renders again and again without asking the browser for a new list', () => {
    const query = '(min-width: 1234px)';
    const list = fakeList(query);
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(() => list);
    const { rerender } = render(<Probe query={query} renders={0} />);
    for (let i = 1; i < 10; i++) rerender(<Probe query={query} renders={i} />);
    expect(screen.getByTestId('probe').textContent).toBe('9 does not match');
    act(() => {
      (list as { matches: boolean }).matches = true;
      list.dispatchEvent(new Event('change'));
    });
    expect(screen.getByTestId('probe').textContent).toBe('9 matches');
    expect(matchMedia.mock.calls.filter(([q]) => q === query)).toHaveLength(1);
  });
});
