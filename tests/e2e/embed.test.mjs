import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CHAPTER_IDS, answerChecks, launch, openPage, serveDist, serveHost } from './harness.mjs';

let browser;
let app;
let host;

/**
 * A host page that embeds `src` and, like a real LMS, sizes the frame by one protocol:
 * Canvas's lti.frameResize, the H5P resizer handshake (as h5p-resizer.js speaks it), or our
 * generic message. It records every message the frame posts in window.received. With
 * 'h5p-late', the resizer's script runs only when the test calls window.installResizer(), as
 * on a host whose scripts load slowly.
 */
function hostPage(src, protocol, sandbox = '') {
  return `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
<h1>Week 3: maximum likelihood</h1>
<iframe title="Likelihood Lab" src="${src}" style="width:100%;height:400px;border:0" ${sandbox}></iframe>
<p style="height:1200px">After the explorable.</p>
<script>
window.received = [];
window.resizerInstalled = '${protocol}' === 'h5p';
window.installResizer = () => (window.resizerInstalled = true);
const frame = document.querySelector('iframe');
addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const data = event.data;
  received.push(data);
  const reply = (message) => frame.contentWindow.postMessage(message, '*');
  if ('${protocol}' === 'canvas' && data.subject === 'lti.frameResize') frame.style.height = data.height + 'px';
  if ('${protocol}' === 'generic' && data.type === 'likelihood-lab:resize') frame.style.height = data.height + 'px';
  if (window.resizerInstalled && data.context === 'h5p') {
    if (data.action === 'hello') reply({ context: 'h5p', action: 'hello' });
    if (data.action === 'prepareResize') {
      frame.style.height = data.clientHeight + 'px';
      reply({ context: 'h5p', action: 'resizePrepared' });
    }
    if (data.action === 'resize') frame.style.height = data.scrollHeight + 'px';
  }
});
</script></body></html>`;
}

before(async () => {
  browser = await launch();
  app = await serveDist();
  const embed = `${app.base}?embed=1&chapter=assumption&theme=light`;
  host = await serveHost({
    '/canvas.html': hostPage(embed, 'canvas'),
    '/h5p.html': hostPage(embed, 'h5p'),
    '/h5p-late.html': hostPage(embed, 'h5p-late'),
    '/generic.html': hostPage(embed, 'generic'),
    '/all.html': hostPage(`${app.base}?embed=1`, 'generic'),
    '/sandboxed.html': hostPage(
      `${app.base}?embed=1&chapter=likelihood`,
      'generic',
      'sandbox="allow-scripts allow-same-origin"',
    ),
  });
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

/** The embedded app's own content height, measured inside the frame. */
async function contentHeight(page) {
  const frame = page.frames().find((f) => f.url().includes('/lab/'));
  return frame.evaluate(() => Math.ceil(document.getElementById('root').getBoundingClientRect().height));
}

/**
 * Waits, frame by frame, until the host has sized the frame to the app's content (both may
 * still be changing); fails after 600 frames (ten seconds) without a fit.
 */
async function frameFitsContent(page) {
  let last = '';
  for (let frame = 0; frame < 600; frame++) {
    const [styled, content] = await Promise.all([
      page.evaluate(() => parseFloat(document.querySelector('iframe').style.height)),
      contentHeight(page),
    ]);
    if (Math.abs(styled - content) <= 2) return;
    last = `frame ${styled}px for content ${content}px`;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  assert.fail(`the host never sized the frame to its content: ${last}`);
}

describe('embedded in a host page on another origin', () => {
  for (const protocol of ['canvas', 'h5p', 'generic']) {
    it(`the host sizes the frame to the content by the ${protocol} protocol`, async () => {
      const { page, context, errors } = await openPage(browser, `${host.origin}/${protocol}.html`);
      const frameElement = page.locator('iframe');
      await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 1000);
      const height = await contentHeight(page);
      await page.waitForFunction(
        (h) => Math.abs(parseFloat(document.querySelector('iframe').style.height) - h) <= 2,
        height,
      );
      const box = await frameElement.boundingBox();
      assert.ok(Math.abs(box.height - height) <= 2, `frame ${box.height}px for content ${height}px`);
      const received = await page.evaluate(() => window.received);
      if (protocol === 'h5p') {
        const actions = received.filter((m) => m.context === 'h5p').map((m) => m.action);
        assert.deepEqual([...new Set(actions)].sort(), ['hello', 'prepareResize', 'resize']);
      }
      // Canvas turns a height of 0 into a 1 px frame: never post one (not even before rendering).
      const heights = received.filter((m) => 'height' in m).map((m) => m.height);
      assert.ok(heights.length > 0 && heights.every((h) => h > 0), `heights posted: ${heights.join(', ')}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('an H5P resizer whose script runs late still sizes the frame, at the next change of height', async () => {
    const { page, context, errors } = await openPage(browser, `${host.origin}/h5p-late.html`);
    const frame = page.frames().find((f) => f.url().includes('/lab/'));
    await frame.locator('#assumption.chapter').waitFor();
    // The frame has said hello into the void and posted its height; nobody sized it.
    await page.waitForFunction(() => window.received.some((m) => m.context === 'h5p' && m.action === 'hello'));
    assert.equal(await page.evaluate(() => document.querySelector('iframe').style.height), '400px');
    await page.evaluate(() => window.installResizer());
    // The learner scrolls to an aside inside the 400 px frame and opens it: the content grows,
    // and the frame asks again. (Opened by script while far below the frame's screen, it would
    // not grow the page: once the page has settled, a part that far away is not laid out, and
    // keeps its height, until it is seen: ui/skipFarParts.)
    await frame.getByText('Show the two fits as a table').click();
    await frameFitsContent(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows one chapter with a compact header and a link that opens the full explorable in a new tab', async () => {
    const { page, context, errors } = await openPage(browser, `${host.origin}/generic.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('#assumption').waitFor();
    assert.equal(await frame.locator('.chapter').count(), 1);
    assert.equal(await frame.locator('.site-header, .site-footer, nav').count(), 0);
    const link = frame.getByRole('link', { name: /Open the full explorable/ });
    assert.equal(await link.getAttribute('target'), '_blank');
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await popup.waitForLoadState();
    assert.match(popup.url(), /\/lab\/\?theme=light#assumption$/);
    assert.equal(page.url(), `${host.origin}/generic.html`, 'the host page never navigates');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('theme=light wins over a dark system inside the frame', async () => {
    const { page, context } = await openPage(browser, `${host.origin}/generic.html`, { colorScheme: 'dark' });
    const frame = page.frames().find((f) => f.url().includes('/lab/'));
    await frame.waitForSelector('#assumption');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.body).colorScheme), 'light');
    await context.close();
  });

  it('posts progress as the reader scrolls the host page, completed once the last chapter’s checks are answered', async () => {
    const { page, context, errors } = await openPage(browser, `${host.origin}/all.html`);
    // In a frame every chapter renders at once (the frame has no screen to come near).
    const app = page.frames().find((f) => f.url().includes('/lab/'));
    await app.waitForFunction((count) => document.querySelectorAll('.chapter').length === count, CHAPTER_IDS.length);
    await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 5000);
    const progress = () => page.evaluate(() => window.received.filter((m) => m.type === 'likelihood-lab:progress'));
    await page.waitForFunction(() => window.received.some((m) => m.type === 'likelihood-lab:progress'));
    assert.equal((await progress())[0].chapter, 'story');
    assert.equal((await progress())[0].completed, false);
    // The reader scrolls the host page to each chapter in turn, and to one section (its top
    // just above the top of the window, what came before it gone); the frame reports each.
    for (const place of ['assumption', 'likelihood', 'derivatives', 'uncertainty', 'residuals', 'mse-vs-mae']) {
      const top = await app.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, place);
      await page.evaluate(
        (y) => window.scrollBy(0, document.querySelector('iframe').getBoundingClientRect().top + y),
        top + 20,
      );
      await page.waitForFunction(
        (id) =>
          window.received.some((m) => m.type === 'likelihood-lab:progress' && (m.chapter === id || m.section === id)),
        place,
      );
    }
    assert.equal(
      (await progress()).some((m) => m.completed),
      false,
      'not completed by scrolling alone',
    );
    await answerChecks(app, 'residuals');
    await page.waitForFunction(() => window.received.some((m) => m.completed === true));
    const chapters = [...new Set((await progress()).map((m) => m.chapter))];
    assert.deepEqual(chapters, CHAPTER_IDS);
    const last = (await progress()).at(-1);
    assert.equal(last.completed, true);
    assert.ok((await progress()).some((m) => m.section === 'mse-vs-mae'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('ignores hostile and malformed messages from the host', async () => {
    const { page, context, errors } = await openPage(browser, `${host.origin}/generic.html`);
    const frame = page.frames().find((f) => f.url().includes('/lab/'));
    await frame.waitForSelector('#assumption');
    await page.evaluate(() => {
      const target = document.querySelector('iframe').contentWindow;
      const hostile = [
        'hello',
        null,
        42,
        [1, 2],
        { context: 'h5p' },
        { context: 'h5p', action: 'resize', scrollHeight: 'NaN' },
        { type: 'likelihood-lab:progress', chapter: '<img src=x onerror=alert(1)>' },
        { subject: 'lti.frameResize', height: -1 },
        { type: 'likelihood-lab:request-resize', extra: 'x'.repeat(100_000) },
        { __proto__: { polluted: true } },
      ];
      for (const message of hostile) target.postMessage(message, '*');
      // Messages arrive in order: the answer to this one means the frame has read them all.
      window.received.length = 0;
      target.postMessage({ type: 'likelihood-lab:request-resize' }, '*');
    });
    await page.waitForFunction(() => window.received.some((m) => m.type === 'likelihood-lab:resize'));
    assert.equal(await frame.locator('#assumption').count(), 1);
    assert.equal(await frame.evaluate(() => ({}).polluted), undefined);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('works in a sandboxed frame (allow-scripts allow-same-origin) with storage throwing', async () => {
    const { page, context, errors } = await openPage(browser, 'about:blank');
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      for (const name of ['localStorage', 'sessionStorage']) Object.defineProperty(window, name, { get: refuse });
    });
    await page.goto(`${host.origin}/sandboxed.html`, { waitUntil: 'networkidle' });
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('loglik').waitFor();
    const before = await frame.getByTestId('loglik').textContent();
    await frame.getByRole('slider', { name: /μ/ }).first().fill('115');
    assert.notEqual(await frame.getByTestId('loglik').textContent(), before);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('the embed code dialog', () => {
  const openDialog = async (page, chapter) => {
    await page.locator(`#${chapter} .chapter-tools`).getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
    await dialog.waitFor();
    return dialog;
  };
  const snippetOf = (dialog) => dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();

  it('writes a ready iframe for the chapter, follows the options, previews it and copies it', async () => {
    const { page, context, errors } = await openPage(browser, `${app.base}?mu=110&sigma=12#likelihood`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const dialog = await openDialog(page, 'likelihood');
    let snippet = await snippetOf(dialog);
    assert.match(
      snippet,
      /^<iframe title="Likelihood Lab: Finding the best Normal" src="[^"]+" width="100%" height="1100"/,
    );
    assert.match(snippet, /allow="fullscreen; clipboard-write" loading="lazy"><\/iframe>$/);
    const src = () => new URL(snippet.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&'));
    assert.equal(src().searchParams.get('embed'), '1');
    assert.equal(src().searchParams.get('chapter'), 'likelihood');
    assert.equal(src().searchParams.get('mu'), '110');

    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await dialog.getByRole('radio', { name: 'fresh' }).check();
    await dialog.getByRole('radio', { name: /compact/ }).check();
    await dialog.getByRole('combobox', { name: 'Chapter' }).selectOption('residuals');
    snippet = await snippetOf(dialog);
    assert.equal(src().searchParams.get('theme'), 'light');
    assert.equal(src().searchParams.get('mu'), null);
    assert.equal(src().searchParams.get('chapter'), 'residuals');
    assert.match(snippet, /height="640"/);

    const preview = dialog.locator('iframe.embed-dialog__preview');
    assert.equal(await preview.getAttribute('src'), src().href);
    await page.frameLocator('iframe.embed-dialog__preview').locator('#residuals').waitFor();

    await dialog.getByRole('button', { name: 'Copy the code' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('selects the code for copying by hand when the clipboard is refused', async () => {
    const { page, context, errors } = await openPage(browser, 'about:blank');
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        get: () => ({
          writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
        }),
      });
    });
    await page.goto(`${app.base}#story`, { waitUntil: 'networkidle' });
    const dialog = await openDialog(page, 'story');
    await dialog.getByRole('button', { name: 'Copy the code' }).click();
    await dialog.getByRole('status').filter({ hasText: 'did not allow copying' }).waitFor();
    const selection = await page.evaluate(() => {
      const box = document.activeElement;
      return { tag: box.tagName, whole: box.selectionStart === 0 && box.selectionEnd === box.value.length };
    });
    assert.deepEqual(selection, { tag: 'TEXTAREA', whole: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
