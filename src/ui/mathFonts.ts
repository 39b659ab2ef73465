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

/**
 * The faces the app's formulas use (scripts/fonts/katex-glyphs.json), as CSS font shorthands.
 * For the two split fonts, the part with the common characters (a space is in it).
 */
const MATH_FACES = ['1em KaTeX_Main', 'italic 1em KaTeX_Math', '1em KaTeX_Size1', '1em KaTeX_Size2', '1em KaTeX_Size3'];

let facesLoading = false;

/**
 * Loads the formulas' font faces into the document now, once KaTeX's stylesheet is in. A
 * face is otherwise loaded when text set in it is first laid out, and each face arriving
 * makes the browser lay out again every formula on the page: on a page filling in after a
 * link, the big-operator faces arrived a second or two in, each relaying out 6,000 boxes
 * (about 20 ms on this machine). Loaded at once, they arrive while the page holds a chapter.
 */
export function loadMathFaces(fonts: FontFaceSet | undefined = document.fonts): void {
  if (facesLoading || !fonts?.load) return;
  facesLoading = true;
  for (const face of MATH_FACES) fonts.load(face).catch(() => {});
}
