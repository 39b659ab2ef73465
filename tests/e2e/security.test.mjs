// The built page under its own Content Security Policy: everything works and nothing is
// reported as a violation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DIST, idle, scrollToEnd } from './harness.mjs';
import { useSite } from './site.mjs';

const site = useSite();

describe('content security policy', () => {
  it('the built page declares a strict policy: own scripts only, no inline script, no eval', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8').replace(/&#39;/g, "'");
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(policy, 'a CSP meta tag');
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-eval|script-src[^;]*unsafe-inline/);
    assert.match(policy, /object-src 'none'/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the page');
  });

  it('runs under it with no violation: every chapter, the worker, the embed preview, own data', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && errors.push(message.text()));
    await page.goto(`${site.server.base}`, { waitUntil: 'networkidle' });
    await scrollToEnd(page);
    // The bias simulation's worker (a blob URL).
    await page.locator('#bias').getByRole('button', { name: 'Draw 100 samples' }).click();
    await page.getByTestId('bias-mle').waitFor();
    // The reader's own data.
    await page.locator('#your-data').getByRole('button', { name: 'Reaction time (ms)' }).click();
    // The embed dialog's live preview (a frame of the site itself).
    await page
      .locator('#story')
      .getByRole('button', { name: /^Embed/ })
      .click();
    await page.frameLocator('.embed-dialog__preview').locator('#story').waitFor();
    // Violation reports are events queued as tasks: they have run once the page and the preview are idle.
    await idle(page.frames().find((frame) => frame !== page.mainFrame()));
    await idle(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
