// The "load" table of scripts/bench.mjs: what the browser downloads before the first chapter
// is interactive and in total (gzip), and Lighthouse's mobile scores for the built site.
// Figures, not pass/fail. Reads the build in `dist` (LAB_DIST, as for the e2e harness);
// writes nothing into the repository (Lighthouse's reports go to the system's temp folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parseAst } from 'vite';
import { CHROMIUM, CHROMIUM_FLAGS, DIST, serveDist } from '../tests/e2e/harness.mjs';

/** The issue's budget for the JavaScript needed before the first chapter is interactive. */
export const FIRST_SCREEN_JS_BUDGET_KB = 150;

const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
/** 1 KB = 1,000 bytes. */
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** Every file under `dir`, as paths relative to it with forward slashes. */
function walk(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    return entry.isDirectory() ? walk(path.join(dir, entry.name), `${relative}/`) : [relative];
  });
}

/** The attributes of every `<script>` and `<link>` tag in an HTML page. */
function tags(html) {
  const found = [];
  for (const [, name, attributes] of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = {};
    for (const [, key, double, single, bare] of attributes.matchAll(
      /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      attrs[key.toLowerCase()] = double ?? single ?? bare ?? '';
    }
    found.push({ name: name.toLowerCase(), attrs });
  }
  return found;
}

/** A URL found in the page or a chunk, as a path relative to dist/ (null if not local). */
function local(url, from) {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return null;
  const clean = url.split(/[?#]/)[0];
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), clean));
}

/**
 * The chunks a built JS file imports statically: its top-level `import … from "./x.js"`,
 * `import "./x.js"` and `export … from "./x.js"` statements. A dynamic `import("./x.js")`
 * loads later, on demand, and is not followed.
 */
export function staticImports(code) {
  return parseAst(code)
    .body.filter(
      (node) =>
        (node.type === 'ImportDeclaration' ||
          node.type === 'ExportAllDeclaration' ||
          node.type === 'ExportNamedDeclaration') &&
        node.source,
    )
    .map((node) => node.source.value);
}

/**
 * What index.html makes the browser fetch before the app can run: the module entry, every
 * modulepreload and, recursively, every chunk those import statically (JS); the stylesheets
 * it links (CSS). Paths relative to dist/.
 */
export function firstScreen(dist = DIST) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const js = new Set();
  const css = [];
  const pending = [];
  for (const { name, attrs } of tags(html)) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (name === 'script' && attrs.src) pending.push(local(attrs.src, 'index.html'));
    if (name === 'link' && rel.includes('modulepreload') && attrs.href) pending.push(local(attrs.href, 'index.html'));
    if (name === 'link' && rel.includes('stylesheet') && attrs.href) css.push(local(attrs.href, 'index.html'));
  }
  while (pending.length > 0) {
    const file = pending.pop();
    if (file === null || js.has(file)) continue;
    js.add(file);
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const specifier of staticImports(code)) pending.push(local(specifier, file));
  }
  return { js: [...js], css: css.filter((file) => file !== null) };
}

/**
 * The workers Vite inlined into a chunk (`?worker&inline`): each one's source is a string
 * literal passed to `new Blob([revoke-snippet, source])`, directly or through a variable.
 * Returns the literals as they stand in the chunk (the bytes shipped).
 */
function inlinedWorkers(code) {
  const found = [];
  for (const blob of code.matchAll(/new Blob\(\[\s*(['"`])[^'"`]*revokeObjectURL\([^'"`]*\1\s*,\s*/g)) {
    let at = blob.index + blob[0].length;
    if (!/['"`]/.test(code[at])) {
      const name = /^[\w$]+/.exec(code.slice(at))?.[0];
      if (name === undefined) continue;
      const declaration = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*=\\s*(?=['"\`])`).exec(code);
      if (declaration === null) continue;
      at = declaration.index + declaration[0].length;
    }
    const quote = code[at];
    let end = at + 1;
    while (end < code.length && code[end] !== quote) end += code[end] === '\\' ? 2 : 1;
    found.push(code.slice(at, end + 1));
  }
  return found;
}

/** Raw and gzip bytes of a list of files in dist/. */
function sizeOf(dist, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { files, raw, gzip };
}

/** The byte counts of the build: first screen, everything, inlined workers, fonts. */
export function loadSizes(dist = DIST) {
  const all = walk(dist);
  const first = firstScreen(dist);
  const js = all.filter((file) => file.endsWith('.js'));
  const css = all.filter((file) => file.endsWith('.css'));
  const workers = [];
  for (const file of js) {
    for (const source of inlinedWorkers(fs.readFileSync(path.join(dist, file), 'utf8'))) {
      workers.push({
        chunk: file,
        raw: Buffer.byteLength(source),
        gzip: gzipSize(Buffer.from(source)),
        firstScreen: first.js.includes(file),
      });
    }
  }
  return {
    firstScreenJs: sizeOf(dist, first.js),
    firstScreenCss: sizeOf(dist, first.css),
    totalJs: sizeOf(dist, js),
    totalCss: sizeOf(dist, css),
    workers,
    woff2: sizeOf(
      dist,
      all.filter((file) => file.endsWith('.woff2')),
    ),
    // Fonts under Vite's inline limit become data: URLs inside the CSS (counted there).
    inlinedFonts: css.flatMap((file) =>
      [...fs.readFileSync(path.join(dist, file), 'utf8').matchAll(/url\(\s*['"]?data:font\/([\w-]+)/g)].map(
        ([, format]) => ({ file, format }),
      ),
    ),
    olderFonts: all.filter((file) => /\.(woff|ttf|otf|eot)$/i.test(file)),
  };
}

export function printLoadSizes(sizes) {
  console.log('\nWhat the browser downloads (gzip level 9; 1 KB = 1,000 bytes)');
  const row = (label, { files, raw, gzip }, note = '') =>
    console.log(
      [label.padEnd(34), String(files.length).padStart(5), kb(raw).padStart(11), kb(gzip).padStart(10), note]
        .join(' ')
        .trimEnd(),
    );
  console.log([''.padEnd(34), 'files'.padStart(5), 'raw'.padStart(11), 'gzip'.padStart(10)].join(' '));
  const names = (files) => files.map((file) => path.posix.basename(file)).join(', ');
  row('JavaScript before first chapter', sizes.firstScreenJs, names(sizes.firstScreenJs.files));
  row('CSS before first chapter', sizes.firstScreenCss, names(sizes.firstScreenCss.files));
  row('JavaScript, every chunk', sizes.totalJs);
  for (const worker of sizes.workers) {
    const counted = worker.firstScreen ? 'first-screen and total' : 'total';
    console.log(
      [
        `  of which inlined worker`.padEnd(34),
        ''.padStart(5),
        kb(worker.raw).padStart(11),
        kb(worker.gzip).padStart(10),
        `inside ${path.posix.basename(worker.chunk)}, counted in the ${counted} JavaScript`,
      ].join(' '),
    );
  }
  row('CSS, every stylesheet', sizes.totalCss);
  console.log(
    [
      'Fonts, woff2 (already compressed)'.padEnd(34),
      String(sizes.woff2.files.length).padStart(5),
      kb(sizes.woff2.raw).padStart(11),
      ''.padStart(10),
      'fetched only when a glyph needs them',
    ].join(' '),
  );
  if (sizes.inlinedFonts.length > 0) {
    const formats = [...new Set(sizes.inlinedFonts.map((font) => font.format))].join(', ');
    console.log(
      `  and ${sizes.inlinedFonts.length} font(s) inlined as data: URLs in the CSS (${formats}; counted in the CSS)`,
    );
  }
  const older = [
    ...sizes.olderFonts,
    ...sizes.inlinedFonts.filter((font) => font.format !== 'woff2').map((font) => `a data: URL in ${font.file}`),
  ];
  console.log(
    older.length === 0
      ? 'No .woff, .ttf, .otf or .eot font files in the build, nor such fonts inlined in the CSS.'
      : `Older font formats in the build: ${older.join(', ')}`,
  );
  const js = sizes.firstScreenJs.gzip;
  const budget = FIRST_SCREEN_JS_BUDGET_KB * 1000;
  console.log(
    `First-screen JS ${kb(js)} of ${FIRST_SCREEN_JS_BUDGET_KB} KB budget: ${
      js <= budget ? `within (${kb(budget - js)} to spare)` : `OVER by ${kb(js - budget)}`
    }`,
  );
  console.log(
    '(From index.html and static imports; a chunk that a dynamic import() fetches at startup is not counted here:',
  );
  console.log('see Lighthouse\'s "Fetched during the median run" line below.)');
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
];

/** One line per element, URL or message an audit names. */
function describeItem(item) {
  const node = item.node ?? (item.type === 'node' ? item : null);
  if (node) {
    const parts = [node.selector, node.snippet?.slice(0, 160), node.explanation?.split('\n')[0]];
    return parts.filter(Boolean).join('  ');
  }
  const where = item.sourceLocation
    ? `${item.sourceLocation.url}:${item.sourceLocation.line + 1}:${item.sourceLocation.column + 1}`
    : (item.url ?? item.scriptUrl);
  const subItems = (item.subItems?.items ?? []).map((sub) => sub.error ?? sub.url ?? sub.text);
  const text = [item.description?.split('\n')[0], item.issueType, where, ...subItems]
    .filter((part) => typeof part === 'string' && part !== '')
    .join('  ');
  return (text || JSON.stringify(item)).slice(0, 240);
}

/** The audits of a category that did not pass (score below 1; manual and n/a ones skipped). */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ...lhr.audits[ref.id], weight: ref.weight }))
    .filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        !['manual', 'notApplicable', 'informative'].includes(audit.scoreDisplayMode),
    )
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      weight: audit.weight,
      displayValue: audit.displayValue,
      items: (audit.details?.items ?? []).map(describeItem),
    }));
}

/**
 * What the page really fetched while Lighthouse loaded it, by kind (bytes over the wire):
 * a check on the static analysis of index.html, and it sees chunks loaded by a dynamic
 * import at startup, which that analysis leaves out.
 */
function fetchedDuringLoad(lhr) {
  const fetched = {};
  for (const request of lhr.audits['network-requests'].details?.items ?? []) {
    const kind = { Script: 'JavaScript', Stylesheet: 'CSS', Font: 'fonts', Document: 'HTML' }[request.resourceType];
    if (kind === undefined) continue;
    fetched[kind] ??= { files: [], transfer: 0 };
    fetched[kind].files.push(
      request.url.startsWith('data:') ? 'data: URL' : path.posix.basename(new URL(request.url).pathname),
    );
    fetched[kind].transfer += request.transferSize ?? 0;
  }
  return fetched;
}

/** The element Lighthouse took for the largest contentful paint, if it names one. */
function lcpElement(lhr) {
  const details = lhr.audits['largest-contentful-paint-element']?.details;
  const tables = details?.type === 'list' ? details.items : [details];
  const node = tables.flatMap((table) => table?.items ?? []).find((item) => item.node)?.node;
  return node ? `${node.selector} ("${node.nodeLabel}")` : null;
}

/** The parts of a Lighthouse result the table prints. */
function summarize(lhr) {
  const performance = lhr.categories.performance.auditRefs.map((ref) => lhr.audits[ref.id]);
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    metrics: Object.fromEntries(
      METRICS.map(([label, id]) => [
        label,
        { value: lhr.audits[id].numericValue, display: lhr.audits[id].displayValue, score: lhr.audits[id].score },
      ]),
    ),
    failing: Object.fromEntries(
      CATEGORIES.filter((id) => id !== 'performance').map((id) => [id, failingAudits(lhr, id)]),
    ),
    // Opportunities and diagnostics below 90 (they do not enter the score; the metrics do).
    performanceHints: performance
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 0.9 &&
          !['manual', 'notApplicable', 'informative'].includes(audit.scoreDisplayMode) &&
          !METRICS.some(([, id]) => id === audit.id),
      )
      .map((audit) => ({ id: audit.id, title: audit.title, displayValue: audit.displayValue })),
    fetched: fetchedDuringLoad(lhr),
    requests: lhr.audits['network-requests'].details?.items?.length ?? 0,
    lcpElement: lcpElement(lhr),
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    userAgent: lhr.environment.hostUserAgent,
    version: lhr.lighthouseVersion,
  };
}

/**
 * The pages Lighthouse loads: the front page, then the ways most learners arrive (a shared
 * link to a section or chapter, one chapter embedded in a course page). Each must score as
 * the front page does.
 */
export const LIGHTHOUSE_PAGES = [
  '',
  '#likelihood-widget',
  '#residuals',
  '#confidence-intervals',
  '?embed=1&chapter=likelihood',
];

/**
 * Runs Lighthouse `count` times against each page of the build (its address after the base,
 * e.g. '#residuals'), served compressed, with its default configuration: a mobile phone,
 * simulated slow 4G and a 4× slower CPU. Returns each run's summary (with its page); the
 * full reports are written to the temp folder.
 */
export async function lighthouseRuns(dist = DIST, count = 3, pages = ['']) {
  // Compressed and cached as a real static host would: uncompressed, Lighthouse's simulated
  // slow 4G would download the bundle at three times its real size.
  const server = await serveDist('/lab/', dist, { asStaticHost: true });
  const reports = path.join(os.tmpdir(), 'likelihood-lab-lighthouse');
  fs.rmSync(reports, { recursive: true, force: true });
  fs.mkdirSync(reports, { recursive: true });
  const results = [];
  try {
    for (const page of pages)
      for (let run = 1; run <= count; run++) {
        // A fresh browser each run: no cache, no leftover state between runs.
        const chrome = await launchChrome({
          chromePath: CHROMIUM,
          chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
        });
        try {
          const result = await lighthouse(server.base + page, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: CATEGORIES,
          });
          fs.writeFileSync(path.join(reports, `${pages.indexOf(page)}-run-${run}.json`), result.report);
          // The host's 1-minute load average: other work on the machine slows the page down.
          results.push({ ...summarize(result.lhr), page, load: os.loadavg()[0] });
        } finally {
          chrome.kill();
        }
      }
  } finally {
    await server.close();
  }
  fs.writeFileSync(path.join(reports, 'summary.json'), JSON.stringify(results, null, 2));
  return { results, reports };
}

/** The run whose performance score is the median of these (the metrics vary together). */
function medianRun(results) {
  const order = results.map((_, i) => i).sort((a, b) => results[a].scores.performance - results[b].scores.performance);
  return results[order[Math.floor((order.length - 1) / 2)]];
}

/** Each page's runs in full, then one line per page with its median and the issue's goals. */
export function printLighthouse({ results, reports }) {
  const pages = [...new Set(results.map((result) => result.page))];
  for (const page of pages) printPage(results.filter((result) => result.page === page));
  console.log('\nEvery page, median run (goals: performance ≥ 95, TBT ≤ 200 ms, LCP ≤ 2.5 s):');
  console.log(['page'.padEnd(34), 'perf', 'TBT'.padEnd(9), 'LCP'.padEnd(8), 'JS+CSS', 'requests', 'goals'].join('  '));
  for (const page of pages) {
    const median = medianRun(results.filter((result) => result.page === page));
    const tbt = median.metrics.TBT.value;
    const lcp = median.metrics.LCP.value;
    const met = median.scores.performance >= 95 && tbt <= 200 && lcp <= 2500;
    const code = (median.fetched.JavaScript?.transfer ?? 0) + (median.fetched.CSS?.transfer ?? 0);
    console.log(
      [
        `/${page}`.padEnd(34),
        String(median.scores.performance).padEnd(4),
        `${Math.round(tbt)} ms`.padEnd(9),
        `${(lcp / 1000).toFixed(1)} s`.padEnd(8),
        kb(code).padEnd(6),
        String(median.requests).padEnd(8),
        met ? 'met' : 'NOT met',
      ].join('  '),
    );
  }
  console.log(
    `Full reports: ${reports}/<page>-run-<n>.json (open in https://googlechrome.github.io/lighthouse/viewer/)`,
  );
}

function printPage(results) {
  const first = results[0];
  console.log(
    `\nLighthouse ${first.version} on /${first.page}, default mobile settings (emulated phone, simulated slow 4G, 4× CPU slowdown), ` +
      `${results.length} run${results.length === 1 ? '' : 's'}, ${os.cpus().length} CPU cores`,
  );
  const cells = (row) =>
    row
      .map((cell, j) => String(cell).padEnd(j < 5 ? 8 : 10))
      .join(' ')
      .trimEnd();
  console.log(
    cells(['run', 'perf', 'a11y', 'best pr.', 'seo', ...METRICS.map(([label]) => label), 'bench idx', 'load']),
  );
  results.forEach((result, i) =>
    console.log(
      cells([
        i + 1,
        ...CATEGORIES.map((id) => result.scores[id]),
        ...METRICS.map(([label]) => result.metrics[label].display),
        Math.round(result.benchmarkIndex),
        result.load.toFixed(1),
      ]),
    ),
  );
  console.log(
    "bench idx: Lighthouse's CPU benchmark of this machine at the start of the run. Below 1,000 its 4× slowdown",
  );
  console.log(
    'overshoots a mid-range phone: TBT, LCP and the performance score read worse than they would on a typical',
  );
  console.log('machine. load: the 1-minute load average after the run (other work on the machine slows the page too).');
  const median = medianRun(results);
  console.log(
    `Median: performance ${median.scores.performance} (target ≥ 95), accessibility ${median.scores.accessibility} (100), ` +
      `best practices ${median.scores['best-practices']} (100), SEO ${median.scores.seo} (≥ 95); ` +
      METRICS.map(([label]) => `${label} ${median.metrics[label].display}`).join(', '),
  );

  if (median.lcpElement) console.log(`LCP element (median run): ${median.lcpElement}`);
  console.log(
    'Fetched during the median run (412-px phone viewport; bytes over the wire, gzip): ' +
      Object.entries(median.fetched)
        .map(
          ([kind, { files, transfer }]) =>
            `${kind} ${files.length} file${files.length === 1 ? '' : 's'} ${kb(transfer)}`,
        )
        .join(', '),
  );
  for (const kind of ['JavaScript', 'fonts']) {
    if (median.fetched[kind]) console.log(`    ${kind}: ${median.fetched[kind].files.join(', ')}`);
  }

  // Audits that failed in any run, with the elements they name (from the first failing run).
  const failing = new Map();
  for (const result of results) {
    for (const [category, audits] of Object.entries(result.failing)) {
      for (const audit of audits) {
        const key = `${category} ${audit.id}`;
        if (!failing.has(key)) failing.set(key, { category, ...audit, runs: 0 });
        failing.get(key).runs += 1;
      }
    }
  }
  if (failing.size === 0) console.log('No failing audit in accessibility, best practices or SEO.');
  for (const audit of failing.values()) {
    const often = audit.runs === results.length ? '' : ` (in ${audit.runs} of ${results.length} runs)`;
    const weight = audit.weight === 0 ? ' (weight 0: does not lower the score)' : '';
    console.log(
      `Failing, ${audit.category}: ${audit.title} [${audit.id}]${audit.displayValue ? `: ${audit.displayValue}` : ''}${often}${weight}`,
    );
    for (const item of audit.items.slice(0, 10)) console.log(`    ${item}`);
    if (audit.items.length > 10) console.log(`    … and ${audit.items.length - 10} more`);
  }
  if (median.performanceHints.length > 0) {
    console.log('Performance opportunities and diagnostics below 90 (median run; they do not enter the score):');
    for (const hint of median.performanceHints) {
      console.log(`    ${hint.title} [${hint.id}]${hint.displayValue ? `: ${hint.displayValue}` : ''}`);
    }
  }
  for (const warning of new Set(results.flatMap((result) => result.warnings))) console.log(`Warning: ${warning}`);
}

/**
 * How the pages of LIGHTHOUSE_PAGES (but the front page) arrive in Chromium on this machine,
 * unthrottled, at a phone's size: when the target first shows (a frame in which it is rendered
 * outside any placeholder), when every part of the page has arrived and the landing is over,
 * and the main thread's long tasks (over 50 ms) before and after the target showed: the issue
 * asks that none after it be over 50 ms. Median of `count` fresh loads, with the worst task.
 */
export async function arrivalRuns(browser, base, count = 3, pages = LIGHTHOUSE_PAGES.filter(Boolean)) {
  const rows = [];
  for (const address of pages) {
    const target = address.startsWith('#') ? address.slice(1) : new URLSearchParams(address.slice(1)).get('chapter');
    const runs = [];
    for (let run = 0; run < count; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.addInitScript((id) => {
        window.__arrival = { tasks: [], shown: null };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__arrival.tasks.push([entry.startTime, entry.duration]);
        }).observe({ type: 'longtask', buffered: true });
        const sample = () => {
          const element = document.getElementById(id);
          if (element && !element.closest('.chapter-placeholder')) window.__arrival.shown = performance.now();
          else requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      }, target);
      await page.goto(base + address);
      await page.waitForFunction(
        () =>
          window.__arrival.shown !== null &&
          !document.querySelector('.chapter-placeholder') &&
          !document.documentElement.dataset.landing,
        null,
        { timeout: 120_000 },
      );
      const { tasks, shown, done } = await page.evaluate(() => ({ ...window.__arrival, done: performance.now() }));
      const after = tasks.filter(([start]) => start >= shown).map(([, duration]) => duration);
      const before = tasks.filter(([start]) => start < shown).map(([, duration]) => duration);
      runs.push({ shown, done, after, before });
      await context.close();
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
    rows.push({
      page: address,
      shown: median(runs.map((r) => r.shown)),
      done: median(runs.map((r) => r.done)),
      longestBefore: Math.max(...runs.flatMap((r) => r.before), 0),
      longAfter: median(runs.map((r) => r.after.length)),
      longestAfter: Math.max(...runs.flatMap((r) => r.after), 0),
    });
  }
  return rows;
}

export function printArrival(rows, count) {
  console.log(
    `\nArrival in Chromium on this machine, unthrottled, 412 × 823, median of ${count} loads (worst task of all of them):`,
  );
  const cells = (row) => row.map((cell, i) => String(cell).padEnd(i === 0 ? 30 : 18)).join('');
  console.log(cells(['page', 'target shown', 'all arrived', 'longest before', 'long tasks after', 'longest after']));
  for (const row of rows)
    console.log(
      cells([
        `/${row.page}`,
        `${Math.round(row.shown)} ms`,
        `${Math.round(row.done)} ms`,
        `${Math.round(row.longestBefore)} ms`,
        row.longAfter,
        `${Math.round(row.longestAfter)} ms`,
      ]),
    );
  console.log('Goal while the rest arrives after the target: no task over 50 ms.');
}
