import 'katex/dist/katex.min.css';
import { memo } from 'react';
import { BlockMath, InlineMath } from 'react-katex';
import { ScrollBox } from './ScrollBox';

interface TexProps {
  children: string;
  block?: boolean;
  /** What the formula is, for the scroll box a keyboard user may land on (display math only). */
  label?: string;
}

/**
 * KaTeX typesetting. Only TeX written in this codebase reaches it (numbers are inserted with
 * `texNumber`); reader text never does. react-katex passes no settings, so KaTeX runs with
 * its safe defaults: `trust: false` (no \href, \url or \includegraphics) and `maxExpand:
 * 1000` (macro bombs stop), both checked by a test. A display formula
 * wider than a phone scrolls sideways in a ScrollBox.
 */
export const Tex = memo(function Tex({ children, block = false, label = 'Formula' }: TexProps) {
  if (!block) return <InlineMath math={children} />;
  return (
    <ScrollBox label={label} className="math-block">
      <BlockMath math={children} />
    </ScrollBox>
  );
});
