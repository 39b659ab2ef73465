import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHAPTER_IDS, answerChecks, idle, launch, openPage, serveHost } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SINGLE = path.join(root, 'dist-single', 'index.html');
const SCORM_ZIP = path.join(root, 'dist-scorm', 'likelihood-lab-scorm12.zip');

let browser;
before(async () => {
  for (const [file, command] of [
    [SINGLE, 'npm run build:single'],
    [SCORM_ZIP, 'npm run build:scorm'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run \`${command}\` first.`);
  }
  browser = await launch();
});
after(() => browser?.close());

/** The entries of a zip archive, read from its central directory. */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataAt, dataAt + size);
    entries.set(name, method === 8 ? zlib.inflateRawSync(raw) : raw);
    at += 46 + nameLength + extra;
  }
  return entries;
}

describe('the single-file build', () => {
  it('opens from file:// with every request refused, fonts included, and works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${pathToFileURL(SINGLE).href}#likelihood-widget`);
    await page.getByTestId('loglik').waitFor();
    const before = await page.getByTestId('loglik').textContent();
    await page.getByRole('slider', { name: /μ/ }).first().fill('115');
    assert.notEqual(await page.getByTestId('loglik').textContent(), before);
    await page.evaluate(() => document.fonts.ready);
    assert.equal(await page.evaluate(() => document.fonts.check('20px KaTeX_Main')), true, 'KaTeX font loaded');
    assert.deepEqual(requests, [], 'no network request');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('the SCORM 1.2 package', () => {
  let lms;
  let entries;
  before(async () => {
    entries = unzip(fs.readFileSync(SCORM_ZIP));
    /** A stand-in LMS: the SCORM API on the page, the SCO in a frame below it, every call recorded. */
    const lmsPage = `<!doctype html><html lang="en"><head><title>LMS</title></head><body>
<script>
window.calls = [];
const values = { 'cmi.core.lesson_status': 'not attempted' };
window.API = {
  LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
  LMSFinish: () => (calls.push('LMSFinish'), 'true'),
  LMSGetValue: (key) => (calls.push('LMSGetValue ' + key), values[key] ?? ''),
  LMSSetValue: (key, value) => (calls.push('LMSSetValue ' + key + '=' + value), (values[key] = value), 'true'),
  LMSCommit: () => (calls.push('LMSCommit'), 'true'),
  LMSGetLastError: () => '0',
};
</script>
<iframe title="Course content" src="/sco/index.html" style="width:100%;height:700px;border:0"></iframe>
</body></html>`;
    lms = await serveHost({ '/lms.html': lmsPage, '/sco/index.html': entries.get('index.html').toString('utf8') });
  });
  after(() => lms?.close());

  it('has imsmanifest.xml at the root of the zip, with one SCO and the schemas', () => {
    assert.ok(entries.has('imsmanifest.xml'));
    assert.match(entries.get('imsmanifest.xml').toString('utf8'), /adlcp:scormtype="sco" href="index.html"/);
    for (const schema of ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd']) assert.ok(entries.has(schema));
  });

  it('reports incomplete on start and completed at the last chapter through the LMS API', async () => {
    const { page, context, errors } = await openPage(browser, `${lms.origin}/lms.html`);
    await page.waitForFunction(() => window.calls.includes('LMSCommit'));
    assert.deepEqual((await page.evaluate(() => window.calls)).slice(0, 4), [
      'LMSInitialize',
      'LMSGetValue cmi.core.lesson_status',
      'LMSSetValue cmi.core.lesson_status=incomplete',
      'LMSCommit',
    ]);
    const frame = page.frames().find((f) => f.url().includes('/sco/index.html'));
    await frame.evaluate(() => document.getElementById('residuals').scrollIntoView());
    // Reaching the last chapter is not enough: its checks must be answered too.
    await frame.waitForFunction(() => localStorage.getItem('likelihood-lab:progress')?.includes('"residuals"'));
    await idle(frame);
    await idle(page);
    assert.equal(
      (await page.evaluate(() => window.calls)).includes('LMSSetValue cmi.core.lesson_status=completed'),
      false,
    );
    assert.equal(await answerChecks(frame, 'residuals'), 3);
    await page.waitForFunction(() => window.calls.includes('LMSSetValue cmi.core.lesson_status=completed'));
    await page.evaluate(() => document.querySelector('iframe').remove());
    await page.waitForFunction(() => window.calls.at(-1) === 'LMSFinish');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('runs normally with no LMS around', async () => {
    const { page, context, errors } = await openPage(browser, `${lms.origin}/sco/index.html#story`);
    await page.locator('#story').waitFor();
    // From #story the other chapters arrive in idle time, one at a time: wait for all of them.
    await page.waitForFunction((count) => document.querySelectorAll('.chapter').length === count, CHAPTER_IDS.length);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
