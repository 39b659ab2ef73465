// The smoke checks (checks.mjs) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi:
// Debian's /usr/bin/firefox-esr, no geckodriver, nothing downloaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { describeEngine } from './checks.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

describeEngine('Firefox ESR', async () => {
  if (!fs.existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. Install Debian's package (sudo apt-get install -y firefox-esr) or set FIREFOX.`,
    );
  }
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox's remote settings would look up a Mozilla host (and puppeteer's stand-in for it,
    // dummy.test): send them to a closed port on loopback, a preference honoured only with this.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'services.settings.server': 'http://127.0.0.1:9/',
    },
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const element = async (spec) => {
    const handle = await page.waitForFunction((spec) => window.__labFind(spec), { timeout: 10_000 }, spec);
    return handle.asElement();
  };
  return {
    async open(url) {
      await page.goto('about:blank');
      errors.length = 0;
      await page.goto(url, { waitUntil: 'load' });
    },
    run: (fn, ...args) => page.evaluate(fn, ...args),
    install: (source) => page.evaluate(source),
    waitFor: (fn, args, timeout) => page.waitForFunction(fn, { timeout }, ...args),
    element,
    async click(el) {
      await el.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await el.click();
    },
    press: (el, key) => el.press(key),
    consoleErrors: () => errors,
    downloads,
    async close() {
      await browser.close();
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
});
