import mainRegular from './fonts/KaTeX_Main-Regular-common.woff2?url';
import mathItalic from './fonts/KaTeX_Math-Italic-common.woff2?url';
import size1 from 'katex/dist/fonts/KaTeX_Size1-Regular.woff2?url';
import size2 from 'katex/dist/fonts/KaTeX_Size2-Regular.woff2?url';

/**
 * The KaTeX fonts that nearly every formula is set in: letters, digits, operators, brackets.
 * Of the two largest, the part with the characters the app's formulas use (./katexFonts.css).
 */
const MATH_FONTS = [mainRegular, mathItalic, size1, size2];

/**
 * Starts fetching the formulas' fonts now. A browser fetches a font only once it lays out
 * text set in it: for a formula, after its chapter's code, KaTeX's stylesheet and the
 * chapter's render, and the text stays invisible until the font is in (KaTeX's fonts block).
 * A reader arriving by a link to a chapter with formulas would wait for that chain; fetched
 * from the start, the fonts come in alongside the chapter's code. (The self-contained builds
 * carry their fonts inline: nothing to fetch.)
 */
export function preloadMathFonts(doc: Document = document): void {
  for (const href of MATH_FONTS) {
    if (href.startsWith('data:') || doc.head.querySelector(`link[rel="preload"][href="${href}"]`)) continue;
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'font';
    link.type = 'font/woff2';
    // Fonts are fetched in CORS mode: a preload without it would not be used.
    link.crossOrigin = 'anonymous';
    link.href = href;
    doc.head.append(link);
  }
}
