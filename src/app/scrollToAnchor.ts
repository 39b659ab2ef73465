/**
 * Scrolls to a chapter or section and moves focus there. Called explicitly rather than
 * left to the browser: inside an auto-sized iframe, #fragment navigation scrolls nothing.
 */
export function scrollToAnchor(id: string, { focus = true, instant = false } = {}): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  // 'auto' follows the CSS scroll-behavior (smooth unless the reader asked for reduced motion).
  target.scrollIntoView({ block: 'start', behavior: instant ? 'instant' : 'auto' });
  if (focus) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
  return true;
}

/**
 * Calls `then` once the element with this id has rendered (a later chapter holds its place
 * with a placeholder of the same id until its code has arrived), or after about two seconds
 * of frames in any case. Returns a cancel function.
 */
export function whenPresent(id: string, then: () => void): () => void {
  let frame = 0;
  let framesLeft = 120;
  const check = () => {
    if (document.getElementById(id)?.closest('.chapter-placeholder') === null || framesLeft-- <= 0) then();
    else frame = requestAnimationFrame(check);
  };
  check();
  return () => cancelAnimationFrame(frame);
}
