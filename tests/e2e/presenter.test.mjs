import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextFrames, openPage } from './harness.mjs';
import { useSite } from './site.mjs';

const site = useSite();

/** Ids of the chapters and sections currently displayed. */
const shown = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.chapter, .section')].filter((el) => el.offsetParent !== null).map((el) => el.id),
  );

describe('presenter mode', () => {
  it('shows one slide at a time and moves with the arrow and page keys, but not while a slider has focus', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}?present=1#why-log`);
    await page.getByRole('toolbar', { name: 'Presenter controls' }).waitFor(); // its code may arrive after the chapters
    assert.deepEqual(await shown(page), ['likelihood', 'why-log']);
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await shown(page), ['likelihood', 'negative-log-likelihood']);
    assert.match(page.url(), /#negative-log-likelihood$/);
    await page.keyboard.press('PageDown');
    assert.deepEqual(await shown(page), ['likelihood', 'cross-entropy']);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    assert.deepEqual(await shown(page), ['likelihood', 'why-log']);
    assert.match(await page.getByRole('toolbar', { name: 'Presenter controls' }).textContent(), /Slide 8 of 25/);

    const slider = page.getByRole('slider', { name: /Songs multiplied/ });
    const before = await slider.inputValue();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await slider.inputValue(), before);
    assert.deepEqual(await shown(page), ['likelihood', 'why-log']);

    assert.equal(await page.getByRole('complementary', { name: 'Speaker notes' }).count(), 0, 'no notes unless asked');
    assert.equal(await page.locator('.site-header, nav').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens from the header and exits back to the scrolling page', async () => {
    const { page, context } = await openPage(site.browser, `${site.server.base}#story`);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('toolbar', { name: 'Presenter controls' }).waitFor(); // its code arrives on demand
    assert.deepEqual(await shown(page), ['story']);
    await page.getByRole('button', { name: 'Exit presenter' }).click();
    assert.equal((await shown(page)).length, 25, 'every chapter and section is back');
    await context.close();
  });

  it('fills the window where fullscreen is refused, and says so', async () => {
    const { page, context, errors } = await openPage(site.browser, 'about:blank');
    await context.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    });
    await page.goto(`${site.server.base}?present=1#story`, { waitUntil: 'networkidle' });
    await page.getByRole('toolbar', { name: 'Presenter controls' }).waitFor();
    await page.keyboard.press('f');
    await page.getByRole('status').filter({ hasText: 'Fullscreen is not allowed here' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenter-filled')), true);
    const box = await page.locator('.app').boundingBox();
    assert.deepEqual([box.x, box.y, box.width], [0, 0, 1280]);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenter-filled')), false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the talking points with notes=1, and `s` opens a notes window that follows the deck', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}?notes=1#likelihood-widget`);
    const notes = page.getByRole('complementary', { name: 'Speaker notes' });
    assert.match(await notes.textContent(), /Explore · Find μ and σ/);
    assert.match(await notes.textContent(), /Jump to the maximum/);

    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForLoadState('networkidle');
    const popupNotes = popup.getByRole('complementary', { name: 'Speaker notes' });
    assert.match(await popupNotes.textContent(), /Find μ and σ/);
    await page.keyboard.press('ArrowRight');
    await popup.waitForFunction(() => document.body.textContent.includes('Probability or likelihood?'));
    assert.match(await popupNotes.textContent(), /Same formula, two readings/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('presenter slides on a projector', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    it(`every slide fits ${width}×${height} without scrolling, its charts and controls in view under the bar`, async () => {
      const { page, context, errors } = await openPage(site.browser, `${site.server.base}?present=1#story`, {
        viewport: { width, height },
      });
      const where = page.getByRole('toolbar', { name: 'Presenter controls' }).locator('.presenter-bar__where');
      await where.waitFor();
      const total = Number((await where.textContent()).match(/of (\d+)/)[1]);
      const problems = [];
      for (let slide = 1; slide <= total; slide++) {
        await where.filter({ hasText: `Slide ${slide} of ${total}` }).waitFor();
        // Drawn, with the slide's size followed (its charts render at their width before the paint).
        await nextFrames(page);
        const seen = await page.evaluate(() => {
          const barBottom = document.querySelector('.presenter-bar').getBoundingClientRect().bottom;
          const shownParts = [
            ...document.querySelectorAll('.chapters svg.recharts-surface, .chapters input, .chapters button'),
          ].filter((el) => el.getClientRects().length > 0);
          const outside = shownParts
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.top < barBottom - 1 || box.bottom > window.innerHeight + 1)
            .map(({ el }) => el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.tagName);
          return {
            id: location.hash.slice(1),
            scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
            charts: shownParts.filter((el) => el.tagName === 'svg').length,
            outside,
          };
        });
        if (seen.scrolls) problems.push(`${seen.id}: the page scrolls`);
        if (seen.outside.length) problems.push(`${seen.id}: out of view: ${seen.outside.join(', ')}`);
        if (['likelihood-widget', 'mse-vs-mae', 'regression'].includes(seen.id) && seen.charts === 0)
          problems.push(`${seen.id}: no chart shown`);
        if (slide < total) await page.keyboard.press('ArrowRight');
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
