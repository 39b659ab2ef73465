// The smoke checks (checks.mjs) in WebKitGTK, Safari's engine: Debian's WebKitWebDriver driving
// its MiniBrowser (--automation) through selenium-webdriver's plain W3C client, on an X display
// (`xvfb-run -a`, as `npm run test:engines` does). The driver's path is given explicitly, and
// Selenium Manager is pointed at nothing, so that no driver or browser can ever be fetched.
process.env.SE_MANAGER_PATH = '/nonexistent/selenium-manager-must-not-run';
process.env.SE_OFFLINE = 'true';

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Capabilities, Key, WebDriver } from 'selenium-webdriver';
import http from 'selenium-webdriver/http/index.js';
import remote from 'selenium-webdriver/remote/index.js';
import { describeEngine } from './checks.mjs';

const DRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';
/** libwebkit2gtk-4.1-0 puts MiniBrowser under the architecture's library folder. */
const MINIBROWSER =
  process.env.MINIBROWSER ||
  fs
    .readdirSync('/usr/lib')
    .map((dir) => path.join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((file) => fs.existsSync(file));
const KEYS = { ArrowRight: Key.ARROW_RIGHT };

describeEngine('WebKitGTK', async () => {
  if (!fs.existsSync(DRIVER) || !MINIBROWSER) {
    throw new Error(
      `WebKitWebDriver (${DRIVER}) or MiniBrowser not found. Install Debian's packages: sudo apt-get install -y webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb.`,
    );
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('MiniBrowser needs a display: run under `xvfb-run -a` (npm run test:engines does).');
  }
  // A home of its own: MiniBrowser saves downloads in the XDG download folder.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-webkit-home-'));
  const downloads = path.join(home, 'Downloads');
  fs.mkdirSync(downloads);
  fs.mkdirSync(path.join(home, '.config'));
  fs.writeFileSync(path.join(home, '.config', 'user-dirs.dirs'), 'XDG_DOWNLOAD_DIR="$HOME/Downloads"\n');

  const service = new remote.DriverService.Builder(DRIVER)
    .setLoopback(true)
    .setEnvironment({ ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') })
    .build();
  const url = await service.start();
  const driver = WebDriver.createSession(
    new http.Executor(new http.HttpClient(url)),
    new Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  );
  // A 1280 × 900 viewport, as in the other suites: the window's frame and toolbar come on top.
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  const [dw, dh] = await driver.executeScript('return [outerWidth - innerWidth, outerHeight - innerHeight]');
  await driver
    .manage()
    .window()
    .setRect({ width: 1280 + dw, height: 900 + dh });

  const run = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  const scrollIntoView = (el) => run((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }), el);
  return {
    async open(url) {
      await driver.get('about:blank');
      await driver.get(url);
    },
    run,
    install: (source) => driver.executeScript(source),
    waitFor: (fn, args, timeout) => driver.wait(() => run(fn, ...args), timeout, `waiting for ${fn}`),
    element: (spec) =>
      driver.wait(
        () => run((spec) => window.__labFind(spec), spec),
        10_000,
        `waiting for an element ${JSON.stringify(spec)}`,
      ),
    async click(el) {
      // A click lands where the element is in the viewport: bring it there first.
      await scrollIntoView(el);
      await el.click();
    },
    async press(el, key) {
      await scrollIntoView(el);
      await run((e) => e.focus(), el);
      await driver.actions().sendKeys(KEYS[key]).perform();
    },
    consoleErrors: null, // WebKitWebDriver has no log endpoint: the page's recorder is all there is
    downloads,
    async close() {
      await driver.quit();
      await service.kill();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
});
