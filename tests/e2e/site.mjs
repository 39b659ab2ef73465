// The browser and the built site that a test file shares: launched before its tests, closed
// after them. Kept apart from harness.mjs, which the benchmark imports outside node:test.
import { after, before } from 'node:test';
import { launch, serveDist } from './harness.mjs';

/** Read `site.browser` and `site.server` inside tests: they exist once `before` has run. */
export function useSite() {
  const site = { browser: null, server: null };
  before(async () => {
    site.browser = await launch();
    site.server = await serveDist();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
