// WCAG 2.2 AA in Chromium, beyond the full-page axe runs of explorable.test.mjs: axe in the
// embedded chapters and on every presenter slide, a keyboard-only walk through the page,
// every control operated from the keyboard, reduced motion, nothing shown by hover alone,
// text alternatives for charts, 200% text and a 320 px reflow.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { CHAPTER_IDS, idle, openPage, renderAllChapters } from './harness.mjs';
import { useSite } from './site.mjs';

const axeSource = fs.readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CHAPTERS = CHAPTER_IDS;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const site = useSite();

/**
 * Waits until `count` chapters are in the page and the fonts are in. Later chapters render as
 * the reader nears them (openPage renders them all unless the page was opened blank first).
 */
async function chaptersReady(page, count = CHAPTERS.length) {
  if (await page.locator('.chapter-placeholder').count()) await renderAllChapters(page);
  await page.waitForFunction((n) => document.querySelectorAll('.chapter').length === n, count);
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Opens the folded tables that are shown and runs axe-core on what is shown (the whole
 * document, or in presenter mode the toolbar, the notes and the current slide); returns the
 * violations, one line each, prefixed with `where`.
 */
async function axeViolations(page, where) {
  const opened = await page.evaluate(() => {
    const folded = [...document.querySelectorAll('details:not([open])')].filter((d) => d.checkVisibility());
    for (const d of folded) d.open = true;
    window.__opened = folded;
    return folded.length;
  });
  if (opened) await idle(page); // the tables render on the toggle event
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource); // not a script tag: the CSP
  const violations = await page.evaluate(async (tags) => {
    // Presenter slides hide the rest of the page with display: none; skip it rather than walk it.
    const hidden = [...document.querySelectorAll('.chapter, .chapter > *')].filter((el) => !el.checkVisibility());
    const context = hidden.length ? { include: [document], exclude: hidden } : document;
    const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags } });
    // Fold the tables again: a table renders its rows only while open, and the page stays small.
    for (const d of window.__opened) d.open = false;
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }, AXE_TAGS);
  return violations.map((v) => `${where}: ${v}`);
}

/**
 * Records, after each key press, the focused element, its focus style and whether it can be
 * seen (not under a sticky bar, not off screen) in window.__walk.
 */
const recordFocus = (page) =>
  page.evaluate(() => {
    const ring = (el) => {
      const cs = getComputedStyle(el);
      return `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow} | ${cs.borderColor}`;
    };
    /** Not entirely hidden (WCAG 2.4.11): the centre or a corner of the element is on screen and on top. */
    const seen = (el) => {
      const r = el.getBoundingClientRect();
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.top + 2],
        [r.left + 2, r.bottom - 2],
        [r.right - 2, r.bottom - 2],
      ];
      return points.some(([x, y]) => {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
        const hit = document.elementFromPoint(x, y);
        return !!hit && (el.contains(hit) || hit.contains(el) || hit === el.labels?.[0]);
      });
    };
    const name = (el) =>
      `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} “${(el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '').trim().slice(0, 50)}”`;
    window.__walk = { forward: [], backward: [], focused: new Map(), hidden: [], name, ring };
    /** Records the focused element; says whether focus left the page, came round to the walk's start, or stayed put. */
    window.__record = (direction) => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'left';
      const walk = window.__walk;
      const list = walk[direction];
      if (list.length > 1 && el === list[0]) return 'round'; // through the browser's own UI and back in
      list.push(el);
      if (!walk.focused.has(el)) walk.focused.set(el, { ring: ring(el), visible: el.matches(':focus-visible') });
      if (!seen(el)) walk.hidden.push(`${direction}: ${name(el)}`);
      return list.length > 1 && list[list.length - 2] === el ? 'same' : 'moved';
    };
  });

/** Presses `key` until focus leaves the page or comes round (or `cap` presses); fails if focus stays put. */
async function walkFocus(page, key, direction, cap = 2000) {
  let repeats = 0;
  for (let press = 1; press <= cap; press++) {
    await page.keyboard.press(key);
    const step = await page.evaluate((d) => window.__record(d), direction);
    if (step === 'left' || step === 'round') return press;
    repeats = step === 'same' ? repeats + 1 : 0;
    assert.ok(repeats < 3, `focus stuck on one element after ${press} presses of ${key}`);
  }
  if (cap === 2000) assert.fail(`${key} never left the page`);
  return cap;
}

describe('accessibility (WCAG 2.2 AA)', () => {
  // Two at a time: each page keeps one Chromium renderer busy, and axe is most of the time.
  describe('axe-core, WCAG 2.x A and AA rules', { concurrency: 2 }, () => {
    // explorable.test.mjs runs axe on the whole page in all four theme and size pairs; what
    // differs here is the embedded view (its compact header, one chapter alone): every chapter
    // in light on a desktop, and the dark header on a phone with one chapter.
    for (const [theme, device, viewport, chapters] of [
      ['light', 'desktop', DESKTOP, CHAPTERS],
      ['dark', 'phone', PHONE, ['likelihood']],
    ]) {
      const which = chapters.length > 1 ? 'each embedded chapter' : `the embedded ${chapters[0]} chapter`;
      it(`axe finds no violations in ${which} (${theme}, ${device})`, async () => {
        const { page, context, errors } = await openPage(site.browser, 'about:blank', { viewport });
        const found = [];
        for (const chapter of chapters) {
          await page.goto(`${site.server.base}?embed=1&chapter=${chapter}&theme=${theme}`, { waitUntil: 'load' });
          await chaptersReady(page, 1);
          await page.locator(`#${chapter}.chapter`).waitFor();
          found.push(...(await axeViolations(page, chapter)));
        }
        assert.deepEqual(found, []);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }

    // Every slide once, dark, with the notes under it (?notes=1). What presenter mode adds to
    // the page is theme-independent (landmarks, scrolling regions, the slide's focus order)
    // except the colours of its bar and notes, so light checks those: the first and last
    // slides without notes, then the notes toggled on. The slides' own content is checked in
    // both themes by the full-page runs of explorable.test.mjs. (Each axe run costs about a
    // second, whatever the slide: it walks the whole document.)
    for (const [theme, notes] of [
      ['light', false],
      ['dark', true],
    ]) {
      const which = notes ? 'every presenter slide' : 'the first and last presenter slides';
      it(`axe finds no violations on ${which} (${theme}${notes ? ', speaker notes shown' : ''})`, async () => {
        const { page, context, errors } = await openPage(
          site.browser,
          `${site.server.base}?present=1&theme=${theme}${notes ? '&notes=1' : ''}`,
        );
        await page.locator('.presenter-bar__where').waitFor(); // presenter mode's code may arrive on its own
        await chaptersReady(page);
        const speakerNotes = page.getByRole('complementary', { name: 'Speaker notes' });
        const total = Number((await page.locator('.presenter-bar__where').textContent()).match(/of (\d+)/)[1]);
        assert.ok(total >= 21, `${total} slides`);
        const found = [];
        for (let slide = 1; slide <= total; slide++) {
          await page.waitForFunction(
            (n) => document.querySelector('.presenter-bar__where')?.textContent?.startsWith(`Slide ${n} `),
            slide,
          );
          const id = await page.evaluate(() => location.hash.slice(1));
          assert.equal(await page.locator(`[id="${id}"]`).isVisible(), true, `slide ${slide} shows #${id}`);
          assert.equal(await speakerNotes.count(), notes ? 1 : 0);
          if (notes || slide === 1 || slide === total) {
            found.push(...(await axeViolations(page, `slide ${slide} (#${id})`)));
          }
          if (slide < total) await page.keyboard.press('ArrowRight');
        }
        if (!notes) {
          const toggle = page.getByRole('button', { name: 'Notes', exact: true });
          await toggle.click();
          assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
          await speakerNotes.waitFor();
          found.push(...(await axeViolations(page, 'last slide, notes toggled on')));
        }
        assert.deepEqual(found, []);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  });

  it('Tab reaches every control, each with a visible focus ring, never hidden under the sticky bar; Shift+Tab walks back', async () => {
    // Reduced motion only so that focus scrolls the page at once (smooth scrolling would leave
    // the element on its way when it is measured); the focus styles are the same either way.
    const { page, context, errors } = await openPage(site.browser, site.server.base, { reducedMotion: 'reduce' });
    await chaptersReady(page);
    await recordFocus(page);
    const forwardPresses = await walkFocus(page, 'Tab', 'forward');
    const backwardPresses = await walkFocus(page, 'Shift+Tab', 'backward');
    assert.ok(forwardPresses > 150, `${forwardPresses} Tab stops`);

    const report = await page.evaluate(() => {
      const walk = window.__walk;
      // A radio group is one stop: Tab enters it at the checked radio (or the first, or the last going back).
      const key = (el) => (el.type === 'radio' && el.name ? `radio ${el.name}` : el);
      const reached = new Set(walk.forward.map(key));
      const candidates = [
        ...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]'),
      ].filter(
        (el) =>
          !el.disabled &&
          el.type !== 'hidden' &&
          el.tabIndex >= 0 &&
          !el.closest('[inert]') &&
          el.checkVisibility({ visibilityProperty: true }),
      );
      const missed = candidates.filter((el) => !reached.has(key(el))).map(walk.name);
      // The focus ring: the focused style must differ from the same element's style without focus.
      document.activeElement?.blur();
      const noRing = [];
      for (const [el, focused] of walk.focused) {
        if (!focused.visible) noRing.push(`${walk.name(el)}: focused by Tab but not :focus-visible`);
        else if (focused.ring === walk.ring(el)) noRing.push(`${walk.name(el)}: ${focused.ring}`);
      }
      const forward = walk.forward.map(key);
      const backward = walk.backward.map(key).reverse();
      const differ = forward.findIndex((k, i) => k !== backward[i]);
      const label = (k) => (typeof k === 'string' ? k : k ? walk.name(k) : 'nothing');
      const order =
        forward.length === backward.length && differ < 0
          ? 'same'
          : `forward ${forward.length} stops, backward ${backward.length}; first difference at ${differ}: ` +
            `${label(forward[differ])} forward, ${label(backward[differ])} backward`;
      return { missed, noRing, hidden: walk.hidden, order, stops: new Set(walk.forward).size };
    });
    assert.deepEqual(report.missed, [], 'every visible control is reached by Tab');
    assert.deepEqual(report.noRing, [], 'every focused element shows a focus indicator');
    assert.deepEqual(report.hidden, [], 'no focused element is hidden (under the sticky navigation or off screen)');
    assert.equal(report.order, 'same', 'Shift+Tab visits the same stops in reverse');
    assert.ok(backwardPresses > 150);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('Tab and Shift+Tab leave an unanswered radio group in one stop, even once the section around it has rendered again', async () => {
    // The derivation's section renders again as it comes near the screen or leaves it; Chromium
    // let the next Tab stop at the next radio of the same group once React had set the radios'
    // names again (the Tab walk above missed or doubled this stop about one run in twenty).
    const { page, context, errors } = await openPage(site.browser, site.server.base, { reducedMotion: 'reduce' });
    const prediction = page.locator('[data-prediction="derivation-top"]');
    const radios = prediction.getByRole('radio');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el.type === 'radio' ? `radio ${el.value}` : el.textContent.trim();
      });
    const awayAndBack = async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await idle(page);
    };
    await awayAndBack();
    await radios.first().focus(); // scrolls the section into view: it renders again
    await idle(page);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'Just show me', 'Tab from the first radio');
    await radios.last().focus();
    await awayAndBack(); // focus stays on the radio while the section, far from the screen, renders again
    await page.keyboard.press('Shift+Tab');
    assert.notEqual((await focused()).split(' ')[0], 'radio', 'Shift+Tab from the last radio leaves the group');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('in presenter mode, Tab and Shift+Tab never leave focus under the presenter bar (desktop and phone)', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context, errors } = await openPage(site.browser, `${site.server.base}?present=1#cross-entropy`, {
        viewport,
        reducedMotion: 'reduce',
      });
      await page.getByRole('toolbar', { name: 'Presenter controls' }).waitFor(); // its code may arrive after the chapters
      await page.locator('#cross-entropy').waitFor();
      await recordFocus(page);
      await walkFocus(page, 'Tab', 'forward', 60);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.locator('#cross-entropy summary').last().focus();
      await walkFocus(page, 'Shift+Tab', 'backward', 60);
      assert.deepEqual(await page.evaluate(() => window.__walk.hidden), [], `${viewport.width} px`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  it('on a phone, Tab and Shift+Tab through cross-entropy never leave focus under its bars, which stay in view', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}#cross-entropy`, {
      viewport: PHONE,
      reducedMotion: 'reduce',
    });
    await page.locator('#cross-entropy .sticky-chart').waitFor();
    await page.locator('#cross-entropy').getByRole('slider').first().focus();
    await recordFocus(page);
    await walkFocus(page, 'Tab', 'forward', 20);
    await page.locator('#cross-entropy').getByRole('slider').nth(5).focus();
    await walkFocus(page, 'Shift+Tab', 'backward', 20);
    assert.deepEqual(await page.evaluate(() => window.__walk.hidden), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('every kind of control is operated from the keyboard, and sliders speak their unit', async () => {
    const { page, context, errors } = await openPage(site.browser, site.server.base);
    await chaptersReady(page);
    const visible = (selector) =>
      page
        .locator(selector)
        .filter({ visible: true })
        .evaluateAll((els) => els.filter((el) => !el.disabled).length);
    const nth = (selector, i) => page.locator(selector).filter({ visible: true }).nth(i);
    const failures = [];

    // Sliders: an arrow key moves each (back from the top end), and the value is spoken with its unit.
    const ranges = page.locator('input[type="range"]').filter({ visible: true });
    const rangeCount = await ranges.count();
    assert.ok(rangeCount >= 20, `${rangeCount} sliders`);
    for (let i = 0; i < rangeCount; i++) {
      const range = ranges.nth(i);
      const info = await range.evaluate((el) => ({
        label: el.labels?.[0]?.textContent?.trim() ?? '',
        value: el.value,
        atMax: Number(el.value) >= Number(el.max),
        text: el.getAttribute('aria-valuetext') ?? '',
        disabled: el.disabled,
      }));
      if (info.disabled) continue;
      const unit = info.label.match(/\(([^)]+)\)$/)?.[1];
      if (!info.text.trim()) failures.push(`slider “${info.label}” has no aria-valuetext`);
      else if (unit && !info.text.includes(unit))
        failures.push(`slider “${info.label}” says “${info.text}”, no ${unit}`);
      else if (unit && /^[−\d.,\s-]+$/.test(info.text)) failures.push(`slider “${info.label}” says only a number`);
      await range.focus();
      const [there, back] = info.atMax ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
      await page.keyboard.press(there);
      // Sliders far down the page follow the store once they are near the screen (a deferred
      // render): wait for the value to change (a slider that never does is reported below).
      await page
        .waitForFunction(([el, value]) => el.value !== value, [await range.elementHandle(), info.value], {
          timeout: 5000,
        })
        .catch(() => {});
      const moved = await range.evaluate((el) => [
        el.value,
        el.getAttribute('aria-valuetext'),
        el === document.activeElement,
      ]);
      if (!moved[2]) failures.push(`slider “${info.label}” lost focus when it moved`);
      else if (moved[0] === info.value) failures.push(`slider “${info.label}” did not move with ${there}`);
      else if (moved[1] === info.text) failures.push(`slider “${info.label}”: aria-valuetext did not follow the value`);
      await page.keyboard.press(back);
    }

    // Radio groups: an arrow key checks the next radio of the group and focus stays on it (the
    // group may re-render, even remount, around it); the other arrow goes back.
    const groups = await page
      .locator('input[type="radio"]')
      .filter({ visible: true })
      .evaluateAll((els) => [...new Set(els.filter((el) => !el.disabled).map((el) => el.name))]);
    assert.ok(groups.length >= 15, `${groups.length} radio groups`);
    for (const group of groups) {
      const radios = page.locator(`input[type="radio"][name="${group}"]`);
      if ((await radios.count()) === 0) continue; // remounted under another name by an earlier change
      const before = await radios.evaluateAll((els) => {
        const checked = els.find((el) => el.checked);
        (checked ?? els[0]).focus();
        return {
          checked: checked?.labels?.[0]?.textContent ?? null,
          legend: els[0].closest('fieldset')?.querySelector('legend')?.textContent ?? els[0].name,
        };
      });
      await page.keyboard.press('ArrowDown');
      const after = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.type === 'radio' && el.checked ? el.labels?.[0]?.textContent : null;
      });
      if (after === null) failures.push(`radio group “${before.legend}”: focus left the group after ArrowDown`);
      else if (after === before.checked) failures.push(`radio group “${before.legend}”: ArrowDown checked nothing new`);
      if (before.checked !== null) await page.keyboard.press('ArrowUp');
    }

    // Checkboxes: Space toggles, and toggles back.
    for (let i = 0; i < (await visible('input[type="checkbox"]')); i++) {
      const box = nth('input[type="checkbox"]', i);
      const before = await box.isChecked();
      await box.focus();
      await page.keyboard.press('Space');
      if ((await box.isChecked()) === before) failures.push(`checkbox ${i} did not toggle with Space`);
      await page.keyboard.press('Space');
    }

    // Selects: ArrowDown picks the next option of a focused (closed) select.
    for (let i = 0; i < (await visible('select')); i++) {
      const select = nth('select', i);
      const before = await select.inputValue();
      await select.focus();
      await page.keyboard.press('ArrowDown');
      if ((await select.inputValue()) === before) failures.push(`select ${i} did not change with ArrowDown`);
      await select.selectOption(before);
    }

    // Folded tables and notes: Enter opens them, and closes them again.
    for (let i = 0; i < (await visible('summary')); i++) {
      const summary = nth('summary', i);
      const name = await summary.textContent();
      await summary.focus();
      await page.keyboard.press('Enter');
      if (!(await summary.evaluate((el) => el.parentElement.open))) failures.push(`“${name}” did not open with Enter`);
      await page.keyboard.press('Enter');
    }

    // Buttons that disclose, open a dialog or step: Enter does what a click does. Disclosures
    // flip aria-expanded (key terms also open on focus, and Escape closes them).
    const disclosures = page.locator('button[aria-expanded]').filter({ visible: true });
    for (let i = 0; i < (await disclosures.count()); i++) {
      const button = disclosures.nth(i);
      const name = await button.textContent();
      await button.focus();
      const before = await button.getAttribute('aria-expanded');
      await page.keyboard.press('Enter');
      const flipped = await button.getAttribute('aria-expanded');
      await page.keyboard.press('Enter');
      if (flipped === before || (await button.getAttribute('aria-expanded')) !== before)
        failures.push(`“${name}”: Enter did not toggle aria-expanded (${before}, ${flipped})`);
      if ((await button.getAttribute('aria-expanded')) === 'true') {
        await page.keyboard.press('Escape');
        if ((await button.getAttribute('aria-expanded')) !== 'false') failures.push(`“${name}”: Escape did not close`);
      }
    }
    const embed = page.getByRole('button', { name: /^Embed / }).first();
    await embed.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));
    assert.equal(await embed.evaluate((el) => el === document.activeElement), true, 'focus returns to the opener');

    const steps = () => page.locator('#derivation li[data-step]:not([hidden])').count();
    await page.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await steps(), 2, 'Enter on Next step shows a second step');
    await page.getByRole('button', { name: 'Back', exact: true }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await steps(), 1, 'Enter on Back hides it');

    const gdTitle = () => page.locator('#gradient-descent figcaption').first().textContent();
    const titleBefore = await gdTitle();
    await page.getByRole('button', { name: 'Step', exact: true }).focus();
    await page.keyboard.press('Enter');
    assert.notEqual(await gdTitle(), titleBefore, 'Enter on Step takes a step');

    const logLik = await page.getByTestId('loglik').textContent();
    await page.getByRole('button', { name: 'Jump to the maximum' }).focus();
    await page.keyboard.press('Enter');
    assert.notEqual(await page.getByTestId('loglik').textContent(), logLik, 'Enter on Jump to the maximum jumps');

    // What the pointer reads off the widget's chart, the arrow keys read too.
    const inspector = page.locator('#widget-inspector');
    const hint = await inspector.textContent();
    await page.locator('.widget__plot').focus();
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await inspector.textContent(), hint, 'the arrow keys inspect a song');

    assert.deepEqual(failures, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('with reduced motion nothing animates or transitions, scrolling jumps and Run finishes at once', async () => {
    const { page, context, errors } = await openPage(site.browser, 'about:blank', { reducedMotion: 'reduce' });
    // Which animation frames the page's scripts have asked for and not yet had.
    await context.addInitScript(() => {
      const request = window.requestAnimationFrame.bind(window);
      const cancel = window.cancelAnimationFrame.bind(window);
      window.__pendingFrames = new Set();
      window.__nextFrame = () => new Promise((resolve) => request(resolve));
      window.requestAnimationFrame = (callback) => {
        const id = request((time) => {
          window.__pendingFrames.delete(id);
          callback(time);
        });
        window.__pendingFrames.add(id);
        return id;
      };
      window.cancelAnimationFrame = (id) => {
        window.__pendingFrames.delete(id);
        cancel(id);
      };
    });
    await page.goto(site.server.base, { waitUntil: 'networkidle' });
    await chaptersReady(page);
    const moving = (where) =>
      page.evaluate((where) => {
        const found = document
          .getAnimations()
          .map((a) => `${where}: ${a.animationName ?? a.transitionProperty ?? a.id}`);
        const seconds = (list) =>
          Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));
        for (const el of document.querySelectorAll('*')) {
          const cs = getComputedStyle(el);
          if (
            seconds(cs.transitionDuration) > 0.01 ||
            (cs.animationName !== 'none' && seconds(cs.animationDuration) > 0.01)
          )
            found.push(
              `${where}: ${el.tagName.toLowerCase()}.${el.getAttribute('class')} transition ${cs.transitionDuration}, animation ${cs.animationName} ${cs.animationDuration}`,
            );
        }
        for (const el of [document.documentElement, document.body])
          if (getComputedStyle(el).scrollBehavior !== 'auto') found.push(`${where}: ${el.tagName} scroll-behavior`);
        return found;
      }, where);
    const found = [...(await moving('top'))];

    // Scroll through the page.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 800) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      if (y % 8000 < 800) found.push(...(await moving(`scrolled to ${y}`)));
    }
    await page.evaluate(() => window.scrollTo(0, 0));

    // A link in the navigation jumps rather than glides.
    await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: 'Gradient descent' }).click();
    const top = await page.locator('#gradient-descent').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 120, `#gradient-descent at ${top} px right after the click`);

    // Run finishes at once, with no timer stepping it.
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    assert.match(await page.locator('#gradient-descent').textContent(), /Converged/);
    found.push(...(await moving('after Run')));

    await page.getByRole('button', { name: 'Jump to the maximum' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'likelihood', exact: true }).first().click();
    found.push(...(await moving('after more clicks')));

    // Left alone, the page asks for no frames (no script-driven animation either): once it is
    // idle, any frame still asked for is drawn within a few frames and not asked for again.
    await idle(page);
    const asking = await page.evaluate(async () => {
      for (let frame = 0; frame < 5 && window.__pendingFrames.size > 0; frame++) await window.__nextFrame();
      return window.__pendingFrames.size;
    });
    assert.equal(asking, 0, `${asking} animation frames still asked for, frame after frame, while idle`);
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('nothing is shown by hover alone, and every chart has a text alternative', async () => {
    const { page, context, errors } = await openPage(site.browser, site.server.base);
    await chaptersReady(page);
    const report = await page.evaluate(() => {
      const rules = [];
      const walk = (list) => {
        for (const rule of list) {
          if (rule.selectorText) rules.push(rule);
          else if (rule.cssRules) walk(rule.cssRules);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      const revealing = [
        'display',
        'visibility',
        'opacity',
        'content',
        'height',
        'max-height',
        'width',
        'clip',
        'clip-path',
        'transform',
      ];
      const selectors = new Set(rules.map((r) => r.selectorText));
      const hoverOnly = rules
        .filter((r) => r.selectorText.includes(':hover') && revealing.some((p) => r.style.getPropertyValue(p)))
        .filter(
          (r) =>
            !['focus', 'focus-visible', 'focus-within'].some(
              (f) => selectors.has(r.selectorText.replaceAll(':hover', `:${f}`)) || r.selectorText.includes(`:${f}`),
            ),
        )
        .map((r) => r.cssText);
      const tooltips = document.querySelectorAll('.recharts-tooltip-wrapper').length;
      // Each chart (Recharts, plain SVG, the canvas surfaces: any drawing wider than a legend swatch)
      // is an image with a description, or sits in a figure (or the widget) that also has its
      // numbers as a table.
      const charts = [...document.querySelectorAll('svg, canvas')].filter(
        (el) => !el.parentElement.closest('svg, .katex') && el.getBoundingClientRect().width >= 100,
      );
      const bare = charts
        .filter((chart) => {
          if (chart.closest('[role="img"][aria-label]')) return false;
          const holder = chart.closest('figure, .widget');
          return !holder?.querySelector('details.data-table, table');
        })
        .map((chart) => `${chart.tagName.toLowerCase()} in #${chart.closest('[id]')?.id}`);
      return { hoverOnly, tooltips, charts: charts.length, bare };
    });
    assert.deepEqual(report.hoverOnly, [], 'every :hover rule that reveals has a :focus twin');
    assert.equal(report.tooltips, 0, 'no hover-only tooltips');
    assert.ok(report.charts >= 25, `${report.charts} charts`);
    assert.deepEqual(report.bare, [], 'every chart has a text alternative');
    assert.deepEqual(errors, []);
    await context.close();
  });

  /** Text that spills out of the viewport or out of a box that clips it (scroll boxes that Tab reaches are fine). */
  const overflows = (page) =>
    page.evaluate(() => {
      const found = [];
      if (document.documentElement.scrollWidth > innerWidth + 1)
        found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${innerWidth}`);
      const clipper = (el) => {
        for (let e = el.parentElement; e && e !== document.body; e = e.parentElement)
          if (getComputedStyle(e).overflowX !== 'visible') return e;
        return null;
      };
      const focusable = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';
      const text =
        'p, h1, h2, h3, h4, li, label, button, a, td, th, dt, dd, legend, summary, figcaption, caption, pre, select, input, textarea';
      for (const el of document.querySelectorAll(text)) {
        if (!el.checkVisibility()) continue;
        const r = el.getBoundingClientRect();
        if (r.width <= 1) continue; // visually hidden text
        const box = clipper(el);
        const bounds = box ? box.getBoundingClientRect() : { left: 0, right: innerWidth };
        const scrolls = box && /auto|scroll/.test(getComputedStyle(box).overflowX);
        const reachable = box && (box.tabIndex >= 0 || box.querySelector(focusable));
        const name = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} “${el.textContent.trim().slice(0, 40)}”`;
        if ((r.right > bounds.right + 1 || r.left < bounds.left - 1) && !(scrolls && reachable))
          found.push(
            `${name} spills out of ${box ? `.${box.getAttribute('class')}` : 'the viewport'} (${Math.round(r.left)}…${Math.round(r.right)})`,
          );
        else if (
          el.scrollWidth > el.clientWidth + 1 &&
          getComputedStyle(el).display !== 'inline' &&
          !/auto|scroll/.test(getComputedStyle(el).overflowX)
        )
          found.push(`${name}: its text is ${el.scrollWidth} px in ${el.clientWidth}`);
      }
      return found;
    });

  it('text at 200% reflows at 1280 px: no sideways scrolling, nothing clipped', async () => {
    const { page, context, errors } = await openPage(site.browser, site.server.base);
    await chaptersReady(page);
    const base = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
      document.querySelectorAll('details').forEach((d) => (d.open = true));
    });
    await idle(page);
    // The text really grows: sizes are in rem and em, not px.
    const grown = await page.evaluate(() =>
      ['body', '.chapter__title', '.section > h3', 'button', 'label', '.loglik__value', 'td'].map((s) => [
        s,
        parseFloat(getComputedStyle(document.querySelector(s)).fontSize),
      ]),
    );
    assert.ok(Math.abs(grown[0][1] - 2 * base) < 0.5, `body text ${base} px → ${grown[0][1]} px`);
    for (const [selector, size] of grown) assert.ok(size >= 24, `${selector} is ${size} px at 200%`);
    assert.deepEqual(await overflows(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const query of ['', '?embed=1&chapter=likelihood', '?embed=1&chapter=residuals']) {
    it(`reflows at 320 CSS px${query ? ` (${query})` : ''}: no sideways scrolling, nothing clipped`, async () => {
      const { page, context, errors } = await openPage(site.browser, `${site.server.base}${query}`, {
        viewport: { width: 320, height: 640 },
      });
      await chaptersReady(page, query ? 1 : CHAPTERS.length);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await idle(page);
      const found = await overflows(page);
      // A key term's definition, shown on focus, stays on screen too.
      const terms = page.locator('.term__word');
      for (let i = 0; i < (await terms.count()); i++) {
        await terms.nth(i).focus();
        const [left, right, width] = await page.evaluate(() => {
          const r = document.activeElement.parentElement.querySelector('[role="tooltip"]').getBoundingClientRect();
          return [r.left, r.right, document.documentElement.scrollWidth];
        });
        if (left < 0 || right > 320 || width > 321)
          found.push(`the definition of “${await terms.nth(i).textContent()}” spans ${left}…${right} px`);
        // Nothing paints over it, not even the section or chapter after the one it hangs from.
        const covered = await page.evaluate(() => {
          const tip = document.activeElement.parentElement.querySelector('[role="tooltip"]');
          tip.scrollIntoView({ block: 'nearest' });
          const r = tip.getBoundingClientRect();
          const points = [0.1, 0.5, 0.9].flatMap((x) =>
            [0.2, 0.8].map((y) => [r.left + x * r.width, r.top + y * r.height]),
          );
          const over = points.map(([x, y]) => document.elementFromPoint(x, y)).find((hit) => !tip.contains(hit));
          return over ? `${over.tagName.toLowerCase()}.${over.className}` : null;
        });
        if (covered) found.push(`the definition of “${await terms.nth(i).textContent()}” is under ${covered}`);
      }
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('presenter mode reflows at 320 CSS px on every slide', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}?present=1&notes=1`, {
      viewport: { width: 320, height: 640 },
    });
    await page.locator('.presenter-bar__where').waitFor();
    await chaptersReady(page);
    const total = Number((await page.locator('.presenter-bar__where').textContent()).match(/of (\d+)/)[1]);
    const found = [];
    for (let slide = 1; slide <= total; slide++) {
      await page.waitForFunction(
        (n) => document.querySelector('.presenter-bar__where')?.textContent?.startsWith(`Slide ${n} `),
        slide,
      );
      found.push(...(await overflows(page)).map((o) => `slide ${slide}: ${o}`));
      if (slide < total) await page.keyboard.press('ArrowRight');
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
