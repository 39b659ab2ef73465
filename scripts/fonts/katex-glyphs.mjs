// Usage: npm run build && node scripts/fonts/katex-glyphs.mjs
//
// Which characters the app's formulas set in each KaTeX font, for scripts/fonts/split_katex_fonts.py
// (the first screen's fonts hold only these; the rest of each font comes only if asked for).
// Lays out, in Chromium on the built site, every chapter (live formulas typeset, with their
// numbers) and every fixed formula of src/ (displayed and inline, as the build typesets them),
// and reads each glyph's font from the browser's computed style. Writes scripts/fonts/katex-glyphs.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixedFormulas, typeset } from '../typeset-at-build.mjs';
import { launch, renderAllChapters, serveDist } from '../../tests/e2e/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.resolve(here, '../../src');

const sources = fs
  .readdirSync(src, { recursive: true })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => path.join(src, file));
const formulas = new Map();
for (const file of sources) {
  for (const { mode, tex } of fixedFormulas(fs.readFileSync(file, 'utf8'), file)) {
    formulas.set(`${mode}:${tex}`, typeset(tex, mode === 'display'));
  }
}

const browser = await launch();
const server = await serveDist('/lab/');
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.base, { waitUntil: 'load' });
await renderAllChapters(page);
// Every live formula typeset (KaTeX is fetched at the reader's first key, above).
await page.waitForFunction(
  () => !document.querySelector('.math-block--live .chapter-placeholder, .chapter-placeholder'),
);
const glyphs = await page.evaluate(
  (html) => {
    const all = document.createElement('div');
    all.innerHTML = html.join('');
    document.body.append(all);
    const byFont = {};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element?.closest('.katex-html')) continue;
      const style = getComputedStyle(element);
      const family = style.fontFamily.split(',')[0].trim().replace(/"/g, '');
      const key = `${family} ${style.fontStyle} ${style.fontWeight}`;
      byFont[key] = (byFont[key] ?? '') + node.data;
    }
    return Object.fromEntries(Object.entries(byFont).map(([key, text]) => [key, [...new Set(text)].sort().join('')]));
  },
  [...formulas.values()],
);
fs.writeFileSync(path.join(here, 'katex-glyphs.json'), `${JSON.stringify(glyphs, null, 2)}\n`);
console.log(`${formulas.size} fixed formulas and the live ones:`, Object.keys(glyphs).join('; '));
await browser.close();
await server.close();
