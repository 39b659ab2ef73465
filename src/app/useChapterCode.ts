import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from '../ui/afterNextPaint';
import { drawWaitingChartsNow, loadCharts } from '../ui/charts/deferredCharts';
import { loadTypesetter } from '../ui/liveFormulas';
import { Stager } from '../ui/Staged';
import { loadChapter, type ChapterComponent, type ChapterEntry } from './manifest';

/**
 * How the reader arrives: at the top of the page (`top`), by a link to one chapter or a
 * section in it (the chapter's index in `shown`), or needing every chapter at once (`all`:
 * presenting, resuming, in a frame sized to its content, which has no screen to come near).
 */
export type Arrival = 'top' | 'all' | number;

/**
 * The chapters after a linked one, and before it, nearest first: the order in which the rest
 * of the page arrives in idle time once the linked chapter is on screen.
 */
function outwardFrom(start: number, count: number): number[] {
  const order: number[] = [];
  for (let step = 1; order.length < count - 1; step++) {
    if (start + step < count) order.push(start + step);
    if (start - step >= 0) order.push(start - step);
  }
  return order;
}

/**
 * Which chapters render. The first chapter's code is in the first bundle; the others come
 * in their own chunks (with the charting library and KaTeX), so the first screen never
 * waits for them.
 *
 * - From the top, a later chapter renders when the reader comes near it (and every chapter
 *   before it with it, so nothing above the reader changes height).
 * - By a link to a chapter or section, that chapter alone renders first, so that the reader
 *   sees it as soon as its code is in; the others then arrive in idle time, one at a time,
 *   nearest first, each in a transition (rendered in slices that leave the page responsive).
 *   Within each chapter, the parts away from the target arrive the same way (the returned
 *   `stager`, ui/Staged). While they arrive, the landing (ui/scrollToAnchor) holds the target
 *   in place.
 * - Everything renders at once when the reader needs it: presenting, resuming, in a frame,
 *   following a link, moving with Tab, searching the page or printing.
 *
 * Code still missing is fetched at the reader's first interaction, ahead of need, with the
 * charts' kit (ui/charts/deferredCharts).
 */
export function useChapterCode(shown: readonly ChapterEntry[], arrival: Arrival, linkedId: string | null) {
  // After a link, the parts of each chapter arrive one by one too, the linked section first.
  const [stager] = useState(() => (typeof arrival === 'number' ? new Stager(linkedId ?? shown[arrival].id) : null));
  const [wanted, setWanted] = useState<readonly boolean[]>(() =>
    shown.map((c, i) => (arrival === 'all' ? true : arrival === 'top' ? Boolean(c.Component) : i === arrival)),
  );
  const [fetchAll, setFetchAll] = useState(false);
  // The components whose code has arrived (the first bundle's from the start).
  const [components, setComponents] = useState<Readonly<Record<string, ChapterComponent>>>(() =>
    Object.fromEntries(shown.filter((c) => c.Component).map((c) => [c.id, c.Component!])),
  );
  const isRendered = useCallback(
    (index: number) => {
      const ready = (i: number) => wanted[i] && components[shown[i].id] !== undefined;
      // From the top, chapters appear in order: one whose code came first waits for those above it.
      return arrival === 'top' ? shown.every((_, i) => i > index || ready(i)) : ready(index);
    },
    [arrival, wanted, components, shown],
  );
  const renderedCount = shown.filter((_, i) => isRendered(i)).length;
  const done = renderedCount === shown.length;

  // Fetches the code of every chapter wanted that has not arrived, and of all the others ahead
  // of need: at the reader's first move, or once a linked chapter is on screen.
  const linkedIsIn = typeof arrival === 'number' && isRendered(arrival);
  useEffect(() => {
    const missing = shown.filter((c, i) => (fetchAll || linkedIsIn || wanted[i]) && !components[c.id]);
    if (missing.length === 0) return;
    let live = true;
    const fetchMissing = () => {
      for (const entry of missing) {
        void loadChapter(entry).then((Component) => {
          if (!live) return;
          const add = () => setComponents((loaded) => ({ ...loaded, [entry.id]: Component }));
          // After a link, a chapter's first render is a transition: rendered in slices, it
          // leaves the page responsive (from the top, the reader waits for it, scrolling).
          if (stager) startTransition(add);
          else add();
        });
      }
    };
    // Only ahead of need, after a link: once the linked chapter has been painted, so that
    // its text (the page's largest paint) never waits for their download.
    const aheadOfNeed = !fetchAll && missing.every((c) => !wanted[shown.indexOf(c)]);
    const cancel = aheadOfNeed ? afterNextPaint(fetchMissing) : (fetchMissing(), () => {});
    return () => {
      live = false;
      cancel();
    };
  }, [shown, wanted, fetchAll, linkedIsIn, components, stager]);

  // After a link's chapter is on screen: the rest, one chapter at a time, each taking its turn
  // with the parts of the chapters already in (one thing arriving per frame: ui/Staged).
  useEffect(() => {
    if (!stager || typeof arrival !== 'number' || !isRendered(arrival)) return;
    const next = outwardFrom(arrival, shown.length).find((i) => !wanted[i]);
    if (next === undefined) return;
    // Its code is on its way (fetched once the linked chapter is on screen): this runs again when it arrives.
    if (!components[shown[next].id]) return;
    return stager.takeTurn(() => startTransition(() => setWanted((w) => w.map((on, i) => on || i === next))));
  }, [stager, arrival, isRendered, wanted, components, shown]);
  // A chapter taking its turn has rendered.
  useEffect(() => {
    stager?.turnArrived();
  }, [stager, renderedCount]);

  const renderAll = useCallback(() => {
    setWanted((w) => w.map(() => true));
    stager?.releaseAll();
    drawWaitingChartsNow();
  }, [stager]);
  /**
   * Renders a chapter the reader has come near (an index into `shown`), and from the top every
   * chapter above it too. Not in a transition: the scroll spy updates the shell at every
   * scroll step, and each update would restart a transition's render, so a reader scrolling
   * steadily on a slow phone could starve it.
   */
  const renderNear = useCallback(
    (index: number) =>
      setWanted((w) => {
        const near = (i: number) => i === index || (arrival === 'top' && i < index);
        return w.every((on, i) => on || !near(i)) ? w : w.map((on, i) => on || near(i));
      }),
    [arrival],
  );
  /**
   * Whether a placeholder renders its chapter when the reader comes near: from the top only
   * the next one (the reader reads down); after a link only once the linked chapter is on
   * screen (before, every placeholder is on screen at once).
   */
  const respondsToReader = useCallback(
    (index: number) =>
      arrival === 'top' ? index === renderedCount : typeof arrival === 'number' && isRendered(arrival),
    [arrival, renderedCount, isRendered],
  );

  useEffect(() => {
    if (done) return;
    const fetchAhead = () => {
      setFetchAll(true);
      // With the chapters' code, not after it: a page printed once it is all in has its charts
      // and its formulas.
      loadCharts().catch(() => {});
      loadTypesetter().catch(() => {});
    };
    const onKey = (event: KeyboardEvent) => {
      fetchAhead();
      // Find in page searches what is rendered, and Tab moves through what is rendered:
      // render everything, so that neither skips a chapter.
      if (event.key === 'Tab' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f')) renderAll();
    };
    // Not 'scroll': a link's landing scrolls the page itself, and fetching everything then would
    // compete with the linked text's first paint. A reader's own scroll starts with one of these
    // (or a key).
    const firstMoves = ['pointerdown', 'touchstart', 'wheel'] as const;
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

  /** The component of a chapter, or null while it holds its place (not wanted yet, or its code on its way). */
  const componentOf = useCallback(
    (index: number): ChapterComponent | null => (isRendered(index) ? components[shown[index].id] : null),
    [isRendered, components, shown],
  );
  return { renderedCount, done, componentOf, renderAll, renderNear, respondsToReader, stager };
}
