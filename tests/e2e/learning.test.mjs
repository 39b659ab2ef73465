// The self-paced learner: every check answered with the keyboard alone, progress that
// survives a reload, "continue where you left off", predictions, and storage that throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, settled } from './harness.mjs';
import { useSite } from './site.mjs';

const site = useSite();

const CHAPTERS = ['story', 'assumption', 'likelihood', 'derivatives', 'residuals'];

/** Answers one check with the keyboard: Space picks the focused choice (or digits are typed), Tab, Enter. */
async function answerWithKeyboard(page, form) {
  const radios = form.getByRole('radio');
  if ((await radios.count()) > 0) {
    await radios.first().focus();
    await page.keyboard.press('ArrowDown'); // moves to, and selects, the second choice
    await page.keyboard.press('ArrowUp'); // and back to the first
  } else {
    await form.getByRole('textbox').focus();
    await page.keyboard.type('2');
  }
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.equal(focused, 'Check my answer', 'Tab reaches the submit button');
  await page.keyboard.press('Enter');
}

describe('self-paced learning', () => {
  it('every check in every chapter is answered with the keyboard alone, and says why', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}`);
    let total = 0;
    for (const chapter of CHAPTERS) {
      const forms = page.locator(`#${chapter}-checks [data-testid="check"]`);
      const count = await forms.count();
      assert.ok(count >= 2 && count <= 4, `${chapter}: ${count} checks`);
      for (let i = 0; i < count; i++) {
        const form = forms.nth(i);
        await answerWithKeyboard(page, form);
        const feedback = form.locator('[aria-live="polite"]');
        assert.match(await feedback.textContent(), /^(Correct\.|Not quite\.) \S/, `${chapter} check ${i + 1}`);
        total++;
      }
      // The navigation counts the answers.
      const nav = page.getByRole('navigation', { name: 'Chapters' }).locator(`a[href="#${chapter}"]`);
      assert.match(await nav.textContent(), new RegExp(`${count} of ${count} checks answered`));
    }
    assert.equal(total, 14);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('progress survives a reload, and “continue where you left off” returns to the section and sliders', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}#story-checks`);
    const form = page.locator('#story-checks [data-testid="check"]').first();
    await form.getByRole('radio', { name: /Its centre μ and its spread σ/ }).check();
    await form.getByRole('button', { name: 'Check my answer' }).click();
    // Then read on to gradient descent, with the sliders moved.
    await page.goto(`${site.server.base}?mu=117.5&sigma=13#gradient-descent`, { waitUntil: 'networkidle' });
    // The page remembers where the learner is, with the sliders, once they have landed there.
    await page.waitForFunction(() => {
      const last = JSON.parse(localStorage.getItem('likelihood-lab:progress') ?? '{}').state?.last;
      return last?.section === 'gradient-descent' && last.search.includes('mu=117.5');
    });

    // Reload plainly: the answer is still there, and the page offers to continue.
    await page.goto(`${site.server.base}`, { waitUntil: 'networkidle' });
    assert.match(
      await page.locator('#story-checks [data-testid="check"]').first().locator('[aria-live="polite"]').textContent(),
      /^Correct\./,
    );
    const offer = page.getByRole('region', { name: 'Continue where you left off' });
    assert.match(await offer.textContent(), /Gradient descent/);
    await offer.getByRole('button', { name: 'Continue where I left off' }).click();
    await settled(page);
    assert.match(page.url(), /#gradient-descent$/);
    assert.equal(
      await page
        .getByRole('slider', { name: /Mean μ/ })
        .first()
        .inputValue(),
      '117.5',
    );
    const top = await page.locator('#gradient-descent').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 200, `the section is at the top (${top})`);

    // "Reset my progress" forgets it all.
    await page.getByRole('button', { name: 'Reset my progress' }).click();
    await page.getByRole('button', { name: 'Yes, forget it' }).click();
    await page.goto(`${site.server.base}`, { waitUntil: 'networkidle' });
    assert.equal(await page.locator('#story-checks [aria-live="polite"]').first().textContent(), '');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a prediction is locked in, then shown beside the truth; “just show me” skips', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}#regression`);
    const prediction = page.locator('#regression .prediction');
    await prediction.getByRole('radio', { name: 'The tempos x, as in the chapters before' }).check();
    await prediction.getByRole('button', { name: 'Lock in my prediction' }).click();
    assert.match(
      await page.locator('#regression').getByRole('status').first().textContent(),
      /You predicted: The tempos x, as in the chapters before\. What happens: The residuals/,
    );
    await page.locator('#bias .prediction').getByRole('button', { name: 'Just show me' }).click();
    assert.match(await page.locator('#bias .prediction').textContent(), /The answer: Below 225/);

    // The widget's guess comes back beside the maximum.
    await page.goto(`${site.server.base}#likelihood-widget`, { waitUntil: 'networkidle' });
    await page.getByLabel(/Your guess for the best centre/).fill('118');
    await page.getByLabel(/Your guess for the best spread/).fill('13');
    await page.getByRole('button', { name: 'Lock in my guess' }).click();
    await page.getByRole('button', { name: 'Jump to the maximum' }).click();
    assert.match(
      await page.locator('.reveal').textContent(),
      /Your prediction was centre 118\.00 and spread 13\.00: off by/,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('with storage throwing, checks, predictions and the page still work', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      for (const name of ['getItem', 'setItem', 'removeItem']) {
        Storage.prototype[name] = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      }
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${site.server.base}#assumption-checks`, { waitUntil: 'networkidle' });
    const form = page.locator('#assumption-checks [data-testid="check"]').first();
    await form.getByRole('radio', { name: 'The histogram proves it' }).check();
    await form.getByRole('button', { name: 'Check my answer' }).click();
    assert.match(await form.locator('[aria-live="polite"]').textContent(), /^Not quite\./);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
