import { useContext, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { ArrivingOnItsTurnContext, FarFromReaderContext } from './Staged';

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
  const farFromReader = useContext(FarFromReaderContext);
  const arriving = useContext(ArrivingOnItsTurnContext);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    // Near the reader, measured before the first paint. In a part arriving in idle time after a
    // link's target (ui/Staged: never on the screen the reader landed on) or far from the
    // reader, only when the observer first reports, after the browser's own layout: measuring
    // here would lay out the page in the middle of each such commit (24–40 ms for parts
    // arriving above #confidence-intervals). What it sets, a tab stop and its name, is not painted.
    if (!farFromReader && !arriving.now) {
      measure();
      void document.fonts?.ready.then(measure);
    }
    // The content's width changes without the box's (fonts arriving, numbers changing).
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    // The content is re-rendered in place (a formula's numbers), so watching its first
    // element once is enough.
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
    // Once, as it mounts: whether it arrived far from the reader is decided as it arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
