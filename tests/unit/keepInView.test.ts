import { describe, expect, it } from 'vitest';
import { scrollToShow } from '../../src/ui/keepInView';

// A phone: 844 px tall, 51 px of sticky navigation at the top, 8 px kept free at the bottom.
const [cover, height] = [51, 844];

describe('scrollToShow: the least scroll that shows a figure and a control together', () => {
  it('leaves the page alone when both are in view', () => {
    expect(scrollToShow(60, 700, cover, height)).toBe(0);
  });
  it('scrolls up until the figure’s top clears the navigation', () => {
    expect(scrollToShow(-30, 600, cover, height)).toBe(-81);
  });
  it('scrolls down until the control’s bottom is in the window', () => {
    expect(scrollToShow(400, 1000, cover, height)).toBe(164);
  });
  it('does nothing when the two cannot be in view together', () => {
    expect(scrollToShow(-300, 600, cover, height)).toBe(0);
  });
});
