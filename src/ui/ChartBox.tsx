import { useMemo, type ReactNode } from 'react';
import { createStorePacer, StorePacingContext } from './charts/storePacing';
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
  const [ref, width, waiting, firstDrawnOffScreen] = useElementWidth<HTMLDivElement>();
  // Drawn off the screen, the chart's renders come one task each (charts/storePacing): nobody
  // sees it build up, and the page stays responsive meanwhile. On the screen it is drawn whole
  // in one task, before the frame that shows it.
  const pacer = useMemo(() => (firstDrawnOffScreen ? createStorePacer() : null), [firstDrawnOffScreen]);
  return (
    <div
      // While it waits for its turn, it carries the class of every part still arriving (ui/Staged).
      className={waiting ? 'chart-box chapter-placeholder chart-placeholder' : 'chart-box'}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-busy={waiting || undefined}
    >
      <div ref={ref} className="width-ruler" aria-hidden="true" />
      {width !== null && <StorePacingContext value={pacer}>{children(width)}</StorePacingContext>}
    </div>
  );
}
