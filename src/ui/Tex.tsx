import 'katex/dist/katex.min.css';
// After KaTeX's stylesheet: its two largest fonts, in two parts each (vite.config.ts, katexFonts).
import './katexFonts.css';
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
  if (built !== undefined)
    return (
      <ScrollBox label={label} className="math-block">
        {math}
      </ScrollBox>
    );
  // A live formula's box is at least as tall as its placeholder, which is estimated a little
  // taller than the formula typesets: nothing moves when KaTeX arrives. (Formulas above a
  // linked section that shrank as they were typeset moved the page under the reader's eyes,
  // for Chromium's count of layout shifts.)
  return (
    <ScrollBox label={label} className="math-block math-block--live" style={{ minHeight: displayBoxHeight(children) }}>
      {math}
    </ScrollBox>
  );
});

/**
 * How many ems a displayed row of TeX stands, at most: a sum with its limits above and below or
 * a displayed fraction stands tall, anything else about a line. (Measured against the app's
 * seven live formulas at 390 and 1280 px: 0.3 to 4 px taller than they typeset, the
 * regression's 12 to 15 px; tests/e2e/loading.test.mjs keeps every one at least as tall.)
 */
function rowHeight(row: string): number {
  if (/\\(sum|prod)_/.test(row) && !row.includes('\\textstyle')) return 3.75;
  if (row.includes('\\frac')) return 3.05;
  return 1.8;
}

/** The height of a displayed live formula's rows, in ems: never less than it typesets. */
function displayRowsHeight(tex: string): number {
  return tex.split('\\\\').reduce((sum, row) => sum + rowHeight(row), 0);
}

/** The height of a displayed formula's box: its rows, with the margins and padding of `.katex-display` (styles.css). */
function displayBoxHeight(tex: string): string {
  return `calc(${displayRowsHeight(tex)}em + 1em + 0.5rem)`;
}

/** An empty box of a live formula's height (inline: about it). */
function FormulaPlaceholder({ tex, block }: { tex: string; block: boolean }) {
  const Box = block ? 'div' : 'span';
  const height = block ? displayRowsHeight(tex) : 1.2;
  return (
    <Box
      className={`chapter-placeholder formula-placeholder${block ? ' formula-placeholder--display' : ''}`}
      style={{ height: `${height}em` }}
      aria-busy="true"
    />
  );
}
