// Usage: node scripts/shot.mjs SELECTOR OUT.png [WIDTH=390] [light|dark] [QUERY]
// Screenshots one element of the built site (npm run build first), to look at a figure closely.
import { launch, openPage, serveDist } from '../tests/e2e/harness.mjs';
const [selector, out, width = '390', scheme = 'light', query = ''] = process.argv.slice(2);
const browser = await launch();
const server = await serveDist();
const { page } = await openPage(browser, `${server.base}${query}`, {
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme,
});
const el = page.locator(selector).first();
await el.scrollIntoViewIfNeeded();
await page.waitForTimeout(400);
await el.screenshot({ path: out });
await browser.close();
await server.close();
