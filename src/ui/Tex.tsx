import 'katex/dist/katex.min.css';
import { memo } from 'react';
import { builtFormula } from './builtFormulas';
import { WithModule } from './deferredModule';
import { liveTypesetter } from './liveFormulas';
import { ScrollBox } from './ScrollBox';

interface TexProps {
  children: string;
  block?: boolean;
  /** What the formula is, for the scroll box a keyboard user may land on (display math only). */
  label?: string;
}

/**
 * A formula. A fixed one (a `String.raw` template with no live part) was typeset when the app
 * was built and is drawn at once, with the text around it. One with live numbers is typeset
 * here by KaTeX, whose code is fetched once such a formula is on screen; until it is in, an
 * empty box of about the formula's height holds its place (and counts as a part still
 * arriving, which a link's landing waits for).
 *
 * Only TeX written in this codebase reaches KaTeX (numbers are inserted with `texNumber`);
 * reader text never does. react-katex passes no settings, so KaTeX runs with its safe
 * defaults: `trust: false` (no \href, \url or \includegraphics) and `maxExpand: 1000` (macro
 * bombs stop), both checked by a test; the build uses the same. A display formula wider than
 * a phone scrolls sideways in a ScrollBox.
 */
export const Tex = memo(function Tex({ children, block = false, label = 'Formula' }: TexProps) {
  const built = builtFormula(children, block);
  const Wrapper = block ? 'div' : 'span';
  const math =
    built !== undefined ? (
      // The markup react-katex gives the same formula.
      <Wrapper dangerouslySetInnerHTML={{ __html: built }} />
    ) : (
      <WithModule module={liveTypesetter} placeholder={<FormulaPlaceholder tex={children} block={block} />}>
        {({ BlockMath, InlineMath }) => (block ? <BlockMath math={children} /> : <InlineMath math={children} />)}
      </WithModule>
    );
  if (!block) return math;
  return (
    <ScrollBox label={label} className="math-block">
      {math}
    </ScrollBox>
  );
});

/**
 * Roughly how many ems a displayed row of TeX stands: a sum with its limits above and below or
 * a displayed fraction stands tall, anything else about a line. (Measured against the app's
 * seven live formulas: within 4 px, the regression's 13 px taller than it typesets.)
 */
function rowHeight(row: string): number {
  if (/\\(sum|prod)_/.test(row) && !row.includes('\\textstyle')) return 3.7;
  if (row.includes('\\frac')) return 3;
  return 1.75;
}

/** An empty box of about a live formula's height. */
function FormulaPlaceholder({ tex, block }: { tex: string; block: boolean }) {
  const Box = block ? 'div' : 'span';
  const height = block ? tex.split('\\\\').reduce((sum, row) => sum + rowHeight(row), 0) : 1.2;
  return (
    <Box
      className={`chapter-placeholder formula-placeholder${block ? ' formula-placeholder--display' : ''}`}
      style={{ height: `${height}em` }}
      aria-busy="true"
    />
  );
}
