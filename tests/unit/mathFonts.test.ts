import { afterEach, describe, expect, it } from 'vitest';
import glyphs from '../../scripts/fonts/katex-glyphs.json';
import { loadMathFaces, preloadMathFonts } from '../../src/ui/mathFonts';

const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];

afterEach(() => {
  for (const link of preloads()) link.remove();
});

describe('the formulas’ fonts, fetched ahead of a chapter’s render', () => {
  it('are preloaded as fonts, in CORS mode (or the browser fetches them twice)', () => {
    preloadMathFonts();
    const links = preloads();
    expect(links.map((link) => link.href.match(/KaTeX_[A-Za-z0-9-]+\.woff2/)?.[0])).toEqual([
      'KaTeX_Main-Regular-common.woff2',
      'KaTeX_Math-Italic-common.woff2',
      'KaTeX_Size1-Regular.woff2',
      'KaTeX_Size2-Regular.woff2',
    ]);
    for (const link of links) {
      expect(link.as).toBe('font');
      expect(link.type).toBe('font/woff2');
      expect(link.crossOrigin).toBe('anonymous');
    }
  });

  it('once, however many chapters ask', () => {
    preloadMathFonts();
    preloadMathFonts();
    expect(preloads()).toHaveLength(4);
  });
});

describe('the formulas’ font faces', () => {
  // A face loads when text set in it is first laid out, and each arriving relays out every
  // formula on the page: loaded at once, they arrive before the page fills in.
  it('every face the formulas use is loaded once KaTeX’s stylesheet is in, once', () => {
    const asked: string[] = [];
    const fonts = { load: (font: string) => (asked.push(font), Promise.resolve([])) } as unknown as FontFaceSet;
    loadMathFaces(fonts);
    loadMathFaces(fonts);
    // "1em KaTeX_Main" → "KaTeX_Main normal 400", as the glyph inventory names the faces.
    const faces = asked.map((font) => {
      const [first, ...rest] = font.split(' ');
      const style = first === 'italic' ? 'italic' : 'normal';
      return `${(style === 'italic' ? rest.slice(1) : rest).join(' ')} ${style} 400`;
    });
    expect(faces.toSorted()).toEqual(Object.keys(glyphs).toSorted());
  });
});
