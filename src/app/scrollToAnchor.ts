/**
 * Scrolls to a chapter or section and moves focus there. Called explicitly rather than
 * left to the browser: inside an auto-sized iframe, #fragment navigation scrolls nothing.
 */
export function scrollToAnchor(id: string, { focus = true } = {}): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  if (focus) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
  return true;
}
