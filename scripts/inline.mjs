// Usage: node scripts/inline.mjs DIR
// Folds DIR/index.html, built with every asset inlined as data (vite --mode single|scorm),
// into one self-contained file: the script and the stylesheet move into the page, so it
// opens from file:// with no server and no network. Removes DIR/assets afterwards.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? 'dist-single');
const htmlPath = path.join(dir, 'index.html');
let html = fs.readFileSync(htmlPath, 'utf8');
const read = (href) => fs.readFileSync(path.join(dir, href.replace(/^\.\//, '')), 'utf8');

html = html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_, src) => {
  // A literal "</script" inside the code would end the element early.
  const code = read(src).replace(/<\/script/gi, '<\\/script');
  return `<script type="module">${code}</script>`;
});
html = html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_, href) => `<style>${read(href)}</style>`);
html = html.replace(/<link rel="modulepreload"[^>]*>/g, '');
html = html.replace(/<link rel="icon" href="([^"]+)"/g, (_, href) => {
  return `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(read(href))}"`;
});
if (/(src|href)="\.\//.test(html)) throw new Error('a file was left outside the page');
fs.writeFileSync(htmlPath, html);
// Only the page is needed now.
for (const entry of fs.readdirSync(dir)) {
  if (entry !== 'index.html') fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
}
console.log(
  `${path.relative(process.cwd(), htmlPath)}: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB, self-contained`,
);
