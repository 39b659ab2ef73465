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
function whenPresent(id: string, then: () => void): () => void {
  let frame = 0;
  let framesLeft = 120;
  const check = () => {
    if (document.getElementById(id)?.closest('.chapter-placeholder') === null || framesLeft-- <= 0) then();
    else frame = requestAnimationFrame(check);
  };
  check();
  return () => cancelAnimationFrame(frame);
}

/**
 * Makes the target the browser's scroll anchor while a landing lasts: what stands before it
 * (at its level and at each of its ancestors') is taken out of anchor selection, and the
 * target and its ancestors are marked for the stylesheet (chapters arriving meanwhile are taken
 * out too). Then, as content above the target arrives, the browser keeps the target still
 * within the same layout, as a scroll (a jump after the layout, from the ResizeObserver,
 * would count as the target moving: a layout shift). Also marks the chapter just above the
 * target's (`data-landing-above`, clipped away by the stylesheet): its last pixels stand under
 * the sticky navigation, and its parts arriving would grow it upwards in view, a layout shift.
 * `remark` moves that mark to the chapter now there, every frame before the frame's style: its
 * placeholder is replaced by the chapter meanwhile, and the new element is marked before its
 * first paint. `undo` undoes it all.
 */
function anchorOn(id: string): { remark: () => void; undo: () => void } {
  const target = document.getElementById(id);
  const content = document.querySelector('main');
  if (!target || !content?.contains(target)) return { remark: () => {}, undo: () => {} };
  const path: HTMLElement[] = [];
  const before: HTMLElement[] = [];
  for (let element: HTMLElement | null = target; element && element !== content; element = element.parentElement) {
    if (element !== target) path.push(element);
    for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
      if (sibling instanceof HTMLElement) before.push(sibling);
  }
  path.push(content);
  target.dataset.landingTarget = '';
  for (const element of path) element.dataset.landingPath = '';
  for (const element of before) element.style.overflowAnchor = 'none';
  const chapter = path.at(-2) ?? target; // path ends with the chapter, then the content
  let above: HTMLElement | null = null;
  const unmarkAbove = () => {
    if (above) delete above.dataset.landingAbove;
    above = null;
  };
  const remark = () => {
    const now = chapter.previousElementSibling;
    if (now === above) return;
    unmarkAbove();
    if (now instanceof HTMLElement) {
      above = now;
      above.dataset.landingAbove = '';
    }
  };
  remark();
  return {
    remark,
    undo: () => {
      delete target.dataset.landingTarget;
      for (const element of path) delete element.dataset.landingPath;
      for (const element of before) element.style.removeProperty('overflow-anchor');
      unmarkAbove();
    },
  };
}

/** Inputs by which the reader takes over: a landing stops jumping at the first of them. */
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/**
 * Frames in a row with every chapter rendered, the fonts in and no change of layout, after
 * which a landing is over. Charts measure themselves within a frame or two of rendering.
 */
const QUIET_FRAMES = 10;

/** Stops the landing in progress; the next one calls it first, so only one ever jumps. */
let stopLanding = () => {};

/**
 * Goes to a chapter or section and keeps it at the top while the page above it settles
 * (charts measuring their width, KaTeX's fonts arriving, later chapters' code arriving):
 * every change of the content's size jumps again, until the layout has been quiet for a few
 * frames, the reader moves on their own, or another navigation begins. Each navigation
 * cancels the re-jumps of the one before, so a followed link is never pulled back to an
 * earlier target. Calls `onSettled` once the landing is over, however it ended, unless it
 * was cancelled by the function returned (a component that started it unmounting).
 * While it lasts, <html data-landing="id"> says so (a test hook: tests wait for its end).
 */
export function landOn(
  id: string,
  {
    focus = true,
    instant = false,
    onSettled = () => {},
  }: { focus?: boolean; instant?: boolean; onSettled?: () => void } = {},
): () => void {
  stopLanding();
  let frame = 0;
  let quietFrames = 0;
  let over = false;
  /** The content's height when last jumped for. */
  let jumpedAtHeight = NaN;
  const content = document.querySelector('main') ?? document.body;
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          // Only a change of height moves the target. The first report gives the size at the
          // moment of observing: if nothing has moved since, jumping now would cut short a
          // smooth scroll under way; if something has (content that arrived in between),
          // the jump is due like any other.
          const height = content.getBoundingClientRect().height;
          if (height === jumpedAtHeight) return;
          jumpedAtHeight = height;
          quietFrames = 0;
          scrollToAnchor(id, { focus: false, instant: true });
        })
      : null;
  const stop = (settled = true) => {
    if (over) return;
    over = true;
    delete document.documentElement.dataset.landing;
    anchor.undo();
    cancelPresent();
    cancelAnimationFrame(frame);
    observer?.disconnect();
    for (const type of READER_MOVES) window.removeEventListener(type, onReaderMove, true);
    if (settled) onSettled();
  };
  const onReaderMove = () => stop();
  let anchor = { remark: () => {}, undo: () => {} };
  let lastScrollY = NaN;
  const countQuietFrames = () => {
    anchor.remark();
    // A smooth scroll still gliding is not quiet: its end was aimed when it began.
    const still = window.scrollY === lastScrollY;
    lastScrollY = window.scrollY;
    const settled = still && !document.querySelector('.chapter-placeholder') && document.fonts?.status !== 'loading';
    quietFrames = settled ? quietFrames + 1 : 0;
    if (quietFrames >= QUIET_FRAMES) {
      // A smooth scroll aims at where the target was when it began; a few pixels of layout
      // that moved meanwhile without changing the content's size (nothing to report) would
      // leave it short. One last instant jump lands it exactly; where it already is, nothing moves.
      scrollToAnchor(id, { focus: false, instant: true });
      stop();
    } else frame = requestAnimationFrame(countQuietFrames);
  };
  const cancelPresent = whenPresent(id, () => {
    anchor = anchorOn(id);
    scrollToAnchor(id, { focus, instant });
    jumpedAtHeight = content.getBoundingClientRect().height;
    observer?.observe(content);
    frame = requestAnimationFrame(countQuietFrames);
  });
  for (const type of READER_MOVES) window.addEventListener(type, onReaderMove, { capture: true, passive: true });
  stopLanding = stop;
  document.documentElement.dataset.landing = id;
  return () => stop(false);
}
