import { chapters, type ChapterEntry } from './manifest';
import { fullExplorableUrl } from '../state/viewOptions';

/**
 * The header of an embedded page (?embed=1): the name and, for a single chapter, which one,
 * with a link that opens the whole explorable, in the same state, in a new tab (an embed
 * never navigates the host page).
 */
export function EmbedHeader({ chapter }: { chapter: ChapterEntry | null }) {
  const number = chapter ? chapters.indexOf(chapter) + 1 : 0;
  return (
    <header className="embed-header">
      <p className="embed-header__title">
        Likelihood Lab
        {chapter && (
          <span className="embed-header__chapter">
            {' · '}Chapter {number}: {chapter.title}
          </span>
        )}
      </p>
      <a href={fullExplorableUrl(window.location, chapter?.id ?? '')} target="_blank" rel="noopener">
        Open the full explorable<span className="visually-hidden"> (opens in a new tab)</span> ↗
      </a>
    </header>
  );
}
