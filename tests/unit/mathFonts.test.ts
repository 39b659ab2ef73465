import { afterEach, describe, expect, it } from 'vitest';
import { preloadMathFonts } from '../../src/ui/mathFonts';

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
