import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { typesetAtBuild } from './scripts/typeset-at-build.mjs';

/**
 * KaTeX's stylesheet offers each font as woff2, woff and ttf. Every browser this app
 * supports reads woff2, so the older formats are dropped: the site serves only woff2 and
 * the single-file build does not inline three copies of each font. Its two largest fonts
 * are declared instead in two parts each, by Unicode range (src/ui/katexFonts.css, made by
 * scripts/fonts/split_katex_fonts.py): the app's formulas need only the first parts.
 */
function katexFonts(): Plugin {
  return {
    name: 'katex-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id.split('?')[0])) return null;
      return code
        .replace(/@font-face\s*\{[^}]*KaTeX_(?:Main-Regular|Math-Italic)\.woff2[^}]*\}/g, '')
        .replace(
          /,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)|,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g,
          '',
        );
    },
  };
}

/**
 * The site's Content Security Policy, as a meta tag in the built index.html: scripts only
 * from the site itself (no inline script, no eval), the bias simulation's worker from a
 * blob, frames only of the site (the embed preview), no plugins, no other origins at all.
 * Styles allow inline attributes: KaTeX writes its layout as style attributes. Left out of
 * the dev server (its hot-reload preamble is an inline script) and of the self-contained
 * builds (their script is inline by design).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * V8's explicit compile hint, on the first line of every script the site serves: Chromium then
 * compiles the script's functions as it downloads it, on a background thread, rather than each
 * on the main thread the first time it runs. Nearly every function of each chunk runs soon
 * after it arrives (a chapter renders, a chart draws). Measured on a link to
 * #confidence-intervals: 141 ms of main-thread compiling over the load → 7 ms; Lighthouse's
 * blocking time for #likelihood-widget 218 and 280 ms → 77 and 96 ms. Written once the bundle
 * is complete: minifying would drop a comment, and Vite writes the entry's list of chunks above
 * anything added before (functions above the hint compile lazily). Other engines read a
 * comment. Not in the self-contained builds, whose one inline script holds every chapter.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT)) file.code = `${COMPILE_HINT}\n${file.code}`;
      },
    },
  };
}

/**
 * Recharts reads its charts' stores through this hook; the app's version of it lets a chart
 * arriving off the screen see its store's changes one task at a time (src/ui/charts/storePacing.ts).
 * Shared with the unit tests' configuration, so that they test what the build ships.
 */
export const pacedStoreAlias: Alias = {
  find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
  replacement: fileURLToPath(new URL('./src/ui/charts/pacedSelector.ts', import.meta.url)),
};

// Modes: the default site; `single` (npm run build:single) and `scorm` (npm run build:scorm)
// inline every asset so that scripts/inline.mjs can fold the page into one file.
export default defineConfig(({ mode }) => {
  const selfContained = mode === 'single' || mode === 'scorm';
  return {
    // A relative base lets the built dist/ run from any sub-path of any static host.
    base: './',
    resolve: { alias: [pacedStoreAlias] },
    plugins: [
      react(),
      typesetAtBuild(),
      katexFonts(),
      ...(selfContained ? [] : [contentSecurityPolicy(), compileHints()]),
    ],
    build: {
      target: 'es2022',
      outDir: selfContained ? `dist-${mode}` : 'dist',
      // The self-contained builds keep every chapter in their one script (a file:// page
      // cannot fetch chunks); the site loads later chapters, Recharts and KaTeX on demand.
      ...(selfContained && {
        assetsInlineLimit: Number.MAX_SAFE_INTEGER,
        cssCodeSplit: false,
        rolldownOptions: { output: { codeSplitting: false } },
      }),
      // The likelihood widget in a chunk of its own, fetched beside its chapter's (both at once):
      // a link to the widget waits for two halves downloading side by side rather than one
      // 29 kB file (Lighthouse's LCP for it: docs/benchmarks.md).
      ...(!selfContained && {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'widget', test: /src[\\/]features[\\/]widget[\\/]/, includeDependenciesRecursively: false },
              ],
            },
          },
        },
      }),
    },
  };
});
