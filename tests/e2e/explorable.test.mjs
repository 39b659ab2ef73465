import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { belowNavigation, idle, openPage, settled, twoAtATime } from './harness.mjs';
import { useSite } from './site.mjs';

const reference = JSON.parse(fs.readFileSync(new URL('../fixtures/reference.json', import.meta.url), 'utf8'));
const axeSource = fs.readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const site = useSite();

/** Each #id, opened as a deep link, lands just below the navigation with no console errors. */
async function expectDeepLinks(ids) {
  const failures = await twoAtATime(ids, async (id) => {
    // Not through a search of the page (Ctrl+F): that is the reader moving on, which ends the landing.
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}#${id}`, {
      allChapters: false,
    });
    try {
      await settled(page);
      const offset = await belowNavigation(page, id);
      assert.ok(offset >= 0 && offset <= 12, `#${id} is ${offset} px below the navigation`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
  assert.deepEqual(failures, []);
}

const readLogLik = async (page) => Number((await page.getByTestId('loglik').textContent()).replace('−', '-'));

async function downloadCsv(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download data (CSV)' }).click(),
  ]);
  return fs.readFileSync(await download.path(), 'utf8');
}

describe('the explorable in Chromium', () => {
  it('opens with its chapters, from a sub-path, without console errors', async () => {
    const { page, context, errors } = await openPage(site.browser, site.server.base);
    for (const id of [
      'story',
      'assumption',
      'likelihood',
      'likelihood-widget',
      'derivatives',
      'uncertainty',
      'residuals',
    ]) {
      assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `#${id} exists`);
    }
    assert.match(await page.getByTestId('loglik').textContent(), /^[−-]\d+\.\d{2}$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('downloads numpy’s exact tempos as CSV, for the default and for other seeds and sizes', async () => {
    for (const [seed, n] of [
      [42, 40],
      [7, 1000],
      [4294967295, 41],
      [0, 1],
    ]) {
      const query = seed === 42 && n === 40 ? '' : `?seed=${seed}&n=${n}`;
      // The button is in the first chapter: nothing else needs rendering.
      const { page, context } = await openPage(site.browser, `${site.server.base}${query}`, { allChapters: false });
      const csv = await downloadCsv(page);
      const lines = csv.trim().split('\n');
      assert.equal(lines[0], 'song,tempo_bpm');
      const expected = reference.generator.find((g) => g.seed === seed && g.n === n).values;
      assert.deepEqual(
        lines.slice(1).map((line) => line.split(',')),
        expected.map((x, i) => [String(i + 1), String(x)]),
      );
      await context.close();
    }
  });

  it('ℓ at μ = 120, σ = 15 and at the maximum matches scipy to 2 decimals', async () => {
    const ref = reference.likelihoods.find((l) => l.seed === 42 && l.n === 40);
    const { page, context } = await openPage(site.browser, `${site.server.base}?mu=120&sigma=15`);
    assert.ok(Math.abs((await readLogLik(page)) - ref.at[0].normalLogLik) < 0.005);
    await page.getByRole('button', { name: 'Jump to the maximum' }).click();
    assert.ok(Math.abs((await readLogLik(page)) - ref.normalLogLikAtMle) < 0.005);
    assert.match(await page.locator('.reveal').textContent(), /sample mean/);
    await context.close();
  });

  it('deep links scroll to a section, and the hash follows the reader', async () => {
    const { page, context } = await openPage(site.browser, `${site.server.base}#likelihood-widget`, {
      allChapters: false,
    });
    await settled(page);
    const offset = await belowNavigation(page, 'likelihood-widget');
    assert.ok(offset >= 0 && offset <= 12, `section ${offset} px below the navigation`);
    await page.evaluate(() => document.getElementById('story').scrollIntoView());
    await page.waitForFunction(() => location.hash === '#story');
    await page.evaluate(() => document.getElementById('assumption').scrollIntoView());
    await page.waitForFunction(() => location.hash === '#assumption');
    await context.close();
  });

  it('keeps slider state in the query string (replaceState), and a copied address restores it', async () => {
    const { page, context } = await openPage(site.browser, `${site.server.base}#likelihood-widget`);
    const historyLength = await page.evaluate(() => history.length);
    const mu = page.getByRole('slider', { name: /μ/ });
    await mu.focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    const sigma = page.getByRole('slider', { name: /σ/ });
    await sigma.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => {
      const params = new URLSearchParams(location.search);
      return params.get('mu') === '101.5' && params.get('sigma') === '11';
    });
    const url = page.url();
    assert.equal(new URL(url).searchParams.get('sigma'), '11');
    assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entry per step');
    const shown = await page.getByTestId('loglik').textContent();
    const copy = await openPage(site.browser, url);
    assert.equal(await copy.page.getByTestId('loglik').textContent(), shown);
    assert.equal(await copy.page.getByRole('slider', { name: /μ/ }).inputValue(), '101.5');
    await copy.context.close();
    await context.close();
  });

  it('slider ranges adapt to the data', async () => {
    for (const query of ['?seed=7&n=100', '?n=1000', '?n=100000']) {
      const { page, context, errors } = await openPage(site.browser, `${site.server.base}${query}`);
      const csv = await downloadCsv(page);
      const values = csv
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => Number(l.split(',')[1]));
      const slider = page.getByRole('slider', { name: /μ/ });
      const [min, max] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
      assert.ok(min <= Math.min(...values) && max >= Math.max(...values), `${query}: μ range holds the data`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  it('bad parameters never break the page or the console', async () => {
    for (const query of [
      '?seed=-5&n=abc&mu=NaN&sigma=-1&theme=neon',
      '?seed=1e30&n=1e9&mu=1e308&sigma=0',
      '?mu=%3Cscript%3Ealert(1)%3C/script%3E&sigma=%E2%88%9E',
      '?n=0&seed=&mu=&sigma=',
      `?mu=${'9'.repeat(5000)}`,
      '?%E0%A4%A=1&seed=%',
    ]) {
      const { page, context, errors } = await openPage(site.browser, `${site.server.base}${query}#nowhere`);
      assert.match(await page.getByTestId('loglik').textContent(), /^[−-]?\d+\.\d{2}$/, query);
      assert.deepEqual(errors, [], query);
      await context.close();
    }
  });

  it('theme=light wins over a dark system, and theme=dark over a light one', async () => {
    const light = await openPage(site.browser, `${site.server.base}?theme=light`, {
      colorScheme: 'dark',
      allChapters: false,
    });
    assert.equal(await light.page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.equal(await light.page.evaluate(() => getComputedStyle(document.body).colorScheme), 'light');
    await light.context.close();
    const dark = await openPage(site.browser, `${site.server.base}?theme=dark`, {
      colorScheme: 'light',
      allChapters: false,
    });
    assert.equal(await dark.page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await dark.context.close();
  });

  for (const [name, options] of [
    ['light, desktop', { colorScheme: 'light' }],
    ['dark, desktop', { colorScheme: 'dark' }],
    ['light, phone', { colorScheme: 'light', viewport: { width: 390, height: 844 } }],
    ['dark, phone', { colorScheme: 'dark', viewport: { width: 390, height: 844 } }],
  ]) {
    it(`axe-core finds no violations (${name}, tables and reveal open)`, async () => {
      const { page, context } = await openPage(site.browser, site.server.base, options);
      await page.getByRole('button', { name: 'Jump to the maximum' }).click();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await idle(page);
      await page.evaluate(axeSource); // not a script tag: the page's CSP allows no inline script
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      });
      assert.deepEqual(violations, []);
      await context.close();
    });
  }

  it('every section of the likelihood chapter deep-links', async () => {
    await expectDeepLinks([
      'probability-vs-likelihood',
      'density-vs-probability',
      'why-log',
      'negative-log-likelihood',
      'cross-entropy',
    ]);
  });

  it('the underflow hooks match numpy at the default μ and σ and at the maximum', async () => {
    const cases = reference.underflow.filter((u) => u.seed === 42).slice(0, 2); // default (100, 8), then the MLE
    assert.deepEqual([cases[0].mu, cases[0].sigma], [100, 8]);
    for (const [query, expected] of [
      ['?seed=42', cases[0]],
      [`?seed=42&mu=${cases[1].mu}&sigma=${cases[1].sigma}`, cases[1]],
    ]) {
      const { page, context } = await openPage(site.browser, `${site.server.base}${query}#why-log`);
      assert.equal(await page.getByTestId('underflow-float32').textContent(), String(expected.float32), query);
      assert.equal(await page.getByTestId('underflow-float64').textContent(), String(expected.float64), query);
      await context.close();
    }
  });

  it('each interactive figure of the likelihood chapter responds', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}#probability-vs-likelihood`);
    const sectionText = (id) => page.locator(`[id="${id}"]`).textContent();

    await page.getByRole('radio', { name: /a likelihood/ }).check();
    assert.match(await sectionText('probability-vs-likelihood'), /nothing holds it to 1/);

    const widthSlider = page.getByRole('slider', { name: /Curve width/ });
    await widthSlider.fill('0.2');
    assert.match(await sectionText('density-vs-probability'), /above 1, and nothing is wrong/);

    const songs = page.getByRole('slider', { name: /Songs multiplied/ });
    await songs.fill('500');
    assert.match(await sectionText('why-log'), /Exact product of 500 densities/);

    await page.getByRole('combobox', { name: 'Measure tempo in' }).selectOption('bph');
    assert.match(await sectionText('negative-log-likelihood'), /measured in beats per hour/);

    const bce = await page.getByTestId('bce').textContent();
    await page.getByRole('slider', { name: /Song 2 is a hit/ }).fill('0.95');
    assert.notEqual(await page.getByTestId('bce').textContent(), bce);
    assert.equal(await page.getByTestId('bce').textContent(), await page.getByTestId('bernoulli-nll').textContent());
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('every section of the derivatives chapter deep-links', async () => {
    await expectDeepLinks([
      'derivatives',
      'slope-zero',
      'derivation',
      'likelihood-surface',
      'gradient-descent',
      'bias',
    ]);
  });

  it('the derivation stepper steps, gradient descent reaches the maximum, the bias simulation runs', async () => {
    const ref = reference.likelihoods.find((l) => l.seed === 42 && l.n === 40);
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}#derivation`, {
      reducedMotion: 'reduce',
    });
    const steps = () => page.locator('#derivation li[data-step]:not([hidden])').count();
    assert.equal(await steps(), 1);
    // A step to come keeps its place, typeset, laid out and painted already but unseen and out
    // of reach: showing it moves nothing, neither the step above nor the sections below.
    const ahead = page.locator('#derivation li[data-step="2"]');
    const aheadBody = ahead.locator('.derivation__body');
    const unseen = () => aheadBody.evaluate((el) => Number(getComputedStyle(el).opacity) < 0.01);
    assert.equal(await unseen(), true);
    assert.equal(await ahead.evaluate((el) => el.inert), true, 'a step to come is out of reach');
    const firstFormula = page.locator('#derivation li[data-step="1"] .katex-display');
    const nextSection = page.locator('#likelihood-surface');
    // Where each is on the page (not in the window, which the click may scroll).
    const places = () =>
      Promise.all(
        [firstFormula, aheadBody, nextSection].map((box) =>
          box.evaluate((el) => {
            const { left, top, width } = el.getBoundingClientRect();
            return [left, top + window.scrollY, width];
          }),
        ),
      );
    const before = await places();
    await page.getByRole('button', { name: 'Next step' }).click();
    assert.equal(await unseen(), false);
    await page.waitForFunction(() => document.querySelector('#derivation li[data-step="2"]')?.inert === false);
    assert.deepEqual(await places(), before, 'step 1, step 2 and the next section keep their places when step 2 shows');
    await page.getByRole('button', { name: 'Next step' }).click();
    assert.equal(await steps(), 3);
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal(await steps(), 2);

    // From the default start (μ = 100, σ = 8); with reduced motion, Run finishes at once.
    await page.locator('#gradient-descent').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#gradient-descent')?.textContent?.includes('Converged'));
    assert.equal(await page.getByTestId('gd-mu').textContent(), ref.mean.toFixed(2));
    assert.equal(await page.getByTestId('gd-sigma').textContent(), ref.std.toFixed(2));

    // Clicking the surface moves the sliders.
    const surface = page.locator('#likelihood-surface .surface');
    await surface.scrollIntoViewIfNeeded();
    const box = await surface.boundingBox();
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.4);
    assert.notEqual(await page.evaluate(() => new URLSearchParams(location.search).get('mu')), '100');

    await page.locator('#bias').scrollIntoViewIfNeeded();
    await page.locator('#bias').getByRole('button', { name: 'Draw 1,000 samples' }).click();
    const mle = Number(await page.getByTestId('bias-mle').textContent());
    assert.ok(Math.abs(mle - 180) < 12, `σ̂² averages near 180 for n = 5 (got ${mle})`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('every section of the uncertainty chapter deep-links', async () => {
    await expectDeepLinks(['uncertainty', 'sampling-variability', 'curvature', 'confidence-intervals']);
  });

  it('the uncertainty chapter, embedded alone, gives numpy’s intervals and coverage counts (simulated in a worker)', async () => {
    const { samples, coverage } = reference.uncertainty;
    const ours = samples.find((d) => d.seed === 42 && d.n === 40);
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}?embed=1&chapter=uncertainty`, {
      allChapters: false,
    });
    const read = async (id) => Number((await page.getByTestId(id).textContent()).replace('−', '-'));
    assert.equal(await read('se-mu'), Number(ours.standardErrors.mu.toFixed(4)));
    assert.equal(await read('se-sigma'), Number(ours.standardErrors.sigma.toFixed(4)));
    for (const [id, value] of [
      ['wald-mu-lower', ours.waldMu[0]],
      ['wald-mu-upper', ours.waldMu[1]],
      ['lr-mu-lower', ours.lrMu[0]],
      ['lr-mu-upper', ours.lrMu[1]],
      ['lr-sigma-lower', ours.lrSigma[0]],
      ['lr-sigma-upper', ours.lrSigma[1]],
    ])
      assert.equal(await read(id), Number(value.toFixed(2)), id);

    const section = page.locator('#confidence-intervals');
    for (const n of [40, 5]) {
      const expected = coverage.find((c) => c.n === n && c.samples === 1000);
      await section
        .getByRole('group', { name: 'Songs per sample, n' })
        .getByRole('radio', { name: String(n) })
        .check();
      await section.getByRole('button', { name: 'Draw 1,000 samples' }).click();
      await page.waitForFunction(() =>
        /of 1000$/.test(document.querySelector('[data-testid="coverage-t"]').textContent),
      );
      for (const method of ['wald', 'lr', 't'])
        assert.equal(await page.getByTestId(`coverage-${method}`).textContent(), `${expected[method]} of 1000`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('every section of the residuals chapter deep-links', async () => {
    await expectDeepLinks(['residuals', 'regression', 'mse-vs-mae', 'classification', 'loss-table']);
  });

  it('with viral noise, dragging a song with the mouse moves the MSE line far more than the MAE line', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}#mse-vs-mae`);
    const read = async (id) => Number((await page.getByTestId(id).textContent()).replace('−', '-'));
    const normalSlopes = [await read('mse-slope'), await read('mae-slope')];
    await page.getByRole('radio', { name: /viral/ }).check();
    const before = { mse: await read('mse-slope'), mae: await read('mae-slope') };
    assert.notDeepEqual([before.mse, before.mae], normalSlopes, 'the noise switch refits both lines');

    // Grab the ringed song (the one at the most extreme tempo) and pull it to the top of the plot, a viral hit.
    await page.locator('#mse-vs-mae .drag-layer').scrollIntoViewIfNeeded();
    const ring = await page.locator('#mse-vs-mae .points circle[stroke="var(--focus)"]').boundingBox();
    const plot = await page.locator('#mse-vs-mae .drag-layer').boundingBox();
    const [x, y] = [ring.x + ring.width / 2, ring.y + ring.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, (y + plot.y) / 2, { steps: 4 });
    await page.mouse.move(x, plot.y + 1, { steps: 4 });
    await page.mouse.up();

    const mseShift = await read('mse-shift');
    const maeShift = await read('mae-shift');
    assert.ok(mseShift > 2 && mseShift > 3 * maeShift, `MSE line moved ${mseShift}, MAE line ${maeShift}`);
    const slopeChange = {
      mse: Math.abs((await read('mse-slope')) - before.mse),
      mae: Math.abs((await read('mae-slope')) - before.mae),
    };
    assert.ok(slopeChange.mse > slopeChange.mae, `slope changes: ${JSON.stringify(slopeChange)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('each row of the loss table links to the section that showed it', async () => {
    const { page, context, errors } = await openPage(site.browser, `${site.server.base}#loss-table`, {
      reducedMotion: 'reduce',
    });
    for (const [name, id] of [
      ['Fitting a line', 'regression'],
      ['MSE or MAE', 'mse-vs-mae'],
      ['Classification', 'classification'],
      ['Cross-entropy', 'cross-entropy'],
    ]) {
      await page.locator('#loss-table table').getByRole('link', { name, exact: true }).click();
      await page.waitForFunction((target) => location.hash === `#${target}`, id);
      await settled(page);
      const offset = await belowNavigation(page, id);
      assert.ok(offset >= 0 && offset <= 12, `#${id} is ${offset} px below the navigation after its link`);
      await page.locator('#loss-table').scrollIntoViewIfNeeded();
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the page fits a 360 px phone without sideways scrolling', async () => {
    const { page, context } = await openPage(site.browser, site.server.base, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    await context.close();
  });
});
