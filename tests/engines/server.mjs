// The built site for the cross-engine tests: dist/ as tests/e2e/harness.mjs serves it (under
// /lab/), behind a front that rewrites index.html on the fly to load the error recorder
// (errors-recorder.js) first in <head>. dist/ itself is never changed.
import fs from 'node:fs';
import http from 'node:http';
import { DIST, serveDist } from '../e2e/harness.mjs';

export const PREFIX = '/lab/';
const RECORDER = '__test-errors.js';
const recorder = fs.readFileSync(new URL('./errors-recorder.js', import.meta.url));

/** index.html with the recorder's script tag right after the CSP meta (or first in <head>). */
export function withRecorder(html) {
  const tag = `<script src="./${RECORDER}"></script>`;
  const csp = html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/i);
  const rewritten = csp ? html.replace(csp[0], `${csp[0]}\n    ${tag}`) : html.replace(/<head>/i, `<head>\n    ${tag}`);
  if (rewritten === html) throw new Error('index.html has no <head> to put the error recorder in');
  return rewritten;
}

export async function serveSite() {
  if (!fs.existsSync(`${DIST}/index.html`)) {
    throw new Error('dist/index.html not found: run `npm run build` before the cross-engine tests.');
  }
  const upstream = await serveDist(PREFIX);
  const index = withRecorder(fs.readFileSync(`${DIST}/index.html`, 'utf8'));
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === PREFIX || pathname === `${PREFIX}index.html`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(index);
    } else if (pathname === `${PREFIX}${RECORDER}`) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(recorder);
    } else {
      const forward = http.request(new URL(req.url, upstream.base), { method: req.method }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', (error) => res.writeHead(502).end(String(error)));
      req.pipe(forward);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}${PREFIX}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await upstream.close();
    },
  };
}
