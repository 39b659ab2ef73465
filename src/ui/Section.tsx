import type { ReactNode, Ref } from 'react';
import { Staged } from './Staged';

interface SectionProps {
  id: string;
  title: string;
  children: ReactNode;
  ref?: Ref<HTMLElement>;
}

/**
 * A section inside a chapter, with its stable id (a deep-link target) and its heading; its
 * content may arrive a moment after them when the reader came by a link (Staged).
 */
export function Section({ id, title, children, ref }: SectionProps) {
  return (
    <section id={id} className="section" aria-labelledby={`${id}-title`} ref={ref}>
      <h3 id={`${id}-title`}>{title}</h3>
      <Staged sectionId={id}>{children}</Staged>
    </section>
  );
}
