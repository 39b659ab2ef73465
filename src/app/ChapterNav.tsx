import { useEffect, useRef } from 'react';
import { chapters } from '../chapters/manifest';

/** Links to every chapter and section; the one being read is marked for eyes and screen readers. */
export function ChapterNav({ active }: { active: string | null }) {
  const activeChapter = chapters.find((c) => c.id === active || c.sections.some((s) => s.id === active))?.id;
  const ref = useRef<HTMLElement>(null);
  // The bar scrolls sideways on narrow screens: keep the current link in view within it
  // (by scrollLeft, not scrollIntoView, which would also move the page).
  useEffect(() => {
    const nav = ref.current;
    const links = nav?.querySelectorAll<HTMLElement>('a[aria-current]');
    const current = links?.[links.length - 1];
    if (!nav || !current) return;
    const left = current.offsetLeft - nav.clientWidth / 2 + current.offsetWidth / 2;
    nav.scrollLeft = Math.max(0, left);
  }, [active]);
  return (
    <nav className="chapter-nav" aria-label="Chapters" ref={ref}>
      <ol>
        {chapters.map((chapter, i) => (
          <li key={chapter.id}>
            <a href={`#${chapter.id}`} aria-current={chapter.id === activeChapter ? 'location' : undefined}>
              <span className="chapter-nav__number">{i + 1}</span> {chapter.navTitle}
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
      </ol>
    </nav>
  );
}
