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

function assertAllInView({ measured, navBottom, height }, where) {
  for (const [name, [top, bottom]] of Object.entries(measured)) {
    assert.ok(
      top >= navBottom - 1 && bottom <= height + 1,
      `${where}: ${name} at ${top}–${bottom}, window ${navBottom}–${height}`,
    );
  }
}

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
      await context.close();
    });
  }

  it('390×844 phone: the chart (180 px or more), ℓ and both sliders are in view together while a slider moves', async () => {
    const { page, context } = await openPage(site.browser, `${site.server.base}#likelihood-widget`, {
      allChapters: false,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
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
