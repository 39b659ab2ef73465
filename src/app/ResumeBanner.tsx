import { useState } from 'react';
import { anchorTitle } from './manifest';
import { landOn } from '../ui/scrollToAnchor';
import { replaceHash } from '../state/urlSync';
import { parseUrl } from '../state/url';
import { useLabStore } from '../state/store';
import { useProgressStore } from '../state/progress';

/** Query parameters that mean "this link shows something specific": no offer to resume then. */
const STATE_PARAMETERS = ['seed', 'n', 'mu', 'sigma', 'data', 'family', 'location', 'scale'];

/** Where a returning learner left off, if the page was opened plainly (no #section, no state in the link). */
export function resumeOffer(shownIds: string[], location: Pick<Location, 'hash' | 'search'>) {
  const last = useProgressStore.getState().last;
  if (!last || location.hash || !shownIds.includes(last.section) || last.section === shownIds[0]) return null;
  const params = new URLSearchParams(location.search);
  if (STATE_PARAMETERS.some((p) => params.has(p))) return null;
  return last;
}

/** "Continue where you left off": the section and the slider state, one click away. */
export function ResumeBanner({ offer }: { offer: { section: string; search: string } }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const resume = () => {
    const { state } = parseUrl(offer.search);
    // The learner's theme choice now wins over the one they had then.
    useLabStore.getState().replace({ ...state, theme: useLabStore.getState().theme });
    setOpen(false);
    // The restored data re-render the chapters, and the figures above the section settle
    // their heights over a few frames: land there as a deep link does.
    landOn(offer.section, { instant: true });
    replaceHash(offer.section);
  };
  return (
    <div className="notice resume" role="region" aria-label="Continue where you left off">
      <p>
        Welcome back. You were reading <strong>“{anchorTitle(offer.section)}”</strong>.
      </p>
      <div className="button-row">
        <button type="button" onClick={resume}>
          Continue where I left off
        </button>
        <button type="button" className="button--quiet" onClick={() => setOpen(false)}>
          Start from the top
        </button>
      </div>
    </div>
  );
}
