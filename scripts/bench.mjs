#!/usr/bin/env node
// Usage: npm run bench [-- --no-build] [-- --steps 100]
// Builds the app, opens it in Chromium, moves the μ slider step by step and prints the
// time from the input event to the next painted frame (p50/p95), for n = 40, 1,000 and
// 100,000; then the size of what the browser downloads. Figures, not pass/fail.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, launch, openPage, serveDist } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const steps = Number(args[args.indexOf('--steps') + 1]) || 100;
if (!args.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (x) => `${x.toFixed(2)} ms`;

/**
 * In the page: for each step, set the slider and dispatch `input` (React renders
 * synchronously for it), then wait for the frame. `work` is the event's own processing plus
 * the frame's style, layout and paint (rAF callback → first task after the frame); `frame`
 * also counts the idle wait for the next vsync, which no code can shorten.
 */
async function measure(page, count) {
  return page.evaluate(async (count) => {
    const slider = [...document.querySelectorAll('input[type="range"]')].find((el) =>
      el.labels?.[0]?.textContent.includes('μ'),
    );
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const nextFrame = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const rafAt = performance.now();
          setTimeout(() => resolve([rafAt, performance.now()]), 0);
        }),
      );
    const formula = document.querySelector('.widget__formula');
    const work = [];
    const frame = [];
    const settled = [];
    const step = Number(slider.step);
    for (let i = 0; i < count; i++) {
      await nextFrame(); // start each step on a fresh frame
      const direction = i % 40 < 20 ? 1 : -1; // sweep back and forth inside the range
      let typeset;
      const retypeset = new Promise((resolve) => (typeset = resolve));
      const observer = new MutationObserver(() => typeset());
      observer.observe(formula, { childList: true, subtree: true, characterData: true });
      const start = performance.now();
      setValue.call(slider, String(Number(slider.value) + direction * step * 5));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const handled = performance.now();
      const [rafAt, painted] = await nextFrame();
      work.push(handled - start + (painted - rafAt));
      frame.push(painted - start);
      await retypeset; // the deferred formula render
      observer.disconnect();
      const [, formulaPainted] = await nextFrame();
      settled.push(formulaPainted - start);
    }
    return { work, frame, settled };
  }, count);
}

const browser = await launch();
const server = await serveDist();
console.log(`Slider latency, ${steps} steps of the μ slider (Chromium ${browser.version()}, headless)`);
console.log(
  ['n', 'work p50', 'work p95', 'frame p50', 'frame p95', 'formula p50', 'formula p95']
    .map((h) => h.padEnd(10))
    .join(' '),
);
for (const n of [40, 1000, 100000]) {
  const { page, context } = await openPage(browser, `${server.base}?n=${n}#likelihood-widget`);
  await measure(page, 10); // warm-up: JIT and first layouts
  const { work, frame, settled } = await measure(page, steps);
  console.log(
    [n, ...[work, frame, settled].flatMap((t) => [ms(quantile(t, 0.5)), ms(quantile(t, 0.95))])]
      .map((cell) => String(cell).padEnd(10))
      .join(' '),
  );
  await context.close();
}
console.log(
  'work:  input event handling + style, layout and paint of the next frame (target: p95 < 16 ms, one frame at 60 Hz)',
);
console.log('frame: input event to the painted frame, wall clock. Each step starts just after a frame, so this adds');
console.log(
  '       up to one vsync interval (~16.7 ms) of idle waiting for the next frame, which no code can shorten.',
);
await browser.close();
await server.close();

let js = 0;
let css = 0;
for (const file of fs.readdirSync(path.join(DIST, 'assets'))) {
  const bytes = zlib.gzipSync(fs.readFileSync(path.join(DIST, 'assets', file))).length;
  if (file.endsWith('.js')) js += bytes;
  if (file.endsWith('.css')) css += bytes;
}
console.log(`\nBundle (gzip): JavaScript ${(js / 1024).toFixed(1)} KB, CSS ${(css / 1024).toFixed(1)} KB`);
