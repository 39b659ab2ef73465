import { useEffect } from 'react';
import type { ChapterEntry } from '../chapters/manifest';
import type { FrameBridge } from './frameBridge';

/**
 * Tells the embedding page where the reader is. A host often sizes the frame to its content,
 * so the frame itself never scrolls: what the reader sees is found with an
 * IntersectionObserver, which measures against the browser window even inside frames.
 * The first section in view is the reader's position; reaching the last chapter completes it.
 */
export function useFrameProgress(bridge: FrameBridge | null, shown: ChapterEntry[]) {
  useEffect(() => {
    if (!bridge || typeof IntersectionObserver !== 'function') return;
    const order = shown.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]);
    const chapterOf = new Map(
      shown.flatMap((c) => [[c.id, c.id] as const, ...c.sections.map((s) => [s.id, c.id] as const)]),
    );
    const sectionIds = new Set(shown.flatMap((c) => c.sections.map((s) => s.id)));
    const lastChapter = shown[shown.length - 1].id;
    const visible = new Set<string>();
    let completed = false;
    let reported = '';
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      }
      const section = order.find((id) => visible.has(id) && sectionIds.has(id)) ?? null;
      const chapter = section ? chapterOf.get(section)! : order.find((id) => visible.has(id) && !sectionIds.has(id));
      if (!chapter) return;
      completed ||= chapter === lastChapter;
      const key = `${chapter}:${section}:${completed}`;
      if (key === reported) return;
      reported = key;
      bridge.reportProgress(chapter, section, completed);
    });
    for (const id of order) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [bridge, shown]);
}
