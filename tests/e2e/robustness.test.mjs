// Robustness in the browser. Part 1 loads hostile links (fuzzed with a fixed seed) into the
// built page: it always renders, runs nothing the link carries, and logs no error. Part 2
// scrolls through every mode of React's development build (npm run build:dev), where React
// reports mistakes it stays silent about in production, and expects a console with no error
// and no warning.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { CHAPTER_IDS, idle, launch, nextFrames, renderAllChapters, serveDist, twoAtATime } from './harness.mjs';
import { hostileLink } from '../fuzz/hostile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** React's development build of the site; LAB_DEV_DIST points at another copy. */
const DEV_DIST = process.env.LAB_DEV_DIST ? path.resolve(process.env.LAB_DEV_DIST) : path.join(root, 'dist-dev');
/** Chapter ids: public interface (README), never renamed. */
const HUGE = ''.padEnd(100_000, '9');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** How many chapters a link shows: one for a valid chapter=, all of them otherwise. */
function expectedChapters(url) {
  return CHAPTER_IDS.includes(new URL(url).searchParams.get('chapter')) ? 1 : CHAPTER_IDS.length;
}

/** Waits for the chapters (chapters after the first may load lazily). */
async function waitForChapters(page, count) {
  try {
    await page.waitForFunction((n) => document.querySelectorAll('.chapter').length === n, count, { timeout: 30_000 });
  } catch (error) {
    // What the page holds instead, so that a failure explains itself.
    const seen = await page.evaluate(() => ({
      chapters: [...document.querySelectorAll('#root section[id]:not(.section)')].map((s) => `${s.id}.${s.className}`),
      scrollY: window.scrollY,
      height: document.documentElement.scrollHeight,
      hash: location.hash,
    }));
    throw new Error(`${count} chapters expected; the page holds ${JSON.stringify(seen)}`, { cause: error });
  }
}

describe('fuzzed links', () => {
  let server;
  before(async () => {
    server = await serveDist();
  });
  after(async () => {
    await server?.close();
  });

  // The cases the issue names, then a fixed-seed sample of random ones.
  const named = [
    '?seed=99999999999999999999999&n=-1&mu=1e309&sigma=-5',
    '?mu=1&mu=2&mu=<b>&sigma=3&sigma=-3&theme=dark&theme=neon&family=laplace&family=lognormal',
    '?name=<script>window.__xss=1</script>&unit="><img src=x onerror="window.__xss=1">&data=1_2_3',
    `?data=${encodeURIComponent('1_2_<img src=x onerror=window.__xss=1>')}&name=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E`,
    '?data=junk_%%_1e999_NaN&family=lognormal&location=-1e308&scale=-0',
    '?data=-5_0_5&family=lognormal#likelihood-widget',
    '?chapter=nonexistent#likelihood-widget',
    '?chapter=story%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E',
    '?present=1&chapter=<script>&notes=banana#%E0%A4%A',
    '?present=1&mu=NaN#"><img src=x onerror=window.__xss=1>',
    '?present=1&notes=1&embed=1&chapter=derivatives#nonexistent',
    `?name=${HUGE}`,
    `?data=${HUGE}`,
    '?%E0%A4%A=1&mu=%E0%A4%A&theme=%#%E0%A4%A',
    '?embed=1&chapter=likelihood&family=laplace&location=1e308&scale=-0#why-log',
    `?unit=${encodeURIComponent('𝜇σ\u202e\u0000\u0007')}&name=${encodeURIComponent('ﬀ\u200b'.repeat(30))}#${encodeURIComponent('"\'quoted\'"')}`,
    `#glossary"'<>`,
  ];
  // Ten random ones: the unit fuzz tests feed a thousand to the parsers; here each link costs a
  // whole page rendered, and what the browser adds (markup, console, script) shows in a few.
  const sampled = fc.sample(hostileLink, { seed: 20_250_917, numRuns: 10 });
  const links = [...named, ...sampled];

  it(`${links.length} hostile links: the page renders, runs nothing from the link, and logs no error`, async () => {
    // Each case has a fresh context; two at a time keeps the whole run short.
    const failures = await twoAtATime(
      links.keys(),
      async (i) => {
        const failure = await loadLink(server.base, links[i]);
        if (failure) throw new Error(failure);
      },
      (i) => `#${i} ${shorten(links[i])}`,
    );
    assert.deepEqual(failures, []);
  });
});

const shorten = (text) => JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);

/** Loads one link; returns what went wrong, or null. */
async function loadLink(base, link) {
  const url = `${base}${link}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    await renderAllChapters(page);
    await waitForChapters(page, expectedChapters(url));
    await idle(page);
    const found = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      injected: [
        ...document.querySelectorAll(
          '[onerror], [onload], [onclick], [onmouseover], iframe[srcdoc], script:not([src]), img[src="x"]',
        ),
      ].map((el) => el.outerHTML.slice(0, 80)),
      xss: '__xss' in window,
    }));
    const problems = [];
    if (found.h1 < 1) problems.push('no h1');
    if (found.injected.length) problems.push(`injected markup ${found.injected.join(' ')}`);
    if (found.xss) problems.push('window.__xss was set');
    if (errors.length) problems.push(`console: ${errors.map((e) => e.slice(0, 300)).join(' | ')}`);
    return problems.length ? problems.join('; ') : null;
  } catch (error) {
    const logged = errors.length ? `; console: ${errors.map((e) => e.slice(0, 300)).join(' | ')}` : '';
    return `${String(error).split('\n')[0].slice(0, 300)}${logged}`;
  } finally {
    await context.close();
  }
}

describe('development build: a console-clean scroll in every mode', () => {
  let server;
  before(async () => {
    if (!fs.existsSync(path.join(DEV_DIST, 'index.html')))
      throw new Error(`${DEV_DIST}/index.html not found: run \`npm run build:dev\` before the browser tests.`);
    server = await serveDist('/lab/', DEV_DIST);
  });
  after(async () => {
    await server?.close();
  });

  it('is a development build (React reports its warnings)', () => {
    const assets = path.join(DEV_DIST, 'assets');
    const scripts = fs.readdirSync(assets).filter((file) => file.endsWith('.js'));
    assert.ok(
      scripts.some((file) =>
        fs.readFileSync(path.join(assets, file), 'utf8').includes('Each child in a list should have a unique'),
      ),
      'React development code in dist-dev: build it with `npm run build:dev`',
    );
  });

  const light = { colorScheme: 'light' };
  const modes = [
    { name: 'light, desktop', link: '', options: light },
    { name: 'dark, desktop', link: '', options: { colorScheme: 'dark' } },
    {
      name: 'light, phone 390 px',
      link: '',
      options: { ...light, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    },
    // Embedded: the whole page, and one chapter alone (the chapters' own code is what the
    // full-page modes scroll through; what embedding adds is its header and its messages).
    { name: 'embed=1', link: '?embed=1', options: light },
    { name: 'embed=1, chapter=likelihood', link: '?embed=1&chapter=likelihood', options: light },
    // A theme chosen by link over a light system (the dark mode above is the system's).
    { name: 'theme=dark, phone', link: '?theme=dark', options: { ...light, viewport: { width: 390, height: 844 } } },
    {
      name: 'own data, Laplace',
      link: '?data=512_498_.5_1e3_733_610_587_402_455_690&name=Reaction%20time&unit=ms&family=laplace',
      options: light,
    },
    { name: 'present=1 with notes=1, every slide', link: '?present=1&notes=1', options: light, present: true },
  ];

  for (const mode of modes) {
    it(mode.name, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...mode.options });
      const page = await context.newPage();
      const messages = [];
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => messages.push(`uncaught: ${error}`));
      try {
        const url = `${server.base}${mode.link}`;
        await page.goto(url, { waitUntil: 'networkidle' });
        if (mode.present) {
          await waitForChapters(page, expectedChapters(url));
          const where = page.getByRole('toolbar', { name: 'Presenter controls' }).locator('.presenter-bar__where');
          const total = Number((await where.textContent()).match(/of (\d+)/)[1]);
          for (let slide = 1; slide < total; slide++) {
            await scrollThrough(page);
            await page.keyboard.press('ArrowRight');
            await where.filter({ hasText: `Slide ${slide + 1} of ${total}` }).waitFor();
          }
          await scrollThrough(page);
        } else {
          // The reader scrolls; later chapters render as they come near.
          await scrollThrough(page);
          await waitForChapters(page, expectedChapters(url));
        }
        // Deferred renders and observers settle.
        await idle(page);
      } catch (error) {
        // A page that stopped working usually said why in its console.
        if (!messages.length) throw error;
        throw new Error(`${error.message.split('\n')[0]}\nconsole:\n${messages.join('\n')}`, { cause: error });
      } finally {
        await context.close();
      }
      assert.deepEqual(messages, []);
    });
  }
});

/**
 * Scrolls from the top to the bottom in steps of 0.8 of the window, opening every <details>
 * on the way, so that each figure renders on the screen.
 */
async function scrollThrough(page) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  for (let step = 0; step < 1_000; step++) {
    const atBottom = await page.evaluate(() => {
      for (const details of document.querySelectorAll('details:not([open])')) details.open = true;
      const before = window.scrollY;
      window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'instant' });
      // The bottom, once no chapter is still on its way (each one makes the page longer).
      return window.scrollY === before && !document.querySelector('.chapter-placeholder');
    });
    if (atBottom) break;
    await nextFrames(page);
  }
}
