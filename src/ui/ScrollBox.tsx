import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

interface ScrollBoxProps {
  /** What is inside, for the keyboard stop the box becomes when it scrolls. */
  label: string;
  children: ReactNode;
  className?: string;
  style?: CSSProperties;
}

/**
 * A box that scrolls sideways when its content (a wide formula or table) is wider than a
 * phone. Only while it actually scrolls does it become focusable, with a name, so keyboard
 * users can scroll it and everyone else gets no extra tab stop.
 */
export function ScrollBox({ label, children, className = '', style }: ScrollBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    // Measured when the observer first reports, after the browser's own layout and before the
    // paint, never in the commit that mounts the box: reading the width there lays out the
    // whole page in the middle of the commit (19–27 ms for the widget's boxes, 24–40 ms for
    // parts arriving above #confidence-intervals, on this machine). What it sets, a tab stop
    // and its name, is not painted. Fonts still loading change the content's width but not
    // the box's: measured again once they are in.
    if (document.fonts?.status === 'loading') void document.fonts.ready.then(measure);
    // The content's width changes without the box's (numbers changing).
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    // The content is re-rendered in place (a formula's numbers), so watching its first
    // element once is enough.
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={`scroll-box ${className}`}
      style={style}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'group' : undefined}
      aria-label={scrolls ? `${label} (scrolls sideways)` : undefined}
    >
      {children}
    </div>
  );
}
