import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/**
 * Tools the page shell offers beside every chapter title (the embed button), given by the
 * shell so that chapters stay content and know nothing of it. None in an embedded page.
 */
export const ChapterToolsContext = createContext<((chapterId: string) => ReactNode) | null>(null);

interface ChapterProps {
  id: string;
  number: number;
  title: string;
  children: ReactNode;
}

/**
 * A chapter: a landmark with a stable id (deep links use it), a numbered heading, its
 * content (which ends with the chapter's checks for understanding and its recap).
 */
export function Chapter({ id, number, title, children }: ChapterProps) {
  const tools = useContext(ChapterToolsContext);
  return (
    <section id={id} className="chapter" aria-labelledby={`${id}-title`} data-chapter={id}>
      <div className="chapter__heading">
        <h2 id={`${id}-title`} className="chapter__title">
          <span className="chapter__number">Chapter {number}</span>
          {title}
        </h2>
        {tools && <div className="chapter-tools">{tools(id)}</div>}
      </div>
      {children}
    </section>
  );
}

interface ChapterPlaceholderProps {
  id: string;
  number: number;
  title: string;
  /** Called when the reader comes within two screens of it. */
  onNear?: () => void;
  /**
   * Also call `onNear` once the reader has passed it (it is above the window): a reader who
   * reaches the end faster than a chapter's code arrives would otherwise leave the chapters
   * after it loading for good, above the window, never near again.
   */
  nearOncePassed?: boolean;
}

/** Where a chapter will be until it renders: its heading, its id, its room. */
export function ChapterPlaceholder({ id, number, title, onNear, nearOncePassed = false }: ChapterPlaceholderProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !onNear) return;
    // The last entry is the current state: a busy page can deliver several at once (far, then
    // near), and reading the first would leave the reader stuck at "Loading this chapter…".
    const observer = new IntersectionObserver(
      (entries) => {
        const { isIntersecting, boundingClientRect } = entries[entries.length - 1];
        if (isIntersecting || (nearOncePassed && boundingClientRect.bottom <= 0)) onNear();
      },
      { rootMargin: '0px 0px 200% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [onNear, nearOncePassed]);
  return (
    <section ref={ref} id={id} className="chapter-placeholder" aria-labelledby={`${id}-title`} aria-busy="true">
      <h2 id={`${id}-title`} className="chapter__title">
        <span className="chapter__number">Chapter {number}</span>
        {title}
      </h2>
      <p className="chapter-placeholder__note screen-only">Loading this chapter…</p>
      {/* Printing renders every chapter, unless their code had not arrived yet. */}
      <p className="chapter-placeholder__note print-only">
        This chapter was still loading when printing began: close the print dialog and print again.
      </p>
    </section>
  );
}
