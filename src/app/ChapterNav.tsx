import { chapters } from '../chapters/manifest';

/** Links to every chapter and section; the one being read is marked for eyes and screen readers. */
export function ChapterNav({ active }: { active: string | null }) {
  const activeChapter = chapters.find((c) => c.id === active || c.sections.some((s) => s.id === active))?.id;
  return (
    <nav className="chapter-nav" aria-label="Chapters">
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
