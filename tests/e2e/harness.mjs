// Shared by the end-to-end tests and the benchmark: serve dist/ on loopback and drive
// Debian's Chromium through playwright-core. Nothing here downloads a browser.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built site; LAB_DIST points the tests at another build (e.g. a development build). */
export const DIST = process.env.LAB_DIST ? path.resolve(process.env.LAB_DIST) : path.join(root, 'dist');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export { CHAPTER_IDS } from './chapters.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

/** Fails early, with what to do, when the build or the browser is missing. */
export function preflight() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM to a Chromium binary.`,
    );
  }
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/index.html not found: run `npm run build` before the browser tests.');
  }
}

/**
 * Serves dist/ (or another build, `dir`) under a sub-path (/lab/), proving the relative base
 * works. `asStaticHost` also compresses text with gzip and caches hashed assets for a year,
 * as a real host would (the benchmark's Lighthouse runs need the real transfer sizes).
 */
export async function serveDist(prefix = '/lab/', dir = DIST, { asStaticHost = false } = {}) {
  dir = path.resolve(dir);
  // Room for very long links (the robustness test sends a 100 KB parameter); Node's default is 16 KB.
  const server = http.createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(dir, decodeURIComponent(pathname.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (file.endsWith(path.sep) || file === dir) file = path.join(file, 'index.html');
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404).end();
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type };
      if (asStaticHost) {
        const hashed = pathname.startsWith(`${prefix}assets/`);
        headers['cache-control'] = hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
        if (
          /^(text\/|application\/json|image\/svg)/.test(type) &&
          /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
        ) {
          body = zlib.gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
          headers.vary = 'Accept-Encoding';
        }
      }
      res.writeHead(200, headers).end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { base, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * A host page server on its own port, reached as "localhost" while the app is served on
 * "127.0.0.1": a different origin, as an LMS page embedding the explorable would be.
 * `pages` maps a path to the HTML served there.
 */
export async function serveHost(pages) {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url, 'http://localhost').pathname;
    const html = pages[pathname];
    if (pathname === '/favicon.ico') res.writeHead(204).end();
    else if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Chromium's flags everywhere it is launched: no sandbox (containers), no GPU, nothing fetched on its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  preflight();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * A page that records console errors and uncaught exceptions. Later chapters render as the
 * reader nears them; unless `allChapters: false`, every chapter is rendered first (as when
 * the reader searches the page), for tests that go straight to a later chapter.
 */
export async function openPage(browser, url, { allChapters = true, ...options } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  if (allChapters) {
    // Rendering every chapter waits for their code, so the load event is enough here; an
    // idle network would add half a second to every test.
    await page.goto(url, { waitUntil: 'load' });
    await renderAllChapters(page);
  } else {
    await page.goto(url, { waitUntil: 'networkidle' });
  }
  return { page, context, errors };
}

/**
 * Runs `check` on every item, two at a time (one page per core), and returns what failed, one
 * line per item that threw, named by `name`: for checks that each open a fresh page, whose
 * loads wait on the network and on quiet frames as much as on the processor.
 */
export async function twoAtATime(items, check, name = String) {
  const failures = [];
  const queue = [...items];
  const worker = async () => {
    while (queue.length) {
      const item = queue.shift();
      try {
        await check(item);
      } catch (error) {
        failures.push(`${name(item)}: ${String(error.message ?? error).split('\n')[0]}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return failures;
}

// Waiting for conditions, never for guessed times: a busy machine stretches every time, and
// a wait long enough there wastes minutes everywhere else.

/**
 * What a page was asked to do, or a failure naming it after 30 s: page.evaluate has no
 * timeout of its own, and a page that stopped drawing frames would otherwise hang the run.
 */
function bounded(what, target, promise) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(async () => {
      reject(new Error(`${what}: not done after 30 s; ${await stallReport(target)}`));
    }, 30_000);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * What a page that stopped drawing is doing, so that a timeout explains itself: whether its
 * main thread still answers (a long task, or a page that answers but draws no frame), and
 * what it shows.
 */
async function stallReport(target) {
  const within = (ms, promise) =>
    Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('no answer'), ms))]);
  const state = await within(
    2_000,
    target
      .evaluate(() =>
        JSON.stringify({
          visibility: document.visibilityState,
          hasFocus: document.hasFocus(),
          scrollY: window.scrollY,
          scrollHeight: document.documentElement.scrollHeight,
          viewport: [window.innerWidth, window.innerHeight, window.visualViewport?.scale],
          placeholders: document.querySelectorAll('.chapter-placeholder').length,
          landing: document.documentElement.dataset.landing ?? null,
          openDialogs: document.querySelectorAll('dialog[open]').length,
          fullscreen: Boolean(document.fullscreenElement),
        }),
      )
      .catch((error) => `evaluate failed: ${error.message}`),
  );
  const frame = await within(
    2_000,
    target
      .evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve('drawn'))))
      .catch((error) => `evaluate failed: ${error.message}`),
  );
  let more = '';
  if (frame !== 'drawn') more = `; ${await framePipelineReport(target, within)}`;
  return `the page then: ${state}; one more frame within 2 s: ${frame}${more}`;
}

/** What the stall report counts in a Chromium trace: a frame's stages, from begun to drawn. */
const COUNTED_TRACE_EVENTS = [
  'Scheduler::BeginFrame',
  'Scheduler::BeginImplFrame',
  'SendBeginMainFrameToCommit',
  'LocalFrameView::RunPaintLifecyclePhase',
  'ActivateLayerTree',
  'ProxyImpl::ScheduledActionPrepareTiles',
  'LayerTreeHostImpl::BuildRasterQueue',
  'RasterTask',
  'ProxyImpl::ReadyToActivate',
  'LayerTreeHostImpl::ActivateSyncTree',
  'SoftwareRenderer::DoDrawQuad',
  'DisplayScheduler::DrawAndSwap',
];

/**
 * When a page answers but draws no frame, where its frames stop: whether a fresh page in the
 * same browser still draws (a browser-wide stall: the display compositor), and what the
 * page's own compositor did for 2 s (a Chromium trace: frames begun, main frames sent,
 * tiles prepared and rasterised, trees activated, frames drawn, and its scheduler's last
 * state: a stall in CI had a pending tree that never activated, and no raster at all).
 */
async function framePipelineReport(target, within) {
  const page = typeof target.page === 'function' ? target.page() : target;
  const browser = page.context().browser();
  if (!browser) return 'no browser to ask';
  const fresh = await within(
    5_000,
    (async () => {
      const context = await browser.newContext();
      try {
        const other = await context.newPage();
        return await other.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve('draws'))));
      } finally {
        await context.close();
      }
    })().catch((error) => `failed: ${error.message}`),
  );
  let trace;
  try {
    await browser.startTracing(page, {
      categories: [
        'cc',
        'viz',
        'gpu',
        'blink',
        'disabled-by-default-cc.debug.scheduler',
        'disabled-by-default-cc.debug',
      ],
    });
    // Asks for a frame twice over: a callback, and a style change to paint.
    await page
      .evaluate(() => {
        requestAnimationFrame(() => {});
        document.documentElement.style.outline = '1px solid transparent';
      })
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const { traceEvents } = JSON.parse(String(await browser.stopTracing()));
    const counts = {};
    let scheduler = null;
    for (const event of traceEvents) {
      // The tile manager's steps too: a pending tree activates once its tiles are rasterised.
      const counted = COUNTED_TRACE_EVENTS.includes(event.name) || event.name.startsWith('TileManager::');
      if (counted && event.ph !== 'e') counts[event.name] = (counts[event.name] ?? 0) + 1;
      if (event.name === 'SchedulerStateMachine') scheduler = event.args?.cc_scheduler_state?.state_machine ?? null;
    }
    // The scheduler's stages, and of its flags those set (what it waits for).
    const waits = scheduler && {
      ...scheduler.major_state,
      set: Object.keys(scheduler.minor_state ?? {}).filter((key) => scheduler.minor_state[key] === true),
    };
    trace = `its compositor for 2 s: ${JSON.stringify(counts)}; its scheduler then: ${JSON.stringify(waits)}`;
  } catch (error) {
    trace = `tracing failed: ${error.message}`;
  }
  return `a fresh page in the same browser: ${fresh}; ${trace}`;
}

/** Resolves once the page (or frame) has drawn `count` more frames. */
export const nextFrames = (target, count = 2) =>
  bounded(
    `${count} frames drawn`,
    target,
    target.evaluate(async (n) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    }, count),
  );

/**
 * Resolves once the page (or frame) has nothing left to do: a frame drawn, then a task of
 * background priority, which the browser runs only once no task of higher priority is
 * queued (React's deferred renders, observers' callbacks, timers due, events such as toggle
 * or securitypolicyviolation). Not requestIdleCallback: on a busy machine every frame can
 * overrun its budget, and an idle period then never comes.
 */
export const idle = (target) =>
  bounded(
    'a frame, then a background task',
    target,
    target.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await window.scheduler.postTask(() => {}, { priority: 'background' });
    }),
  );

/**
 * Resolves once the page is still: every chapter rendered, the fonts in, no landing on a
 * link's target under way (<html data-landing>), and the scroll position the same for five
 * frames in a row.
 */
export const settled = (page) =>
  bounded(
    'the page still',
    page,
    page.evaluate(async () => {
      await document.fonts.ready;
      let still = 0;
      let last = NaN;
      while (still < 5) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const busy = document.querySelector('.chapter-placeholder') || document.documentElement.dataset.landing;
        still = !busy && window.scrollY === last ? still + 1 : 0;
        last = window.scrollY;
      }
    }),
  );

/** How far the element's top is below the sticky navigation (or the top of the window), in px. */
export const belowNavigation = (page, id) =>
  page.evaluate((target) => {
    const nav = document.querySelector('.chapter-nav');
    const navBottom = nav ? nav.getBoundingClientRect().bottom : 0;
    return document.getElementById(target).getBoundingClientRect().top - navBottom;
  }, id);

/**
 * Scrolls down with the mouse wheel as a reader would, to the very end: until the page
 * stops moving and no chapter is still on its way (each one makes the page longer).
 */
export async function scrollToEnd(page, step = 700) {
  for (let i = 0; i < 1000; i++) {
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, step);
    await nextFrames(page);
    const done = await page.evaluate(
      (y) => window.scrollY === y && !document.querySelector('.chapter-placeholder'),
      before,
    );
    if (done) return;
  }
}

/**
 * Waits for the app's first render (React renders after the load event): something inside
 * #root. A page without #root (a host page, about:blank) has nothing to wait for.
 */
export const firstRender = (target) =>
  target.waitForFunction(() => {
    const root = document.getElementById('root');
    return !root || root.childElementCount > 0;
  });

/** Renders every chapter, as the page does when the reader searches it (Ctrl+F), and waits for them. */
export async function renderAllChapters(target) {
  await firstRender(target);
  await target.locator('body').press('Control+f');
  await target.waitForFunction(() => !document.querySelector('.chapter-placeholder'));
}

/**
 * Answers every check at the end of a chapter (the first choice shown, right or wrong, or a
 * number): the lesson counts as completed once the last chapter's are answered, whatever the answers.
 */
export async function answerChecks(target, chapter) {
  const forms = target.locator(`#${chapter}-checks [data-testid="check"]`);
  const count = await forms.count();
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    const radios = form.getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    else await form.getByRole('textbox').fill('1');
    await form.getByRole('button', { name: 'Check my answer' }).click();
  }
  return count;
}

/**
 * Starts recording the page's long tasks (over 50 ms); the returned function gives the
 * longest so far, in milliseconds (0 if none).
 */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => Math.max(0, ...window.__longTasks));
}
