import 'katex/dist/katex.min.css';
import { BlockMath, InlineMath } from 'react-katex';

/**
 * KaTeX typesetting. Only TeX written in this codebase reaches it (numbers are inserted with
 * `texNumber`); reader text never does, and KaTeX's `trust` stays off.
 */
export function Tex({ children, block = false }: { children: string; block?: boolean }) {
  return block ? <BlockMath math={children} /> : <InlineMath math={children} />;
}
