import { useEffect, useRef, useState } from 'react';
import { hashId } from '../state/urlSync';
import { scrollToAnchor, whenPresent } from './scrollToAnchor';

/**
 * Jumps to the page's #id once it has rendered, and again whenever something above it may
 * have moved it (charts measuring their width, KaTeX's fonts arriving, later chapters'
 * code arriving), until the reader starts moving on their own. Returns true once the page
 * has settled, when the hash may start to follow the reader.
 */
export function useDeepLink(shownIds: string[], allRendered: boolean): boolean {
  const readerMoved = useRef(false);
  const [settled, setSettled] = useState(false);

  useEffect(() => {
    const onReaderMove = () => (readerMoved.current = true);
    const moves = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const type of moves) window.addEventListener(type, onReaderMove, { once: true, passive: true });
    return () => {
      for (const type of moves) window.removeEventListener(type, onReaderMove);
    };
  }, []);

  useEffect(() => {
    const id = hashId();
    const jump = () => {
      if (!readerMoved.current && shownIds.includes(id)) scrollToAnchor(id, { focus: false, instant: true });
    };
    let frame = 0;
    const cancel = shownIds.includes(id)
      ? whenPresent(id, () => {
          jump();
          frame = requestAnimationFrame(() => (frame = requestAnimationFrame(jump)));
          void document.fonts?.ready.then(jump);
        })
      : () => {};
    const timer = allRendered ? setTimeout(() => setSettled(true), 400) : 0;
    return () => {
      cancel();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // shownIds is fixed for the life of the page (the view is read once from the URL).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [allRendered]);

  useEffect(() => {
    const onHashChange = () => {
      const next = hashId();
      if (shownIds.includes(next)) scrollToAnchor(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [shownIds]);

  return settled;
}
