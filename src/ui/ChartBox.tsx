import type { ReactNode } from 'react';
import { useElementWidth } from './useElementWidth';

interface ChartBoxProps {
  /** Renders the chart at the box's current width in pixels. */
  children: (width: number) => ReactNode;
  /** When given, the box is an image with this description (static charts). */
  label?: string;
}

/**
 * A box that takes its width from the layout and hands it to a chart. The chart renders once
 * the width is known (before the first paint), not first at a guessed width and then again.
 */
export function ChartBox({ children, label }: ChartBoxProps) {
  const [ref, width, waiting] = useElementWidth<HTMLDivElement>();
  return (
    <div
      // While it waits for its turn, it carries the class of every part still arriving (ui/Staged).
      className={waiting ? 'chart-box chapter-placeholder chart-placeholder' : 'chart-box'}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-busy={waiting || undefined}
    >
      <div ref={ref} className="width-ruler" aria-hidden="true" />
      {width !== null && children(width)}
    </div>
  );
}
