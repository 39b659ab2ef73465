// What the first screen loads, and how the later chapters arrive: as the reader nears them,
// all at once for a deep link or a link followed, never lost.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHAPTER_IDS, belowNavigation, nextFrames, openPage, settled } from './harness.mjs';
import { useSite } from './site.mjs';

const site = useSite();

const counts = (page) =>
  page.evaluate(() => ({
    chapters: document.querySelectorAll('.chapter').length,
    placeholders: document.querySelectorAll('.chapter-placeholder').length,
  }));

/** Opens the page with no help from the harness, recording every script it fetches. */
async function openFresh(query, viewport = { width: 390, height: 844 }) {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  const scripts = [];
  const errors = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.split('/').pop());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.server.base}${query}`, { waitUntil: 'networkidle' });
  return { page, context, scripts, errors };
}

describe('loading', () => {
  it('the first screen fetches only the first bundle; the story is whole and its charts drawn', async () => {
    const { page, context, scripts, errors } = await openFresh('');
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll('script[src], link[rel="modulepreload"]')].map((el) =>
        (el.getAttribute('src') ?? el.getAttribute('href')).split('/').pop(),
      ),
    );
    assert.deepEqual([...scripts].sort(), [...preloaded].sort());
    // Two scripts, the entry and React: a module shared with a later chunk (the chart kit) is
    // kept in the entry, not split into a third request that a slow network queues.
    assert.deepEqual(scripts.map((file) => file.replace(/-[\w-]+\.js$/, '')).sort(), ['index', 'react']);
    assert.deepEqual(await counts(page), { chapters: 1, placeholders: CHAPTER_IDS.length - 1 });
    assert.ok((await page.locator('#story svg.plain-chart').count()) >= 3, 'the story draws its three charts');
    // Later chapters hold their place with their title, so that the navigation can name them.
    assert.match(await page.locator('#derivatives').textContent(), /From sliders to proof/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('later chapters render as the reader scrolls down to them', async () => {
    const { page, context, errors } = await openFresh('');
    for (let i = 0; i < 200 && (await counts(page)).placeholders > 0; i++) {
      await page.mouse.wheel(0, 700);
      await nextFrames(page);
    }
    assert.deepEqual(await counts(page), { chapters: CHAPTER_IDS.length, placeholders: 0 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a deep link into a later chapter renders every chapter and lands on its section', async () => {
    const { page, context, errors } = await openFresh('#bias', { width: 1280, height: 900 });
    await settled(page);
    assert.deepEqual(await counts(page), { chapters: CHAPTER_IDS.length, placeholders: 0 });
    const offset = await belowNavigation(page, 'bias');
    assert.ok(offset >= 0 && offset <= 12, `#bias is ${offset} px below the navigation`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a link to a chapter’s checks or its recap lands on them', async () => {
    for (const id of ['likelihood-checks', 'derivatives-recap']) {
      const { page, context, errors } = await openFresh(`#${id}`, { width: 1280, height: 900 });
      await settled(page);
      const offset = await belowNavigation(page, id);
      assert.ok(offset >= 0 && offset <= 12, `#${id} is ${offset} px below the navigation`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  // A shared link's chapter comes first, alone; the chapters above and below it arrive later,
  // and the reader, already reading, must not see the target move as they do.
  for (const id of ['likelihood-widget', 'residuals']) {
    it(`a deep link to #${id} shows its chapter first, and the target stays put while the rest arrives`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // Every frame from the first in which the target is rendered: its distance below the
      // navigation and how many chapters still hold their places.
      await page.addInitScript((target) => {
        window.__frames = [];
        const sample = () => {
          const element = document.getElementById(target);
          if (element && !element.closest('.chapter-placeholder')) {
            const nav = document.querySelector('.chapter-nav');
            window.__frames.push({
              offset: element.getBoundingClientRect().top - (nav ? nav.getBoundingClientRect().bottom : 0),
              waiting: document.querySelectorAll('.chapter-placeholder').length,
              landing: Boolean(document.documentElement.dataset.landing),
            });
          }
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      }, id);
      await page.goto(`${site.server.base}#${id}`, { waitUntil: 'load' });
      await settled(page);
      const frames = await page.evaluate(() => window.__frames);
      assert.ok(frames[0].waiting > 0, 'the other chapters were still to come when the target first showed');
      // From the landing's first jump until the last chapter is in and the landing over.
      const landed = frames.findIndex((frame) => Math.abs(frame.offset) <= 12);
      assert.ok(landed >= 0 && landed <= 2, `landed in frame ${landed}`);
      const arriving = frames.slice(landed).filter((frame) => frame.waiting > 0 || frame.landing);
      assert.ok(arriving.length > 0);
      const moved = arriving.filter((frame) => frame.offset < 0 || frame.offset > 12);
      assert.deepEqual(moved, [], `the target moved while the rest arrived`);
      assert.deepEqual(await counts(page), { chapters: CHAPTER_IDS.length, placeholders: 0 });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  // The parts of the page around a linked section arrive after it, so that it shows sooner.
  it('a deep link to a section renders that section whole at once (its charts in their boxes), and the parts around it afterwards', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const sample = () => {
        const target = document.getElementById('mse-vs-mae');
        if (target && !target.closest('.chapter-placeholder')) {
          // Its charts may still be waiting for the chart kit, each holding its box (ui/charts/deferredCharts).
          const heldBoxes = [...target.querySelectorAll('.chart-placeholder')].filter((box) => box.style.height);
          window.__first = {
            insideTarget: target.querySelectorAll('.chapter-placeholder').length - heldBoxes.length,
            figuresInTarget: target.querySelectorAll('svg.recharts-surface').length + heldBoxes.length,
            elsewhere: document.querySelectorAll('.part-placeholder').length,
          };
        } else requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto(`${site.server.base}#mse-vs-mae`, { waitUntil: 'load' });
    await settled(page);
    const first = await page.evaluate(() => window.__first);
    assert.equal(first.insideTarget, 0, 'the linked section was whole when it first showed');
    assert.ok(first.figuresInTarget >= 2, 'with its charts, or the boxes they draw in');
    assert.ok((await page.locator('#mse-vs-mae svg.recharts-surface').count()) >= 2, 'its charts drawn since');
    assert.ok(first.elsewhere > 0, 'while parts of the page around it were still to come');
    assert.deepEqual(await counts(page), { chapters: CHAPTER_IDS.length, placeholders: 0 });
    await context.close();
  });

  // A layout shift is content moving under the reader's eyes (Lighthouse's CLS): neither the
  // landing nor the parts arriving around the target may cause one, on a phone or a desktop.
  for (const [id, viewport] of [
    ['likelihood-widget', { width: 390, height: 844 }],
    ['confidence-intervals', { width: 390, height: 844 }],
    ['residuals', { width: 390, height: 844 }],
    // Below the derivation, whose steps arrive one by one inside the target's chapter.
    ['bias', { width: 390, height: 844 }],
    // The bottom of the section above shows under the navigation: its charts must come with it.
    ['curvature', { width: 390, height: 844 }],
    ['story', { width: 390, height: 844 }],
    ['slope-zero', { width: 1280, height: 900 }],
  ]) {
    it(`a deep link to #${id} paints its target first where the reader sees it, and fills in without shifting the layout (${viewport.width} px)`, async () => {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript((target) => {
        // The largest paint is the target's own content, first painted where the reader sees
        // it (an element first painted off screen never counts, even once scrolled to).
        window.__largest = null;
        new PerformanceObserver((list) => {
          const element = list.getEntries().at(-1).element;
          window.__largest = element ? Boolean(element.closest(`#${target}`)) : null;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (!entry.hadRecentInput)
              window.__shifts.push({
                value: entry.value,
                moved: entry.sources.map((source) => source.node?.parentElement?.closest('[id]')?.id ?? '?'),
              });
        }).observe({ type: 'layout-shift', buffered: true });
      }, id);
      await page.goto(`${site.server.base}#${id}`, { waitUntil: 'load' });
      await settled(page);
      const shifts = await page.evaluate(() => window.__shifts);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      assert.ok(total < 0.01, `layout shift ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
      assert.equal(await page.evaluate(() => window.__largest), true, 'the largest paint is in the target');
      const offset = await belowNavigation(page, id);
      assert.ok(offset >= 0 && offset <= 12, `#${id} is ${offset} px below the navigation`);
      await context.close();
    });
  }

  // A live formula's placeholder stood a few pixels taller or shorter than the formula once
  // typeset: #curvature, just above #confidence-intervals, shrank by 7 px as KaTeX arrived, and
  // in the frame where chapters also arrived above it Chromium counted a layout shift of 0.92.
  for (const width of [390, 1280]) {
    it(`every live formula displayed keeps its box's height as KaTeX typesets it (${width} px)`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      let release = () => {};
      const typesetterHeld = new Promise((resolve) => (release = resolve));
      await page.route(/typesetter-[\w-]+\.js$/, async (route) => {
        await typesetterHeld;
        await route.continue();
      });
      await page.goto(`${site.server.base}#residuals`, { waitUntil: 'load' });
      const heights = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.math-block--live')].map((box) => [
            box.closest('[id]').id,
            Math.round(box.getBoundingClientRect().height * 10) / 10,
          ]),
        );
      // Every chapter in, each live formula still waiting for KaTeX.
      await page.waitForFunction(
        () =>
          document.querySelectorAll('.math-block--live .formula-placeholder').length === 7 &&
          !document.querySelector('.part-placeholder'),
      );
      const waiting = await heights();
      release();
      await page.waitForFunction(() => !document.querySelector('.formula-placeholder'));
      assert.deepEqual(await heights(), waiting);
      await context.close();
    });
  }

  for (const id of ['gradient-descent', 'residuals']) {
    it(`following a link to #${id}, not rendered yet, renders the chapters and lands there`, async () => {
      const { page, context, errors } = await openFresh('', { width: 1280, height: 900 });
      await page.locator(`nav a[href="#${id}"]`).click();
      // Lands, and stays there once the chapters have arrived and the charts measured themselves.
      await settled(page);
      const offset = await belowNavigation(page, id);
      assert.ok(offset >= 0 && offset <= 12, `#${id} is ${offset} px below the navigation`);
      assert.equal(await page.evaluate(() => window.location.hash), `#${id}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  // A deep link jumps again as the page above it settles (fonts, charts, chapters arriving);
  // a link followed in the meantime must cancel those jumps, or the reader is pulled back.
  // A screen reader follows a link with a click event alone (no pointer, no key).
  for (const how of ['a link in the navigation followed by a screen reader', 'a changed hash']) {
    it(`a link followed while a deep link is still landing goes to its target and stays (${how})`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // The math fonts arrive only after the second navigation, as on a slow connection: the
      // page above both targets changes height then.
      let releaseFonts;
      const fontsHeld = new Promise((resolve) => (releaseFonts = resolve));
      await page.route('**/*.woff2', async (route) => {
        await fontsHeld;
        await route.continue();
      });
      await page.goto(`${site.server.base}#derivatives`, { waitUntil: 'commit' });
      // The first target has rendered; the page above it has not settled yet.
      await page.locator('#derivatives.chapter').waitFor();
      if (how === 'a changed hash') await page.evaluate(() => (window.location.hash = '#slope-zero'));
      else await page.locator('nav a[href="#slope-zero"]').dispatchEvent('click');
      releaseFonts();
      await settled(page);
      const offset = await belowNavigation(page, 'slope-zero');
      assert.ok(offset >= 0 && offset <= 12, `#slope-zero is ${offset} px below the navigation`);
      assert.equal(await page.evaluate(() => window.location.hash), '#slope-zero');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  // Once everything has arrived, the browser may skip laying out and painting what is far
  // from the screen (content-visibility: auto): a slider step then redraws much less.
  it('a deep link paints its chapter, fixed formulas typeset, before it asks for anything else: the chart kit, KaTeX and the other chapters come after', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // The first frame in which the linked section stands rendered where the reader sees it
      // (its text drawn in that frame). The landing's own scroll to it is no reader's move:
      // nothing may be fetched on it before that frame.
      const sample = () => {
        const target = document.getElementById('likelihood-widget');
        const top = target?.getBoundingClientRect().top;
        if (target && !target.closest('.chapter-placeholder') && top >= 0 && top < innerHeight) {
          window.__shown = performance.now();
          // Its fixed formulas typeset in that same frame (at build time: no KaTeX code).
          window.__formulas = target.querySelectorAll('.katex').length;
        } else requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto(`${site.server.base}#likelihood-widget`, { waitUntil: 'load' });
    await settled(page);
    const { shown, formulas, asked } = await page.evaluate(() => ({
      shown: window.__shown,
      formulas: window.__formulas,
      asked: performance
        .getEntriesByType('resource')
        .filter((entry) =>
          /\/(kit|typesetter|Assumption|Derivatives|Uncertainty|Residuals)-[\w-]+\.js$/.test(entry.name),
        )
        .map((entry) => ({ name: entry.name.replace(/.*\//, ''), start: entry.startTime })),
    }));
    assert.ok(formulas >= 2, `${formulas} formulas typeset in the target's first frame`);
    assert.equal(asked.length, 6, JSON.stringify(asked));
    for (const { name, start } of asked)
      assert.ok(start > shown, `${name} asked for at ${start} ms, before ${shown} ms`);
    assert.equal(await page.locator('#likelihood-widget svg.recharts-surface').count(), 1, 'its chart drawn since');
    await context.close();
  });

  it('once the page has arrived, far parts are skipped without moving anything; they come back whole', async () => {
    const { page, context, errors } = await openFresh('#likelihood-widget', { width: 1280, height: 900 });
    await settled(page);
    const geometry = () =>
      page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        target: document.getElementById('likelihood-widget').getBoundingClientRect().top,
        lossTable: document.getElementById('loss-table').getBoundingClientRect().top + window.scrollY,
      }));
    const before = await geometry();
    await page.waitForSelector('[data-skippable]', { state: 'attached' });
    await nextFrames(page);
    const shown = (id) =>
      page.evaluate(
        // A skipped part's own box stays; what it holds is skipped.
        (part) => document.getElementById(part).firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
        id,
      );
    assert.equal(await shown('likelihood-widget'), true, 'the part on screen is drawn');
    assert.equal(await shown('loss-table'), false, 'a part far below is skipped');
    assert.equal(await shown('story-checks'), false, 'a part far above is skipped');
    const after = await geometry();
    for (const key of Object.keys(before))
      assert.ok(Math.abs(after[key] - before[key]) <= 1, `${key}: ${before[key]} px before, ${after[key]} px after`);

    // Scrolled to, a skipped part is drawn at the height it had, its chart at its width.
    await page.locator('#loss-table').scrollIntoViewIfNeeded();
    await nextFrames(page, 3);
    assert.equal(await shown('loss-table'), true);
    assert.ok(
      Math.abs((await geometry()).height - before.height) <= 1,
      'the page is as tall as before, with the part drawn',
    );
    // Printing lays out every part, the skipped ones too. Which parts are skipped is settled in
    // the rendering update after the media changes (as printing's own layout does): read it then,
    // not from the update before (that read failed about one run in three).
    await page.emulateMedia({ media: 'print' });
    await nextFrames(page);
    assert.equal(await shown('story-checks'), true, 'printed, a far part is laid out');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('moving with Tab renders every chapter, so that the keyboard never skips one', async () => {
    const { page, context } = await openPage(site.browser, site.server.base, { allChapters: false });
    assert.ok((await counts(page)).placeholders > 0);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => !document.querySelector('.chapter-placeholder'));
    assert.equal((await counts(page)).chapters, CHAPTER_IDS.length);
    await context.close();
  });

  it('searching the page (Ctrl+F) while a deep link fills in renders every part at once', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.base}#bias`, { waitUntil: 'commit' });
    await page.locator('#bias-title').waitFor();
    assert.ok((await page.locator('.part-placeholder').count()) > 0, 'parts were still to come');
    await page.locator('body').press('Control+f');
    await page.waitForFunction(() => !document.querySelector('.chapter-placeholder'));
    assert.equal((await counts(page)).chapters, CHAPTER_IDS.length);
    await context.close();
  });

  it('every formula of the page is set in the first parts of KaTeX’s split fonts: their second parts are never fetched', async () => {
    const { page, context } = await openPage(site.browser, site.server.base);
    // Every chapter rendered (above), every live formula typeset and every font in.
    await page.waitForFunction(() => !document.querySelector('.chapter-placeholder'));
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop())
        .filter((file) => file.endsWith('.woff2'));
    });
    const named = (part) => fonts.filter((file) => new RegExp(`^KaTeX_(Main-Regular|Math-Italic)-${part}-`).test(file));
    assert.equal(named('common').length, 2, `the first parts are used: ${fonts.join(', ')}`);
    // A formula with a character outside them: rerun scripts/fonts/katex-glyphs.mjs and split_katex_fonts.py.
    assert.deepEqual(named('rest'), []);
    await context.close();
  });

  // Chromium then compiles each script's functions on a background thread as it downloads,
  // not on the main thread the first time each runs (vite.config.ts, compileHints).
  it('every script the site serves opens with V8’s compile hint', async () => {
    const { page, context } = await openPage(site.browser, site.server.base);
    await page.waitForFunction(() => !document.querySelector('.chapter-placeholder'));
    const firstLines = await page.evaluate(async () => {
      const scripts = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.endsWith('.js'));
      return Promise.all(scripts.map(async (url) => [url, (await (await fetch(url)).text()).split('\n', 1)[0]]));
    });
    assert.ok(firstLines.length > 10, `the chapters' and the charts' scripts: ${firstLines.length}`);
    for (const [url, line] of firstLines) assert.equal(line, '//# allFunctionsCalledOnLoad', url);
    await context.close();
  });

  it('searching the page (Ctrl+F) renders every chapter, so that the search finds them', async () => {
    const { page, context } = await openPage(site.browser, site.server.base, { allChapters: false });
    assert.ok((await counts(page)).placeholders > 0);
    await page.locator('body').press('Control+f');
    await page.waitForFunction(() => !document.querySelector('.chapter-placeholder'));
    assert.equal((await counts(page)).chapters, CHAPTER_IDS.length);
    await context.close();
  });
});
