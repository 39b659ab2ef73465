// Part of npm run bench (scripts/bench.mjs): how many keyboard steps of each control are painted
// within one frame, by the browser's Event Timing API (the measure behind INP), beside a plain-DOM
// page doing the widget's per-step work (scripts/bench/plain-widget.html) in the same browser.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, serveDist, settled } from '../tests/e2e/harness.mjs';

const FRAME_MS = 16;

/**
 * Starts recording, in the page, every input event whose time to the next paint is 16 ms or
 * more (Event Timing rounds durations to 8 ms and reports nothing shorter than its threshold).
 */
const record = (page) =>
  page.evaluate(() => {
    window.__slowEvents = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__slowEvents.push([entry.startTime, entry.duration]);
    }).observe({ type: 'event', durationThreshold: 16 });
  });

/** Two frames: the step's paint, and one more for the Event Timing entry to be delivered. */
const afterPaint = (page) =>
  page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now();
  });

/**
 * Presses keys on the focused control (`keys(i)` gives step i's key: the sweeps turn before
 * either end so that every step changes something), one at a time, each after the previous
 * step has painted: at once (`phase: 'after paint'`, the hardest moment, since the step waits
 * for the whole next frame), or after a random 0–17 ms (`'random'`, as a person's keys fall).
 * Returns each step's Event Timing duration (the longest of its events: keydown, input, keyup;
 * 0 where none took 16 ms).
 */
async function timeSteps(page, locator, steps, keys, phase = 'after paint') {
  // Focusing scrolls the control into view, smoothly where motion is allowed: the steps are
  // timed once the page is still again, not while it is still scrolling.
  await locator.focus();
  await settled(page);
  const boundaries = [await afterPaint(page)];
  for (let i = 0; i < steps; i++) {
    if (phase === 'random')
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, Math.random() * 17)));
    await page.keyboard.press(keys(i));
    boundaries.push(await afterPaint(page));
  }
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100))); // late entries
  const slow = await page.evaluate(() => window.__slowEvents.splice(0));
  return boundaries
    .slice(1)
    .map((end, i) =>
      Math.max(0, ...slow.filter(([start]) => start >= boundaries[i] && start < end).map(([, duration]) => duration)),
    );
}

/** Back and forth, 15 steps each way. */
const sweep = (i) => (i % 30 < 15 ? 'ArrowRight' : 'ArrowLeft');

const summarise = (durations) => ({
  within: durations.filter((d) => d <= FRAME_MS).length / durations.length,
  worst: Math.max(...durations),
});

const PHASES = ['after paint', 'random'];

/** Both timings of a control: its keys pressed at once after a paint, then at random moments. */
async function timeBoth(page, locator, steps, keys) {
  const summaries = [];
  for (const phase of PHASES) summaries.push(summarise(await timeSteps(page, locator, steps, keys, phase)));
  return summaries;
}

const row = (cells, widths) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' ');
const WIDTHS = [44, 8, 24, 24];
const cell = ({ within, worst }) => `${(within * 100).toFixed(0)} % (${worst ? `${worst} ms` : '< 16 ms'})`;
const printRow = (name, n, summaries) => console.log(row([name, n, ...summaries.map(cell)], WIDTHS));

/** The widget's μ and σ at each size, the reference page's, then every other control at the default data. */
export async function frameTable(browser, server, steps) {
  console.log(
    `\nSteps painted within a frame (Event Timing, ${steps} keyboard steps per control; durations come in 8 ms units)`,
  );
  console.log(`Within ${FRAME_MS} ms (worst): keys pressed at once after a paint, and at random moments of the frame`);
  console.log(row(['control', 'n', ...PHASES], WIDTHS));

  const here = path.dirname(fileURLToPath(import.meta.url));
  const reference = await serveDist('/reference/', path.join(here, 'bench'));
  for (const n of [40, 1000, 100000]) {
    const plain = await openPage(browser, `${reference.base}plain-widget.html?n=${n}`, { allChapters: false });
    await record(plain.page);
    for (const [name, id] of [
      ['plain-DOM reference: μ', '#mu'],
      ['plain-DOM reference: σ', '#sigma'],
    ]) {
      printRow(name, n, await timeBoth(plain.page, plain.page.locator(id), steps, sweep));
    }
    await plain.context.close();

    // Followed as a reader follows the link (a search of the page would end the landing and
    // leave the page at the top), then still: every chapter arrived.
    const app = await openPage(browser, `${server.base}?n=${n}#likelihood-widget`, { allChapters: false });
    await settled(app.page);
    // …and the parts far from the screen may be skipped (ui/skipFarParts), as a reader finds them.
    await app.page.waitForSelector('[data-skippable]', { state: 'attached' });
    await record(app.page);
    const widget = app.page.getByTestId('widget-instrument');
    for (const label of ['Mean μ', 'Standard deviation σ']) {
      const slider = widget.getByRole('slider', { name: label });
      printRow(`widget: ${label}`, n, await timeBoth(app.page, slider, steps, sweep));
    }
    if (n === 40) await everyOtherControl(app.page, steps);
    await app.context.close();
  }
  await reference.close();
  console.log('Done when: the widget ≥ 95 % at n = 40 and 1,000, ≥ 80 % at 100,000; every other control ≥ 95 %.');
}

/** Every slider outside the widget, the derivation's stepper and the draggable song (by its keyboard path). */
async function everyOtherControl(page, steps) {
  const sliders = page.locator('input[type="range"]');
  const count = await sliders.count();
  for (let i = 0; i < count; i++) {
    const slider = sliders.nth(i);
    const where = await slider.evaluate((el) => ({
      section: el.closest('.section, .chapter')?.id,
      label: el.labels?.[0]?.textContent?.trim(),
      inWidget: !!el.closest('[data-testid="widget-instrument"]'),
    }));
    if (where.inWidget) continue;
    await slider.scrollIntoViewIfNeeded();
    printRow(`${where.section}: ${where.label}`, 40, await timeBoth(page, slider, steps, sweep));
  }
  const stepper = page.getByRole('group', { name: 'Derivation steps' });
  await stepper.scrollIntoViewIfNeeded();
  // Next, Next, … then Back, Back, …: Enter on whichever button has focus.
  const next = stepper.getByRole('button', { name: 'Next step' });
  const back = stepper.getByRole('button', { name: 'Back' });
  const summaries = [];
  for (const phase of PHASES) {
    const durations = [];
    for (let round = 0; durations.length < steps; round++) {
      const button = round % 2 === 0 ? next : back;
      while (durations.length < steps && (await button.isEnabled())) {
        durations.push(...(await timeSteps(page, button, 1, () => 'Enter', phase)));
      }
    }
    summaries.push(summarise(durations));
  }
  printRow('derivation: Next step / Back', 40, summaries);
}
