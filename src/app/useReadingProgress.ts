import { useEffect } from 'react';
import type { ChapterEntry } from './manifest';
import { useLabStore } from '../state/store';
import { useProgressStore } from '../state/progress';
import { serializeUrl } from '../state/url';

/** How long the sliders rest before "where you left off" takes their position. */
const REMEMBER_DELAY_MS = 400;

/** The query string of the reader's state now, as a link would carry it (not the address, which follows later). */
const currentSearch = () => serializeUrl(useLabStore.getState(), window.location.search);

/**
 * Records what the learner has seen (every chapter and section that comes into view, by an
 * IntersectionObserver, which works inside auto-sized frames where the page never scrolls)
 * and where they are (the navigation's current section), with their slider state, for
 * "continue where you left off".
 */
export function useReadingProgress(shown: readonly ChapterEntry[], active: string | null, rendered: number) {
  // Where the learner is: the section the navigation marks as current.
  useEffect(() => {
    if (active) useProgressStore.getState().visit(active, currentSearch());
  }, [active]);

  useEffect(() => {
    if (typeof IntersectionObserver !== 'function') return;
    const order = shown.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]);
    const sectionIds = new Set(shown.flatMap((c) => c.sections.map((s) => s.id)));
    const visible = new Set<string>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      }
      const { see, visit, last } = useProgressStore.getState();
      see([...visible]);
      // Without a scrolling page (an auto-sized frame) there is no current section from the
      // navigation: the first section on screen stands in.
      const here = order.find((id) => visible.has(id) && sectionIds.has(id));
      if (here && !last) visit(here, currentSearch());
    });
    for (const id of order) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
    // Observed again as later chapters render (`rendered` counts them).
  }, [shown, rendered]);

  // Slider moves within a section update the remembered position's query string.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useLabStore.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => useProgressStore.getState().rememberSearch(currentSearch()), REMEMBER_DELAY_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
}
