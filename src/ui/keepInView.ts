/**
 * Keeping a figure in view with the control that moves it, when the control is reached with
 * the keyboard. Alone, the browser scrolls a focused control to the middle of the window, and
 * on a phone that leaves the top of the chart above it under the sticky navigation: the reader
 * moves the lines without seeing them.
 */

let lastInput: 'keyboard' | 'pointer' = 'pointer';
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (lastInput = 'keyboard'), true);
  document.addEventListener('pointerdown', () => (lastInput = 'pointer'), true);
}

/** Whether the latest input was a key (Tab, Shift+Tab), not a pointer: a click must not scroll the page under it. */
export const lastInputWasKeyboard = () => lastInput === 'keyboard';

/** Room kept between the focused control and the bottom of the window, in px. */
const GAP = 8;

/** Whether a figure's top and a control's bottom fit in the window together under its `cover`. */
const fitTogether = (top: number, bottom: number, cover: number, height: number) =>
  bottom - top <= height - cover - GAP;

/**
 * How far to scroll (px, down positive) so that a figure whose top is at `top` and a control
 * whose bottom is at `bottom` (both from the top of the window) are in view together, under
 * the `cover` of sticky navigation: the least scroll that does it, 0 if they are already in
 * view, and 0 if they cannot be together (the control alone then matters).
 */
export function scrollToShow(top: number, bottom: number, cover: number, height: number): number {
  if (!fitTogether(top, bottom, cover, height)) return 0;
  if (top < cover) return top - cover;
  if (bottom > height - GAP) return bottom - height + GAP;
  return 0;
}

/**
 * Scrolls the window so that `figure` and, below it, the first of `below` that fits with it
 * (the whole group of controls, else the focused one) are in view together.
 */
export function keepInView(figure: Element | null, below: Element[]) {
  if (!figure) return;
  // The sticky navigation's height, as the page already tells the browser (scroll-padding-top).
  const cover = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const top = figure.getBoundingClientRect().top;
  const bottoms = below.map((element) => element.getBoundingClientRect().bottom);
  const bottom = bottoms.find((b) => fitTogether(top, b, cover, window.innerHeight));
  if (bottom === undefined) return;
  const delta = scrollToShow(top, bottom, cover, window.innerHeight);
  if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
}
