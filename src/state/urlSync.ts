import { parseUrl, serializeUrl } from './url';
import { useLabStore } from './store';

/** How long the address waits after the last slider step before it is rewritten. */
const WRITE_DELAY_MS = 150;

/**
 * Reads the query string into the store once, then keeps the address in step with the
 * store through history.replaceState (no history entry per slider step). Returns the notes
 * on adjusted parameters and a function that stops the sync.
 */
export function startUrlSync(): { notes: string[]; stop: () => void } {
  dropMalformedHash();
  const { state, notes } = parseUrl(window.location.search);
  useLabStore.getState().replace(state);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const search = serializeUrl(useLabStore.getState(), window.location.search);
    if (search === window.location.search) return;
    try {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    } catch {
      // Some sandboxed frames refuse history changes; the page works without them.
    }
  };
  const unsubscribe = useLabStore.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY_MS);
  });
  return {
    notes,
    stop: () => {
      unsubscribe();
      clearTimeout(timer);
    },
  };
}

/** Replaces the #fragment without scrolling or adding history. */
export function replaceHash(id: string): void {
  if (window.location.hash === `#${id}`) return;
  try {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${id}`);
  } catch {
    // As above: a refused history write only means the address does not follow.
  }
}

/** The id a #fragment names, decoded; '' when there is none or its percent-encoding is malformed. */
export function hashId(hash = window.location.hash): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * A #fragment that is not valid percent-encoding (`#%E0%A4%A`) names no id, and the shell
 * decodes the hash with decodeURIComponent, which throws on it: drop such a fragment
 * before anything reads it.
 */
function dropMalformedHash(): void {
  try {
    decodeURIComponent(window.location.hash);
  } catch {
    try {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    } catch {
      // As above.
    }
  }
}
