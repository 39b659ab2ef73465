import type { ReactNode } from 'react';
import { useElementWidth } from './useElementWidth';

interface ChartBoxProps {
  /** Renders the chart at the box's current width in pixels. */
  children: (width: number) => ReactNode;
  /** When given, the box is an image with this description (static charts). */
  label?: string;
}

/** A box that takes its width from the layout and hands it to a chart. */
export function ChartBox({ children, label }: ChartBoxProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="chart-box" role={label ? 'img' : undefined} aria-label={label}>
      {children(width)}
    </div>
  );
}
