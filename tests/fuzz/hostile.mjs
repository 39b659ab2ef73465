// Hostile inputs for the fuzz tests, shared by the URL parser's unit test (Vitest, jsdom)
// and the browser test that loads fuzzed links into the built page (node:test, Chromium).
// Plain JavaScript so that both can import it; the types are in hostile.d.mts.
import fc from 'fast-check';

/** Markup that would run script if the page ever put text from the link into HTML. */
export const INJECTIONS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "'><svg onload=window.__xss=1>",
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  'javascript:window.__xss=1',
  '{{constructor.constructor("window.__xss=1")()}}',
];

/** Hostile pieces for query strings and pasted data. */
export const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '1e309',
    '-1',
    'NaN',
    '%',
    '%E0%A4%A',
    '\u0000',
    '𝜇',
    '−5',
    '0x10',
    ''.padEnd(100_000, '9'),
  ),
  fc.double().map(String),
  fc.integer().map(String),
);

/** The parameters the URL parser (src/state/url.ts) owns, and one it does not. */
export const stateParams = fc.constantFrom(
  'seed',
  'n',
  'mu',
  'sigma',
  'theme',
  'data',
  'name',
  'unit',
  'family',
  'location',
  'scale',
  'x',
);

/** The view parameters (src/app/viewOptions.ts). */
export const viewParams = fc.constantFrom('embed', 'chapter', 'present', 'notes');

/** What a hostile link carries as a value: the pieces above, injections, and values a link may really hold. */
const linkValue = fc.oneof(
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '1',
      '0',
      'yes',
      'dark',
      'light',
      'laplace',
      'lognormal',
      'likelihood',
      'nonexistent',
      '-3',
      '1e308',
      '-1e-320',
      '4294967296',
      '512_498_.5_1e3',
      '1_1_1',
      '__',
      '1_2_x_<b>',
    ),
  },
);

/** A query parameter, its value percent-encoded or put in raw (bad escapes, quotes and tags as typed). */
const linkParam = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: stateParams }, { weight: 2, arbitrary: viewParams }), linkValue, fc.boolean())
  .map(([name, value, raw]) => `${name}=${raw ? value : encodeURIComponent(value)}`);

/** A #fragment: an id of the page, one that does not exist, quotes, bad escapes, markup. */
const linkHash = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '#likelihood-widget',
    '#glossary',
    '#nonexistent',
    `#"'quoted'"`,
    '#%E0%A4%A',
    '#%',
    '#a"]:not(*),*[x="',
    '#<img src=x onerror=window.__xss=1>',
    '#𝜇σ',
    '#' + ''.padEnd(2_000, 'x'),
  ),
  hostile.map((text) => `#${encodeURIComponent(text.slice(0, 200))}`),
);

/** A whole link after the page's address: `?query#hash`, with repeated keys allowed. */
export const hostileLink = fc
  .tuple(fc.array(linkParam, { minLength: 1, maxLength: 6 }), linkHash)
  .map(([params, hash]) => `?${params.join('&')}${hash}`);
