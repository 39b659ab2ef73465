import { useEffect, useState } from 'react';
import { hashId } from '../state/urlSync';
import { landOn } from '../ui/scrollToAnchor';

/**
 * Lands on the page's #id (see landOn), and on every #id the address changes to later.
 * Returns true once every chapter has rendered and the landing is over, when the hash may
 * start to follow the reader.
 */
export function useDeepLink(shownIds: string[], allRendered: boolean): boolean {
  const [landed, setLanded] = useState(() => !shownIds.includes(hashId()));

  useEffect(() => {
    const id = hashId();
    if (shownIds.includes(id)) return landOn(id, { focus: false, instant: true, onSettled: () => setLanded(true) });
    // Once, on arrival: the view (and so shownIds) is read once from the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onHashChange = () => {
      const next = hashId();
      if (shownIds.includes(next)) landOn(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [shownIds]);

  return landed && allRendered;
}
