import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { loadChapters, type ChapterComponent, type ChapterEntry } from './manifest';

/**
 * Which chapters render. The first chapter's code is in the first bundle; the others come
 * in their own chunks (with the charting library and KaTeX), so the first screen never
 * waits for them. A later chapter renders when the reader comes near it (and every chapter
 * before it with it, so nothing above the reader changes height); all of
 * them render at once when the reader needs them: arriving by a deep link, one chapter
 * embedded, presenting, resuming, following a link, moving with Tab, searching the page
 * or printing.
 * Their code is fetched at the reader's first interaction, ahead of need.
 */
export function useChapterCode(shown: readonly ChapterEntry[], urgentOnArrival: boolean) {
  const firstLater = shown.findIndex((c) => c.load);
  const inFirstBundle = firstLater < 0 ? shown.length : firstLater;
  const [wanted, setWanted] = useState(urgentOnArrival ? shown.length : inFirstBundle);
  const [fetching, setFetching] = useState(false);
  // Every shown chapter's component, once the later ones' code has arrived.
  const [components, setComponents] = useState<Record<string, ChapterComponent> | null>(() =>
    inFirstBundle === shown.length ? Object.fromEntries(shown.map((c) => [c.id, c.Component!])) : null,
  );
  const rendered = components ? wanted : inFirstBundle;
  const done = rendered >= shown.length;

  useEffect(() => {
    if (components || !(fetching || wanted > inFirstBundle)) return;
    let live = true;
    void loadChapters(shown).then((loaded) => live && setComponents(loaded));
    return () => void (live = false);
    // The chapters shown are fixed for the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [components, fetching, wanted]);

  const renderAll = useCallback(() => setWanted(shown.length), [shown.length]);
  /**
   * Renders the chapters up to this one (an index into `shown`). Not in a transition: the
   * scroll spy updates the shell at every scroll step, and each update would restart a
   * transition's render, so a reader scrolling steadily on a slow phone could starve it.
   */
  const renderUpTo = useCallback((index: number) => setWanted((n) => Math.max(n, index + 1)), []);

  useEffect(() => {
    if (done) return;
    const fetchAhead = () => setFetching(true);
    const onKey = (event: KeyboardEvent) => {
      fetchAhead();
      // Find in page searches what is rendered, and Tab moves through what is rendered:
      // render everything, so that neither skips a chapter.
      if (event.key === 'Tab' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f')) renderAll();
    };
    const firstMoves = ['scroll', 'pointerdown', 'touchstart', 'wheel'] as const;
    for (const type of firstMoves) window.addEventListener(type, fetchAhead, { once: true, passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      for (const type of firstMoves) window.removeEventListener(type, fetchAhead);
      window.removeEventListener('keydown', onKey);
    };
  }, [done, renderAll]);

  useEffect(() => {
    // A printout holds every chapter: render the rest before the browser lays out the pages
    // (their charts read their width as they mount, so they are drawn too).
    const beforePrint = () => flushSync(renderAll);
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [renderAll]);

  /** The component of a rendered chapter. */
  const componentOf = useCallback(
    (entry: ChapterEntry): ChapterComponent => entry.Component ?? components![entry.id],
    [components],
  );
  return { rendered, componentOf, renderAll, renderUpTo };
}
