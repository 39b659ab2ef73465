import type { ReactNode } from 'react';

interface ChapterProps {
  id: string;
  number: number;
  title: string;
  children: ReactNode;
}

/** A chapter: a landmark with a stable id (deep links use it) and a numbered heading. */
export function Chapter({ id, number, title, children }: ChapterProps) {
  return (
    <section id={id} className="chapter" aria-labelledby={`${id}-title`} data-chapter={id}>
      <h2 id={`${id}-title`} className="chapter__title">
        <span className="chapter__number">Chapter {number}</span>
        {title}
      </h2>
      {children}
    </section>
  );
}
