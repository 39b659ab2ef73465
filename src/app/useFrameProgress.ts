import { useEffect } from 'react';
import { checkIdsOf, type ChapterEntry } from './manifest';
import type { FrameBridge } from '../features/embed/frameBridge';
import { isComplete, useProgressStore } from '../state/progress';

/**
 * Tells the embedding page where the reader is. A host often sizes the frame to its content,
 * so the frame itself never scrolls: what the reader sees is found with an
 * IntersectionObserver, which measures against the browser window even inside frames.
 * The first section in view is the reader's position. "Completed" comes from the learner's
 * progress: the last chapter reached and its checks answered. The sections are observed
 * again as later chapters render (`rendered` counts them).
 */
export function useFrameProgress(bridge: FrameBridge | null, shown: readonly ChapterEntry[], rendered: number) {
  useEffect(() => {
    if (!bridge || typeof IntersectionObserver !== 'function') return;
    const order = shown.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]);
    const chapterOf = new Map(
      shown.flatMap((c) => [[c.id, c.id] as const, ...c.sections.map((s) => [s.id, c.id] as const)]),
    );
    const sectionIds = new Set(shown.flatMap((c) => c.sections.map((s) => s.id)));
    const lastChapter = shown[shown.length - 1];
    const visible = new Set<string>();
    let reported = '';
    let position: { chapter: string; section: string | null } | null = null;
    const report = () => {
      if (!position) return;
      const completed = isComplete(useProgressStore.getState(), lastChapter.id, checkIdsOf(lastChapter));
      const key = `${position.chapter}:${position.section}:${completed}`;
      if (key === reported) return;
      reported = key;
      bridge.reportProgress(position.chapter, position.section, completed);
    };
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      }
      const section = order.find((id) => visible.has(id) && sectionIds.has(id)) ?? null;
      const chapter = section ? chapterOf.get(section)! : order.find((id) => visible.has(id) && !sectionIds.has(id));
      if (!chapter) return;
      position = { chapter, section };
      report();
    });
    // Answering the last check completes the lesson without any scrolling.
    const unsubscribe = useProgressStore.subscribe(report);
    for (const id of order) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [bridge, shown, rendered]);
}
