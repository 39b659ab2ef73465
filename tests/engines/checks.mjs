// The cross-engine smoke checks, shared by firefox.test.mjs and webkit.test.mjs. Each engine
// file supplies a small driver (see `Driver` below); the checks find controls in the page by
// role and accessible name, by label or by test id, the way the Chromium suites do, and every
// wait waits for a condition in the page or on disk, never for a fixed time.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serveSite } from './server.mjs';
import { CHAPTER_IDS } from '../e2e/chapters.mjs';

/**
 * @typedef {object} Driver
 * @property {(url: string) => Promise<void>} open  loads the page afresh, resolves once it has loaded
 * @property {(fn: Function, ...args: unknown[]) => Promise<any>} run  runs fn(...args) in the page
 * @property {(source: string) => Promise<void>} install  runs a script's source in the page (not subject to its CSP)
 * @property {(fn: Function, args: unknown[], timeout: number) => Promise<any>} waitFor  until fn(...args) is truthy
 * @property {(spec: object) => Promise<any>} element  waits for the one element window.__labFind(spec) finds: its handle
 * @property {(element: any) => Promise<void>} click  scrolls the element into view and clicks it
 * @property {(element: any, key: 'ArrowRight') => Promise<void>} press  focuses the element and presses a key
 * @property {(() => string[]) | null} consoleErrors  console errors read over the protocol, where the engine allows
 * @property {string} downloads  the folder where the browser saves downloads
 * @property {() => Promise<void>} close
 */

const reference = JSON.parse(fs.readFileSync(new URL('../fixtures/reference.json', import.meta.url), 'utf8'));
const tempos = reference.generator.find((g) => g.seed === 42 && g.n === 40).values;
const likelihoods = reference.likelihoods.find((l) => l.seed === 42 && l.n === 40);
const bias = reference.bias.find((b) => b.seed === 42 && b.n === 40 && b.samples === 500);

/** ℓ as the widget shows it: two decimals, a true minus sign. */
export const shown = (x) => x.toFixed(2).replace('-', '−');
/** ℓ of the Normal(μ, σ) for the 40 tempos, in double precision. */
const normalLogLik = (mu, sigma) =>
  tempos.reduce((sum, x) => sum - 0.5 * Math.log(2 * Math.PI) - Math.log(sigma) - (x - mu) ** 2 / (2 * sigma ** 2), 0);

/**
 * Runs in the page: the one element with this role and accessible name (a string, or a RegExp
 * given as { source, flags }), label, or test id, inside `within` (a selector). Null if none;
 * an error if several match. The names are computed as the Chromium suites' locators see them
 * for these controls: aria-labelledby, aria-label, the <label>s, then the text.
 */
export function find({ role, name, testId, within }) {
  const scope = within ? document.querySelector(within) : document;
  if (!scope) return null;
  if (testId) {
    const all = scope.querySelectorAll(`[data-testid="${testId}"]`);
    if (all.length > 1) throw new Error(`${all.length} elements with data-testid="${testId}"`);
    return all[0] ?? null;
  }
  const roles = {
    button: 'button, [role="button"]',
    slider: 'input[type="range"], [role="slider"]',
    radio: 'input[type="radio"], [role="radio"]',
    navigation: 'nav, [role="navigation"]',
  };
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const accessibleName = (el) => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(/\s+/)
        .map((id) => text(document.getElementById(id)))
        .join(' ');
    if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label').trim();
    if (el.labels?.length) return [...el.labels].map(text).join(' ');
    return el.matches('nav') ? '' : text(el);
  };
  const named = typeof name === 'string' ? (s) => s === name : (s) => new RegExp(name.source, name.flags).test(s);
  const all = [...scope.querySelectorAll(roles[role])].filter(
    (el) => !el.closest('[hidden], [inert], [aria-hidden="true"]') && named(accessibleName(el)),
  );
  if (all.length > 1) throw new Error(`${all.length} elements of role ${role} named ${JSON.stringify(name)}`);
  return all[0] ?? null;
}

/** A RegExp as `find` takes it (functions run in the page receive JSON). */
const pattern = (re) => ({ source: re.source, flags: re.flags });

/**
 * Resolves with the file's text once `complete(text)` holds, watching its folder; with whatever
 * is there (or null) after `timeout` ms.
 */
function waitForFile(file, complete, timeout) {
  return new Promise((resolve) => {
    const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
    const finish = () => {
      watcher.close();
      clearTimeout(timer);
      resolve(read());
    };
    const check = () => {
      const text = read();
      if (text !== null && complete(text)) finish();
    };
    const watcher = fs.watch(path.dirname(file), check);
    const timer = setTimeout(finish, timeout);
    check();
  });
}

/**
 * The checks, for one engine. `launch` starts the browser and returns its Driver; `engine`
 * names it in the test titles.
 */
export function describeEngine(engine, launch) {
  describe(`smoke checks in ${engine}`, { timeout: 180_000 }, () => {
    /** @type {Driver} */
    let driver;
    let site;
    /** The element's text, whitespace collapsed; null if there is none. */
    const text = (spec) =>
      driver.run((spec) => window.__labFind(spec)?.textContent.replace(/\s+/g, ' ').trim() ?? null, spec);
    /** Waits until the element's text is `expected`. */
    const waitForText = async (spec, expected, timeout = 10_000) => {
      try {
        await driver.waitFor(
          (spec, expected) => window.__labFind(spec)?.textContent.replace(/\s+/g, ' ').trim() === expected,
          [spec, expected],
          timeout,
        );
      } catch (error) {
        assert.equal(await text(spec), expected, `${JSON.stringify(spec)} (${error.message})`);
        throw error;
      }
    };
    /** Loads the page afresh, as a first visit, and waits for the first chapter. */
    const open = async (query) => {
      // A returning reader's stored progress renders every chapter on arrival: forget it.
      await driver.run(() => {
        try {
          localStorage.clear();
          sessionStorage.clear();
        } catch {
          // not the site's page (yet)
        }
      });
      await driver.open(`${site.base}${query}`);
      await driver.install(`window.__labFind = ${find}`);
      // The recorder ran (else "no errors" below would prove nothing).
      assert.equal(
        await driver.run(() => Array.isArray(window.__labErrors)),
        true,
        'the error recorder is in the page',
      );
      await driver.waitFor(() => document.querySelector('#story.chapter'), [], 10_000);
      // A link to a section lands on it, then jumps again as fonts and charts come in: a click
      // aimed meanwhile can land where the button was a moment before (seen once in WebKit, a
      // "Jump to the maximum" that never happened). So after a link to a section, wait until
      // every chapter has arrived and the landing is over (the page's own marks, as the
      // Chromium tests' `settled` does); the front page renders later chapters on approach.
      await driver.waitFor(
        () =>
          !location.hash ||
          (!document.querySelector('.chapter-placeholder') && !document.documentElement.dataset.landing),
        [],
        20_000,
      );
    };
    const expectNoErrors = async () => {
      assert.deepEqual(await driver.run(() => window.__labErrors), [], 'errors recorded in the page');
      if (driver.consoleErrors) assert.deepEqual(driver.consoleErrors(), [], 'console errors');
    };

    before(async () => {
      site = await serveSite();
      driver = await launch();
    });
    after(async () => {
      await driver?.close();
      await site?.close();
    });

    // Story only: the first screen's bundle.
    it('the CSV download arrives with numpy’s 40 tempos', async () => {
      await open('');
      const file = path.join(driver.downloads, 'likelihood-lab-tempos-seed42-n40.csv');
      fs.rmSync(file, { force: true });
      await driver.click(await driver.element({ role: 'button', name: 'Download data (CSV)', within: '#story' }));
      // Whole once it ends its 41st line.
      const csv = await waitForFile(
        file,
        (t) => t.endsWith('\n') && t.split('\n').length === tempos.length + 2,
        15_000,
      );
      assert.notEqual(csv, null, `${path.basename(file)} arrived in ${driver.downloads}`);
      const rows = csv.trim().split('\n');
      assert.equal(rows[0], 'song,tempo_bpm');
      assert.deepEqual(
        rows.slice(1).map((row) => row.split(',')),
        tempos.map((x, i) => [String(i + 1), String(x)]),
      );
      await expectNoErrors();
    });

    // A deep link renders every chapter before landing: the slow part of a page load (seconds
    // in WebKitGTK), so each such page serves several checks, in order.
    describe('/#likelihood', () => {
      before(() => open('#likelihood'));

      it('lands at the chapter, just below the sticky navigation', async (t) => {
        // Where the navigation ends and the chapter begins, once the landing is over (the app
        // marks it with <html data-landing>) and the chapter has held its place for 10 frames.
        const landed = () =>
          new Promise((resolve) => {
            let still = 0;
            let last = null;
            let frames = 0;
            const frame = () => {
              const nav = window.__labFind({ role: 'navigation', name: 'Chapters' }).getBoundingClientRect().bottom;
              const top = document.getElementById('likelihood').getBoundingClientRect().top;
              const over =
                !document.querySelector('.chapter-placeholder') &&
                !document.documentElement.dataset.landing &&
                window.scrollY > 0;
              still = over && last === top ? still + 1 : 0;
              last = top;
              // Or it never settles: give up after 600 frames, and the check below fails.
              if (still >= 10 || ++frames > 600) resolve({ nav, top });
              else requestAnimationFrame(frame);
            };
            frame();
          });
        const { nav, top } = await driver.run(landed);
        t.diagnostic(`chapter top at ${top} px, navigation ends at ${nav} px`);
        // scroll-padding-top is the navigation's height and 0.5rem: the chapter starts about 8 px
        // below it (never under it).
        assert.ok(top >= nav - 1 && top <= nav + 12, `chapter top at ${top} px, navigation ends at ${nav} px`);
      });

      it('every chapter rendered, with no error recorded (nor in the console, where the engine shows it)', async () => {
        assert.equal(await driver.run(() => document.querySelectorAll('.chapter').length), CHAPTER_IDS.length);
        assert.ok(
          await driver.run(() => document.querySelectorAll('#story svg.plain-chart').length >= 3),
          'the story draws its charts',
        );
        await expectNoErrors();
      });

      it('the bias simulation (#bias) runs in its worker and shows numpy’s averages', async () => {
        await driver.click(await driver.element({ role: 'radio', name: '40', within: '#bias' }));
        const draw100 = await driver.element({ role: 'button', name: 'Draw 100 samples', within: '#bias' });
        for (let i = 0; i < 5; i++) await driver.click(draw100);
        const caption = (text) =>
          new RegExp(`After ${text} samples:`).test(document.querySelector('#bias').textContent);
        await driver.waitFor(caption, ['500'], 15_000);
        // np.random.seed(42); v = np.random.normal(120, 15, (500, 40)); np.var(v, axis=1).mean(), and with ddof=1
        assert.equal(await text({ testId: 'bias-mle' }), bias.mleMean.toFixed(1));
        assert.equal(await text({ testId: 'bias-unbiased' }), bias.unbiasedMean.toFixed(1));
        // And it goes on drawing. (The Chromium suite draws to the cap of 20,000: 20 more
        // clicks, each followed by a relayout of the whole page, which takes seconds in WebKitGTK.)
        await driver.click(await driver.element({ role: 'button', name: 'Draw 1,000 samples', within: '#bias' }));
        await driver.waitFor(caption, ['1,500'], 15_000);
        // np.random.seed(42); v = np.random.normal(120, 15, (1500, 40)): 220.0418 and 225.6839
        assert.equal(await text({ testId: 'bias-mle' }), (220.04178998836804).toFixed(1));
        assert.equal(await text({ testId: 'bias-unbiased' }), (225.68388716755697).toFixed(1));
        await expectNoErrors();
      });

      it('the recorder would have seen an error: uncaught, a rejected promise, console.error', async () => {
        await driver.run(() => {
          setTimeout(() => {
            throw new Error('probe: uncaught');
          });
          Promise.reject(new Error('probe: rejected'));
          console.error('probe: console.error');
        });
        await driver.waitFor(() => window.__labErrors.length >= 3, [], 5_000);
        const seen = await driver.run(() => window.__labErrors);
        for (const probe of ['probe: uncaught', 'probe: rejected', 'probe: console.error']) {
          assert.ok(
            seen.some((e) => e.includes(probe)),
            `the recorder saw “${probe}”: ${JSON.stringify(seen)}`,
          );
        }
        if (driver.consoleErrors) {
          assert.ok(
            driver.consoleErrors().some((e) => e.includes('probe: console.error')),
            'console errors are read',
          );
        }
      });
    });

    describe('the likelihood widget at ?mu=120&sigma=15', () => {
      before(() => open('?mu=120&sigma=15#likelihood-widget'));

      it('ℓ reads −163.74, as scipy', async () => {
        assert.equal(shown(likelihoods.at[0].normalLogLik), '−163.74');
        await waitForText({ testId: 'loglik' }, '−163.74');
        await expectNoErrors();
      });

      it('the μ slider moves with ArrowRight, and ℓ follows to its value at the new μ', async () => {
        const slider = await driver.element({ role: 'slider', name: pattern(/^Mean μ/) });
        assert.equal(await driver.run((el) => el.value, slider), '120');
        const step = Number(await driver.run((el) => el.step, slider));
        assert.ok(step > 0, `the slider has a step (${step})`);
        await driver.press(slider, 'ArrowRight');
        await driver.waitFor((el) => el.value !== '120', [slider], 5_000);
        assert.equal(Number(await driver.run((el) => el.value, slider)), 120 + step, 'one step to the right');
        await waitForText({ testId: 'loglik' }, shown(normalLogLik(120 + step, 15)));
        await expectNoErrors();
      });

      it('ℓ reads −162.64 after “Jump to the maximum”, as scipy', async () => {
        assert.equal(shown(likelihoods.normalLogLikAtMle), '−162.64');
        await driver.click(await driver.element({ role: 'button', name: 'Jump to the maximum' }));
        await waitForText({ testId: 'loglik' }, '−162.64');
        await expectNoErrors();
      });
    });
  });
}
