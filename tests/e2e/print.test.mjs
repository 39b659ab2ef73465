import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHAPTER_IDS, idle, openPage } from './harness.mjs';
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

  it('printing from the top, before the later chapters have rendered, prints every one of them with its charts', async () => {
    const { page, context, errors } = await openPage(site.browser, site.server.base, { allChapters: false });
    // The reader's first move fetches the later chapters' code (each chapter's chunk and the
    // ones they share); once it has all arrived, they print at once.
    let inFlight = 0;
    page.on('request', () => inFlight++);
    page.on('requestfinished', () => inFlight--);
    page.on('requestfailed', () => inFlight--);
    const chapterChunks = ['Assumption', 'Likelihood', 'Derivatives', 'Residuals'].map((name) =>
      page.waitForResponse((response) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(response.url())),
    );
    await page.mouse.wheel(0, 10);
    await Promise.all(chapterChunks);
    while (inFlight > 0) await page.waitForEvent('requestfinished');
    await idle(page);
    // What the browser lays out for the pages is what the page holds when beforeprint returns.
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const boxes = [...document.querySelectorAll('.chart-box')].filter((box) => box.getClientRects().length > 0);
      return {
        placeholders: document.querySelectorAll('.chapter-placeholder').length,
        chapters: document.querySelectorAll('.chapter').length,
        boxes: boxes.length,
        empty: boxes
          .filter((box) => !box.querySelector('svg'))
          .map((box) => `${box.closest('[id]')?.id}: ${box.getAttribute('aria-label') ?? box.innerHTML.slice(0, 80)}`),
      };
    });
    assert.equal(printed.placeholders, 0);
    assert.equal(printed.chapters, CHAPTER_IDS.length);
    assert.ok(printed.boxes >= 20, `${printed.boxes} charts`);
    assert.deepEqual(printed.empty, [], 'every chart drawn');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
