import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChapterNav } from '../../src/app/ChapterNav';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the chapter bar, which scrolls sideways on narrow screens', () => {
  it('brings the section being read into view as the reader scrolls on', () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollLeft', 'set');
    const { rerender } = render(<ChapterNav active="story" />);
    scrolled.mockClear();
    rerender(<ChapterNav active="regression" />);
    expect(scrolled).toHaveBeenCalled();
  });

  it('stays put while the keyboard is in it, so the focused link never slides out of sight', () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollLeft', 'set');
    const { rerender } = render(<ChapterNav active="story" />);
    screen.getByRole('link', { name: 'Fitting a line' }).focus();
    scrolled.mockClear();
    // Focus moving through the bar scrolls the page, and the section being read changes.
    rerender(<ChapterNav active="likelihood-widget" />);
    expect(scrolled).not.toHaveBeenCalled();
  });
});
