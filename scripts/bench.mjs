#!/usr/bin/env node
// Usage: npm run bench [-- --no-build] [-- --steps 100] [-- --lighthouse-runs 3 (0: sizes only)]
//                      [-- --only frames|widget|sections|derivatives|mse-vs-mae|load]
// Builds the app, opens it in Chromium and prints, first (frames, scripts/bench-frames.mjs), the
// share of keyboard steps of every control painted within a frame by the Event Timing API,
// beside a plain-DOM reference page; then moves the μ slider step by step and prints the
// time from the input event to the next painted frame (p50/p95), for n = 40, 1,000, 10,000
// and 100,000 under each assumed family; the same for the derivatives chapter's sliders;
// then (load, scripts/bench-load.mjs) the JavaScript and CSS the browser downloads before the
// first chapter is interactive and in total (gzip), against the 150 KB budget, how deep links
// and an embedded chapter arrive (when the target shows, when all has arrived, the long tasks
// after the target showed), and Lighthouse's mobile scores and metrics with its failing
// audits. Figures, not pass/fail.
// LAB_DIST=/some/dir measures (and builds into) that directory instead of dist/.
import { execSync } from 'node:child_process';
import { DIST, launch, openPage, serveDist } from '../tests/e2e/harness.mjs';
import { frameTable } from './bench-frames.mjs';
import {
  LIGHTHOUSE_PAGES,
  arrivalRuns,
  lighthouseRuns,
  loadSizes,
  printArrival,
  printLighthouse,
  printLoadSizes,
} from './bench-load.mjs';

const args = process.argv.slice(2);
const steps = Number(args[args.indexOf('--steps') + 1]) || 100;
/** One table only (for a quick check while working on it); every table by default. */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const runs = (table) => only === null || only === table;
const lighthouseCount = args.includes('--lighthouse-runs') ? Number(args[args.indexOf('--lighthouse-runs') + 1]) : 3;
if (!args.includes('--no-build')) {
  const outDir = process.env.LAB_DIST ? ` --outDir "${DIST}" --emptyOutDir` : '';
  execSync(`npx vite build --logLevel warn${outDir}`, { stdio: 'inherit' });
}

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
async function measure(page, count, sliderLabel = 'Mean μ', watch = '.widget__formula') {
  return page.evaluate(
    async ([count, sliderLabel, watch]) => {
      const slider = [...document.querySelectorAll('input[type="range"]')].find((el) =>
        el.labels?.[0]?.textContent.includes(sliderLabel),
      );
      slider.scrollIntoView({ block: 'center' });
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const nextFrame = () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => {
            const rafAt = performance.now();
            setTimeout(() => resolve([rafAt, performance.now()]), 0);
          }),
        );
      const formula = document.querySelector(watch);
      const work = [];
      const frame = [];
      const settled = [];
      const step = Number(slider.step);
      for (let i = 0; i < count; i++) {
        await nextFrame(); // start each step on a fresh frame
        // Sweep back and forth, turning before either end so that every step changes something.
        const delta = step * 5 * (i % 40 < 20 ? 1 : -1);
        const next = Number(slider.value) + delta;
        const inside = next >= Number(slider.min) && next <= Number(slider.max);
        let typeset;
        const retypeset = new Promise((resolve) => (typeset = resolve));
        const observer = new MutationObserver(() => typeset());
        observer.observe(formula, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        setValue.call(slider, String(Number(slider.value) + (inside ? delta : -delta)));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const handled = performance.now();
        const [rafAt, painted] = await nextFrame();
        work.push(handled - start + (painted - rafAt));
        frame.push(painted - start);
        // The deferred render; a step that changes nothing visible would never resolve it.
        await Promise.race([retypeset, new Promise((resolve) => setTimeout(resolve, 1000))]);
        observer.disconnect();
        const [, formulaPainted] = await nextFrame();
        settled.push(formulaPainted - start);
      }
      return { work, frame, settled };
    },
    [count, sliderLabel, watch],
  );
}

// The slider tables share one browser and server; the load table starts its own.
const sliderTables = ['frames', 'widget', 'sections', 'derivatives', 'mse-vs-mae'];
const browser = sliderTables.some(runs) ? await launch() : null;
const server = browser ? await serveDist() : null;
if (runs('frames')) await frameTable(browser, server, steps);
if (runs('widget')) {
  console.log(`Slider latency, ${steps} steps of the μ slider (Chromium ${browser.version()}, headless)`);
  console.log(
    ['n', 'work p50', 'work p95', 'frame p50', 'frame p95', 'formula p50', 'formula p95']
      .map((h) => h.padEnd(10))
      .join(' '),
  );
  // The Normal's ℓ is O(1) per step from sufficient statistics, the Laplace's O(log n) from
  // sorted prefix sums, the log-normal's O(1) from the logs' statistics.
  for (const [n, family, slider] of [
    [40, 'normal', 'Mean μ'],
    [1000, 'normal', 'Mean μ'],
    [10000, 'normal', 'Mean μ'],
    [100000, 'normal', 'Mean μ'],
    [10000, 'laplace', 'Location m'],
    [100000, 'laplace', 'Location m'],
    [100000, 'lognormal', 'Log-scale mean μ'],
  ]) {
    const query = family === 'normal' ? `?n=${n}` : `?n=${n}&family=${family}`;
    const { page, context } = await openPage(browser, `${server.base}${query}#likelihood-widget`);
    await measure(page, 10, slider); // warm-up: JIT and first layouts
    const { work, frame, settled } = await measure(page, steps, slider);
    console.log(
      [
        family === 'normal' ? n : `${n} ${family}`,
        ...[work, frame, settled].flatMap((t) => [ms(quantile(t, 0.5)), ms(quantile(t, 0.95))]),
      ]
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
  console.log('formula: input event to the painted frame showing the re-typeset formula (a deferred render).');
}

if (runs('sections')) {
  // The figures of the likelihood chapter's sections, each driven by its own control.
  console.log(`\nSection figures at n = 40, ${steps} steps each (settled: until the section has changed and painted)`);
  console.log(['figure', 'work p50', 'work p95', 'settled p50', 'settled p95'].map((h) => h.padEnd(12)).join(' '));
  const section = await openPage(browser, `${server.base}#probability-vs-likelihood`);
  for (const [name, slider, watch] of [
    ['probability-vs-likelihood', 'Tempo x to read', '#probability-vs-likelihood'],
    ['density-vs-probability', 'Curve width', '#density-vs-probability'],
    ['why-log', 'Songs multiplied', '#why-log'],
    ['negative-log-likelihood', 'Candidate centre', '#negative-log-likelihood'],
    ['cross-entropy', 'Song 1 is a hit', '#cross-entropy'],
    ['slope-zero', 'Candidate spread', '#slope-zero'],
    ['gradient-descent', 'Learning rate', '#gradient-descent'],
    ['regression', 'Line slope', '#regression'],
    ['mse-vs-mae (move a song)', 'Popularity of song', '#mse-vs-mae'],
    ['classification', 'Change in log-odds per BPM', '#classification'],
  ]) {
    await measure(section.page, 5, slider, watch);
    const { work, settled } = await measure(section.page, steps, slider, watch);
    console.log(
      [name.padEnd(26), ...[work, settled].flatMap((t) => [ms(quantile(t, 0.5)), ms(quantile(t, 0.95))])]
        .map((cell) => String(cell).padEnd(12))
        .join(' '),
    );
  }
  await section.context.close();
}

if (runs('derivatives')) {
  // The derivatives chapter at every size: its figures follow the shared μ and σ.
  console.log(`\nDerivatives chapter, ${steps} steps each (target: work p95 < 16 ms at 10,000, < 33 ms at 100,000)`);
  console.log(
    ['section', 'n', 'work p50', 'work p95', 'settled p50', 'settled p95'].map((h) => h.padEnd(12)).join(' '),
  );
  for (const n of [40, 1000, 10000, 100000]) {
    const { page, context } = await openPage(browser, `${server.base}?n=${n}#slope-zero`);
    for (const [name, slider, watch] of [
      ['slope-zero', 'Candidate spread', '#slope-zero'],
      ['gradient-descent', 'Learning rate', '#gradient-descent'],
    ]) {
      await measure(page, 5, slider, watch);
      const { work, settled } = await measure(page, steps, slider, watch);
      console.log(
        [
          name,
          n.toLocaleString('en-US'),
          ...[work, settled].flatMap((t) => [ms(quantile(t, 0.5)), ms(quantile(t, 0.95))]),
        ]
          .map((cell) => String(cell).padEnd(12))
          .join(' '),
      );
    }
    await context.close();
  }
}

if (runs('mse-vs-mae')) {
  // Moving a song refits least squares and the exact least-absolute-deviations line on every step.
  console.log(`\nMoving a song in mse-vs-mae (both lines refitted each step), ${steps} steps`);
  console.log(['songs', 'work p50', 'work p95', 'settled p50', 'settled p95'].map((h) => h.padEnd(12)).join(' '));
  for (const n of [40, 1000, 100000]) {
    const { page, context } = await openPage(browser, `${server.base}?n=${n}#mse-vs-mae`);
    await measure(page, 5, 'Popularity of song', '#mse-vs-mae');
    const { work, settled } = await measure(page, steps, 'Popularity of song', '#mse-vs-mae');
    console.log(
      [n.toLocaleString('en-US'), ...[work, settled].flatMap((t) => [ms(quantile(t, 0.5)), ms(quantile(t, 0.95))])]
        .map((cell) => String(cell).padEnd(12))
        .join(' '),
    );
    await context.close();
  }
}
await browser?.close();
await server?.close();

if (runs('load')) {
  printLoadSizes(loadSizes(DIST));
  {
    const arrivalServer = await serveDist('/lab/', DIST, { asStaticHost: true });
    const arrivalBrowser = await launch();
    printArrival(await arrivalRuns(arrivalBrowser, arrivalServer.base, 3), 3);
    await arrivalBrowser.close();
    await arrivalServer.close();
  }
  if (lighthouseCount > 0) printLighthouse(await lighthouseRuns(DIST, lighthouseCount, LIGHTHOUSE_PAGES));
}
