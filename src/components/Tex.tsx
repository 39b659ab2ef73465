import 'katex/dist/katex.min.css';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { BlockMath, InlineMath } from 'react-katex';

/**
 * KaTeX typesetting. Only TeX written in this codebase reaches it (numbers are inserted with
 * `texNumber`); reader text never does, and KaTeX's `trust` stays off.
 *
 * A display formula wider than a phone scrolls sideways; when it does, its box becomes
 * focusable so keyboard users can scroll it too.
 */
interface TexProps {
  children: string;
  block?: boolean;
  /** What the formula is, for the scroll box a keyboard user may land on (display math only). */
  label?: string;
}

export const Tex = memo(function Tex({ children, block = false, label = 'Formula' }: TexProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [children]);
  if (!block) return <InlineMath math={children} />;
  return (
    <div
      ref={ref}
      className="math-block"
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'group' : undefined}
      aria-label={scrolls ? `${label} (scrolls sideways)` : undefined}
    >
      <BlockMath math={children} />
    </div>
  );
});
