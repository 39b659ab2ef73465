import { useEffect, useLayoutEffect, useRef } from 'react';
import { chapters, checkIdsOf } from './manifest';
import { chapterChecks, useProgressStore } from '../state/progress';

/** Links to every chapter and section; the one being read is marked for eyes and screen readers. */
export function ChapterNav({ active }: { active: string | null }) {
  const activeChapter = chapters.find((c) => c.id === active || c.sections.some((s) => s.id === active))?.id;
  const ref = useRef<HTMLElement>(null);
  const visited = useProgressStore((s) => s.visited);
  const answers = useProgressStore((s) => s.answers);
  // The bar scrolls sideways on narrow screens: keep the current link in view within it
  // (by scrollLeft, not scrollIntoView, which would also move the page).
  useEffect(() => {
    const nav = ref.current;
    const links = nav?.querySelectorAll<HTMLElement>('a[aria-current]');
    const current = links?.[links.length - 1];
    // Not while the reader moves through the bar with the keyboard: the page scrolling to
    // follow their focus changes the current section, and centring it would carry the link
    // they are on out of sight.
    if (!nav || !current || nav.contains(document.activeElement)) return;
    const left = current.offsetLeft - nav.clientWidth / 2 + current.offsetWidth / 2;
    nav.scrollLeft = Math.max(0, left);
  }, [active]);
  // Anchors and sticky panels stop below the bar, whose height depends on the fonts, the
  // width and whether its sideways scrollbar takes room (it does on Windows and in Firefox).
  useLayoutEffect(() => {
    const nav = ref.current;
    if (!nav || typeof ResizeObserver !== 'function') return;
    const root = document.documentElement.style;
    const measure = () => root.setProperty('--header-height', `${nav.offsetHeight}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(nav);
    return () => {
      observer.disconnect();
      root.removeProperty('--header-height');
    };
  }, []);
  return (
    <nav className="chapter-nav" aria-label="Chapters" ref={ref}>
      <ol>
        {chapters.map((chapter, i) => (
          <li key={chapter.id}>
            <a href={`#${chapter.id}`} aria-current={chapter.id === activeChapter ? 'location' : undefined}>
              <span className="chapter-nav__number">{i + 1}</span> {chapter.navTitle}
              <ChapterProgress
                seen={chapter.sections.filter((section) => visited[section.id]).length + (visited[chapter.id] ? 1 : 0)}
                parts={chapter.sections.length + 1}
                {...chapterChecks({ answers }, checkIdsOf(chapter))}
              />
            </a>
            {chapter.sections.length > 0 && (
              <ol>
                {chapter.sections.map((section) => (
                  <li key={section.id}>
                    <a href={`#${section.id}`} aria-current={section.id === active ? 'location' : undefined}>
                      {section.title}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
        <li>
          <a href="#glossary" aria-current={active === 'glossary' ? 'location' : undefined}>
            Glossary
          </a>
        </li>
      </ol>
    </nav>
  );
}

interface ChapterProgressProps {
  seen: number;
  parts: number;
  answered: number;
  total: number;
}

/** How far the learner is in a chapter: a tick when all is seen and answered, else a count. */
function ChapterProgress({ seen, parts, answered, total }: ChapterProgressProps) {
  const done = seen === parts && answered === total;
  const spoken = `${seen} of ${parts} parts seen, ${answered} of ${total} checks answered`;
  if (seen === 0 && answered === 0) return null;
  return (
    <span className="chapter-nav__progress" title={spoken}>
      <span aria-hidden="true">{done ? '✓' : `${answered}/${total}`}</span>
      <span className="visually-hidden">, {spoken}</span>
    </span>
  );
}
