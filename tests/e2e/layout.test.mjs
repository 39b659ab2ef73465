import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, settled } from './harness.mjs';
import { useSite } from './site.mjs';

const site = useSite();

/**
 * The widget's instrument in the window: the chart, ℓ, both sliders with their number boxes
 * and "Jump to the maximum", each as [top, bottom] in px, with the navigation's bottom and
 * the window's height, and whether the instrument scrolls inside.
 */
async function instrumentBoxes(page) {
  const widget = page.locator('#likelihood-widget');
  const boxes = {
    chart: widget.getByRole('group', { name: /density under the Normal/ }),
    ℓ: widget.getByTestId('loglik'),
    'μ slider': widget.getByRole('slider', { name: /^Mean μ/ }),
    'μ box': widget.getByRole('spinbutton', { name: /^Mean μ, exact value/ }),
    'σ slider': widget.getByRole('slider', { name: /^Standard deviation σ/ }),
    'σ box': widget.getByRole('spinbutton', { name: /^Standard deviation σ, exact value/ }),
    'Jump to the maximum': widget.getByRole('button', { name: 'Jump to the maximum' }),
  };
  const measured = {};
  for (const [name, locator] of Object.entries(boxes)) {
    measured[name] = await locator.evaluate((element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return [top, bottom];
    });
  }
  const frame = await page.evaluate(() => {
    const stage = document.querySelector('[data-testid="widget-instrument"]');
    return {
      navBottom: document.querySelector('.chapter-nav').getBoundingClientRect().bottom,
      height: window.innerHeight,
      scrollsInside: stage.scrollHeight > stage.clientHeight + 1,
    };
  });
  return { measured, ...frame };
}

/** Steps μ up, then down, then σ up (each waits for ℓ to change), and checks that no box moved. */
async function stepWithoutMoving(page, before, where) {
  const widget = page.locator('#likelihood-widget');
  for (const [slider, key] of [
    [/^Mean μ/, 'ArrowRight'],
    [/^Mean μ/, 'ArrowLeft'],
    [/^Mean μ/, 'ArrowLeft'],
    [/^Standard deviation σ/, 'ArrowRight'],
  ]) {
    await widget.getByRole('slider', { name: slider }).focus();
    const shown = await page.getByTestId('loglik').textContent();
    await page.keyboard.press(key);
    await page.getByTestId('loglik').filter({ hasNotText: shown }).waitFor();
    const after = await instrumentBoxes(page);
    for (const [name, [top]] of Object.entries(after.measured)) {
      assert.ok(
        Math.abs(top - before.measured[name][0]) < 0.5,
        `${where}, ${key} on ${slider.source}: ${name} moved from ${before.measured[name][0]} to ${top}`,
      );
    }
  }
}

function assertAllInView({ measured, navBottom, height }, where) {
  for (const [name, [top, bottom]] of Object.entries(measured)) {
    assert.ok(
      top >= navBottom - 1 && bottom <= height + 1,
      `${where}: ${name} at ${top}–${bottom}, window ${navBottom}–${height}`,
    );
  }
}

/** The page followed to #likelihood-widget on a 390 × 844 touch phone. */
const openWidgetOnAPhone = () =>
  openPage(site.browser, `${site.server.base}#likelihood-widget`, {
    allChapters: false,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });

describe('the likelihood widget on one screen', () => {
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [1440, 900],
    [1920, 1080],
  ]) {
    it(`${width}×${height}: followed to #likelihood-widget, its chart, ℓ, sliders and jump are all in view`, async () => {
      const { page, context } = await openPage(site.browser, `${site.server.base}#likelihood-widget`, {
        allChapters: false,
        viewport: { width, height },
      });
      await settled(page);
      const boxes = await instrumentBoxes(page);
      assertAllInView(boxes, `${width}×${height}`);
      assert.equal(boxes.scrollsInside, false, 'the instrument scrolls inside');
      // Steps that bring in a best so far, a rise and a fall change the score's words, not its
      // layout: nothing of the instrument moves, so the pointer stays on its slider.
      await stepWithoutMoving(page, boxes, `${width}×${height}`);
      await context.close();
    });
  }

  it('390×844 phone: the chart (180 px or more), ℓ and both sliders are in view together while a slider moves', async () => {
    const { page, context } = await openWidgetOnAPhone();
    await settled(page);
    // The reader scrolls the instrument up to the top of the window.
    await page.getByTestId('widget-instrument').evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
    for (const slider of [/^Mean μ/, /^Standard deviation σ/]) {
      await page.locator('#likelihood-widget').getByRole('slider', { name: slider }).focus();
      const before = await page.getByTestId('loglik').textContent();
      await page.keyboard.press('ArrowRight');
      await page.getByTestId('loglik').filter({ hasNotText: before }).waitFor();
      const boxes = await instrumentBoxes(page);
      const [chartTop, chartBottom] = boxes.measured.chart;
      assert.ok(chartBottom - chartTop >= 180, `the chart is ${chartBottom - chartTop} px tall`);
      assertAllInView(boxes, `390×844, moving ${slider.source}`);
    }
    await stepWithoutMoving(page, await instrumentBoxes(page), '390×844');
    await context.close();
  });

  it('390×844 phone: a slider reached with Tab or Shift+Tab brings the chart into view with it', async () => {
    const { page, context } = await openWidgetOnAPhone();
    await settled(page);
    const widget = page.locator('#likelihood-widget');
    for (const [from, key, to, scrolled] of [
      // From the jump button with the instrument below the window, Tab to μ.
      ['Jump to the maximum', 'Tab', /^Mean μ/, 900],
      // From σ's box with the instrument above the window, Shift+Tab to σ.
      ['Standard deviation σ, exact value', 'Shift+Tab', /^Standard deviation σ/, -900],
    ]) {
      const start = widget.getByRole(from.startsWith('Jump') ? 'button' : 'spinbutton', { name: from });
      await start.evaluate((element, by) => {
        element.focus({ preventScroll: true });
        const top = element.closest('[data-testid="widget-instrument"]').getBoundingClientRect().top;
        window.scrollTo({ top: window.scrollY + top - by, behavior: 'instant' });
      }, scrolled);
      await settled(page);
      await page.keyboard.press(key);
      await settled(page);
      assert.equal(
        await widget.getByRole('slider', { name: to }).evaluate((element) => element === document.activeElement),
        true,
      );
      const boxes = await instrumentBoxes(page);
      assertAllInView(boxes, `390×844, ${key} to ${to.source}`);
    }
    await context.close();
  });

  it('the family chooser, the hover readout and the guess come after the controls', async () => {
    const { page, context } = await openPage(site.browser, `${site.server.base}#likelihood-widget`, {
      allChapters: false,
    });
    const widget = page.locator('#likelihood-widget');
    const sigma = await widget.getByRole('slider', { name: /^Standard deviation σ/ }).elementHandle();
    const after = async (locator) =>
      locator.evaluate(
        (element, control) => Boolean(control.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
        sigma,
      );
    assert.ok(await after(widget.getByRole('group', { name: 'Assume a distribution' })), 'the family chooser');
    assert.ok(await after(page.locator('#widget-inspector')), 'the hover readout');
    assert.ok(await after(widget.getByRole('form', { name: /Predict first/ })), 'the guess');
    await context.close();
  });
});

describe('charts that read at a glance', () => {
  // Every axis of every chart, in the page as first shown: its tick labels must be round
  // numbers a fixed round step apart (1, 2 or 5 × 10^k), as a hand-drawn axis would be.
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`every axis is ticked at round numbers (${viewport.width} px)`, async () => {
      const { page, context, errors } = await openPage(site.browser, site.server.base, { viewport });
      await settled(page);
      const axes = await page.evaluate(() => {
        const found = [];
        const read = (labels) => labels.map((label) => label.textContent.trim());
        for (const chart of document.querySelectorAll('svg')) {
          const where = chart.closest('section[id]')?.id ?? '?';
          for (const axis of ['x', 'y']) {
            // Recharts draws tick labels in a layer of their own, marked with their axis's class.
            const recharts = chart.querySelectorAll(`.recharts-cartesian-axis-tick-value.recharts-${axis}Axis`);
            const plain = chart.querySelectorAll(`.tick-label[data-axis="${axis}"]`);
            const labels = read([...recharts, ...plain]);
            if (labels.length > 0) found.push({ where, axis, labels });
          }
        }
        return found;
      });
      assert.ok(axes.length >= 20, `found ${axes.length} axes`);
      // A category axis names every bar (Recharts would drop every other name where they crowd),
      // by a short name where the full ones would not fit.
      const songs = axes.find((a) => a.where === 'cross-entropy' && a.axis === 'x');
      const names = [1, 2, 3, 4, 5, 6].map((k) => (viewport.width < 500 ? `${k}` : `Song ${k}`));
      assert.deepEqual(songs?.labels, names, 'the cross-entropy chart names each song');
      // Category axes (time signatures, song names) have words, not numbers: skipped.
      const numeric = axes.filter((a) => a.labels.every((l) => /^[−-]?[\d,]*\.?\d+$/.test(l)));
      const odd = numeric.filter(({ labels }) => {
        const values = labels.map((l) => Number(l.replace('−', '-').replaceAll(',', '')));
        if (values.length < 2) return false;
        const step = values[1] - values[0];
        const power = 10 ** Math.floor(Math.log10(Math.abs(step)));
        const mantissa = Math.abs(step) / power;
        const roundStep = [1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6);
        const even = values.every((v, i) => Math.abs(v - values[0] - i * step) <= Math.abs(step) * 1e-6);
        const onStep = values.every((v) => Math.abs(v / step - Math.round(v / step)) < 1e-6);
        return !(roundStep && even && onStep);
      });
      assert.deepEqual(odd, [], 'axes whose ticks are not round');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

it('a glossary term keeps its line the height of the others', async () => {
  const { page, context } = await openPage(site.browser, site.server.base, { viewport: { width: 390, height: 844 } });
  const tall = await page.evaluate(() =>
    [...document.querySelectorAll('.prose p .term__word')].flatMap((word) => {
      const line = parseFloat(getComputedStyle(word.closest('p')).lineHeight);
      const height = word.getBoundingClientRect().height;
      return height > line + 0.5 ? [`${word.textContent}: ${height} px in a ${line} px line`] : [];
    }),
  );
  assert.deepEqual(tall, []);
  await context.close();
});

describe('on a phone (390 × 844)', () => {
  const phone = { width: 390, height: 844 };

  it('cross-entropy: the bars stay in view while the last slider moves', async () => {
    const { page, context } = await openPage(site.browser, `${site.server.base}#cross-entropy`, { viewport: phone });
    // The figure of the six songs: its bars, and the slider of the last song.
    const figure = page.locator('#cross-entropy .figure').filter({ has: page.locator('.sticky-chart') });
    const last = figure.getByRole('slider').last();
    await last.scrollIntoViewIfNeeded();
    await last.press('ArrowLeft');
    const [chart, slider] = await Promise.all(
      [figure.locator('.chart-box'), last].map((element) => element.boundingBox()),
    );
    const navBottom = await page.evaluate(() => document.querySelector('.chapter-nav').getBoundingClientRect().bottom);
    assert.ok(chart.y >= navBottom - 1 && chart.y + chart.height <= phone.height, `the chart is at ${chart.y}`);
    assert.ok(slider.y >= 0 && slider.y + slider.height <= phone.height, `the slider is at ${slider.y}`);
    assert.ok(chart.y + chart.height <= slider.y, 'the chart does not cover the slider');
    await context.close();
  });

  it('the cross-entropy formula fits the screen, and what scrolls sideways shows that it does', async () => {
    const { page, context } = await openPage(site.browser, site.server.base, { viewport: phone });
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('#cross-entropy .derivation .scroll-box, #loss-table .scroll-box')].map((box) => ({
        where: box.closest('section[id]').id,
        scrolls: box.scrollWidth > box.clientWidth + 1,
        shadows: (getComputedStyle(box).backgroundImage.match(/radial-gradient/g) ?? []).length,
      })),
    );
    assert.deepEqual(
      boxes.filter((box) => box.where === 'cross-entropy' && box.scrolls),
      [],
      'no step of the derivation is wider than the phone',
    );
    const table = boxes.find((box) => box.where === 'loss-table');
    assert.ok(table.scrolls, 'the loss table is wider than a phone');
    assert.equal(table.shadows, 2, 'its edges show that it scrolls');
    await context.close();
  });

  it('the interval and coverage tables fit the screen, with narrower gutters', async () => {
    const { page, context } = await openPage(site.browser, `${site.server.base}#confidence-intervals`, {
      viewport: phone,
    });
    const section = page.locator('#confidence-intervals');
    await section.getByRole('button', { name: 'Draw 1,000 samples' }).click();
    await page.getByTestId('coverage-wald').filter({ hasText: 'of 1000' }).waitFor();
    const tables = await section.locator('.scroll-box:has(table)').evaluateAll((boxes) =>
      boxes.map((box) => ({
        caption: box.querySelector('caption').textContent,
        content: box.scrollWidth,
        room: box.clientWidth,
      })),
    );
    assert.equal(tables.length, 2);
    for (const { caption, content, room } of tables) {
      assert.ok(content <= room + 1, `${caption}: ${content} px in ${room} px`);
    }
    await context.close();
  });
});

// Labels drawn inside a chart never sit on top of each other: at the widest zoom of why-log,
// the floors of both formats and the points where each product reaches 0 crowd together.
for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  it(`why-log: no two labels in its charts overlap, at 1,000 songs (${viewport.width} px)`, async () => {
    const { page, context } = await openPage(site.browser, `${site.server.base}#why-log`, { viewport });
    const slider = page.locator('#why-log').getByRole('slider', { name: /Songs multiplied/ });
    await slider.focus();
    await page.keyboard.press('End');
    await settled(page);
    const overlaps = await page.evaluate(() => {
      const found = [];
      for (const chart of document.querySelectorAll('#why-log .figure-frame svg')) {
        const boxes = [...chart.querySelectorAll('text')]
          .filter((t) => t.textContent.trim() !== '')
          .map((t) => ({ text: t.textContent.trim(), box: t.getBoundingClientRect() }));
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i].box, boxes[j].box];
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
              found.push(`${boxes[i].text} / ${boxes[j].text}`);
          }
      }
      return found;
    });
    assert.deepEqual(overlaps, []);
    await context.close();
  });
}
