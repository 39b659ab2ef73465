import { defineConfig, type Plugin } from 'vite';
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

// Modes: the default site; `single` (npm run build:single) and `scorm` (npm run build:scorm)
// inline every asset so that scripts/inline.mjs can fold the page into one file.
export default defineConfig(({ mode }) => {
  const selfContained = mode === 'single' || mode === 'scorm';
  return {
    // A relative base lets the built dist/ run from any sub-path of any static host.
    base: './',
    plugins: [react(), typesetAtBuild(), katexFonts(), ...(selfContained ? [] : [contentSecurityPolicy()])],
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
