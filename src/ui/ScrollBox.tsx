import { useEffect, useRef, useState, type ReactNode } from 'react';

interface ScrollBoxProps {
  /** What is inside, for the keyboard stop the box becomes when it scrolls. */
  label: string;
  children: ReactNode;
  className?: string;
}

/**
 * A box that scrolls sideways when its content (a wide formula or table) is wider than a
 * phone. Only while it actually scrolls does it become focusable, with a name, so keyboard
 * users can scroll it and everyone else gets no extra tab stop.
 */
export function ScrollBox({ label, children, className = '' }: ScrollBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver !== 'function') return;
    // Measured when the observer reports (its first report comes with the first layout after
    // mounting), never during React's commit: reading the width there would lay the whole page
    // out once per commit, and a page reached by a link fills in over dozens of commits.
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    // The content's width changes without the box's (fonts arriving, numbers changing).
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    // The content is re-rendered in place (a formula's numbers), so watching its first
    // element once is enough.
    const content = box.firstElementChild;
    if (content) observer.observe(content);
    // Fonts arriving late widen the content inside a block that keeps its width: observing
    // the box afresh has the observer report once more, after the next layout (measuring in
    // the promise's callback would lay the page out in the middle of whatever task runs it).
    let live = true;
    void document.fonts?.ready.then(() => {
      if (!live) return;
      observer.unobserve(box);
      observer.observe(box);
    });
    return () => {
      live = false;
      observer.disconnect();
    };
  }, []);
  return (
    <div
      ref={ref}
      className={`scroll-box ${className}`}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'group' : undefined}
      aria-label={scrolls ? `${label} (scrolls sideways)` : undefined}
    >
      {children}
    </div>
  );
}
