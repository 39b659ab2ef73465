import type { ReactNode, Ref } from 'react';

interface SectionProps {
  id: string;
  title: string;
  children: ReactNode;
  ref?: Ref<HTMLElement>;
}

/** A section inside a chapter, with its stable id (a deep-link target) and its heading. */
export function Section({ id, title, children, ref }: SectionProps) {
  return (
    <section id={id} className="section" aria-labelledby={`${id}-title`} ref={ref}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}
