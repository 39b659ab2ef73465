import type { ReactNode } from 'react';

interface FigureProps {
  title: string;
  caption?: ReactNode;
  /** The text alternative: usually a DataTable. */
  alternative?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled figure with its caption and, folded away, the same content as a table. */
export function Figure({ title, caption, alternative, children, className }: FigureProps) {
  return (
    <figure className={`figure ${className ?? ''}`}>
      <figcaption className="figure__title">{title}</figcaption>
      {children}
      {caption && <div className="figure__caption">{caption}</div>}
      {alternative}
    </figure>
  );
}
