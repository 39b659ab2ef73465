import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage } from './harness.mjs';
import { useSite } from './site.mjs';

const site = useSite();

describe('the printed handout', () => {
  it('prints in light colours with no controls, the values written out and every derivation step', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}?theme=dark&mu=110&sigma=12`, {
      colorScheme: 'dark',
    });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 12 && pages <= 60, `a sensible handout length (${pages} pages)`);

    await page.emulateMedia({ media: 'print' });
    const looks = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      scheme: getComputedStyle(document.documentElement).colorScheme,
      sliders: [...document.querySelectorAll('input[type="range"]')].filter((el) => el.offsetParent !== null).length,
      buttons: [...document.querySelectorAll('button')].filter((el) => el.offsetParent !== null).length,
      hiddenSteps: [...document.querySelectorAll('#derivation li[data-step]')].filter((el) => el.offsetParent === null)
        .length,
      steps: document.querySelectorAll('#derivation li[data-step]').length,
      summary: document.querySelector('.print-summary')?.textContent ?? '',
    }));
    assert.equal(looks.background, 'rgb(255, 255, 255)');
    assert.equal(looks.scheme, 'light');
    assert.equal(looks.sliders, 0);
    assert.equal(looks.buttons, 0);
    assert.ok(looks.steps > 5);
    assert.equal(looks.hiddenSteps, 0);
    assert.match(looks.summary, /μ = 110\.0 BPM and σ = 12\.0 BPM/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
