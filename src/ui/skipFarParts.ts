import { useEffect } from 'react';
import { whenIdle } from './whenIdle';

/** The parts of the page the browser may skip while they are far from the screen. */
export const SKIPPABLE_PARTS = 'main .section, main .chapter-end, main .chapter > .figure-frame, main .glossary';

/**
 * How far from the screen a part must be to be made skippable: a part the browser skips for
 * the first time may stay undrawn for a frame, which must never be a frame the reader sees.
 */
const FAR = '150% 0px';

/**
 * Lets the browser skip the layout and painting of the page's parts that are far from the
 * screen (CSS `content-visibility: auto`, switched on by the `data-skippable` attribute).
 * A slider step then lays out and paints the part it changes and the ones near the screen,
 * not the whole 50,000-pixel page: 1.3 ms less of every frame at the widget (measured).
 *
 * Switched on once every part has arrived and any landing on a linked section is over, in
 * idle time, for each part as it is first seen far from the screen (see skipWhenFar).
 * Find in page still finds skipped text (the browser draws the part it lands in), and
 * presenting and printing lay out every part (styles.css).
 */
export function useSkipFarParts(pageArrived: boolean): void {
  useEffect(() => {
    if (!pageArrived) return;
    let stop = () => {};
    const tryNow = () => {
      // A part still arriving, or a landing still holding its target: later, when idle again.
      if (document.querySelector('.chapter-placeholder') || document.documentElement.dataset.landing) {
        stop = whenIdle(tryNow);
        return;
      }
      stop = skipWhenFar(document);
    };
    stop = whenIdle(tryNow);
    return () => stop();
  }, [pageArrived]);
}

/**
 * Marks each part as skippable the first time it is seen far from the screen, keeping the
 * height it has then while it is skipped (`contain-intrinsic-size: auto <height>`): nothing
 * moves as it becomes skipped, and a part the reader scrolls back to comes back at the
 * height it had. Returns what stops watching the parts not marked yet.
 */
export function skipWhenFar(root: ParentNode): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      // Every height read before any part is changed: a read after a change restyles the page
      // (one style recalculation per part, 30–50 ms in all, against one).
      const far = entries
        .filter((entry) => !entry.isIntersecting)
        .map((entry) => {
          const part = entry.target as HTMLElement;
          return { part, height: contentHeight(part, entry.boundingClientRect.height) };
        });
      for (const { part, height } of far) {
        observer.unobserve(part);
        part.style.setProperty('contain-intrinsic-size', `auto ${height}px`);
        part.dataset.skippable = 'true';
      }
    },
    { rootMargin: FAR },
  );
  for (const part of root.querySelectorAll<HTMLElement>(SKIPPABLE_PARTS))
    if (part.dataset.skippable === undefined) observer.observe(part);
  return () => observer.disconnect();
}

/**
 * The height of a part's content box, from its border box's: what `contain-intrinsic-size`
 * stands for (the browser adds the padding and borders around it).
 */
function contentHeight(part: HTMLElement, borderBoxHeight: number): number {
  const style = getComputedStyle(part);
  const edges = ['padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width'];
  return edges.reduce((height, edge) => height - (parseFloat(style.getPropertyValue(edge)) || 0), borderBoxHeight);
}
