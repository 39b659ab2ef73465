import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * KaTeX's stylesheet offers each font as woff2, woff and ttf. Every browser this app
 * supports reads woff2, so the older formats are dropped: the site serves only woff2 and
 * the single-file build does not inline three copies of each font.
 */
function woff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id.split('?')[0])) return null;
      return code.replace(
        /,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)|,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g,
        '',
      );
    },
  };
}

// Modes: the default site; `single` (npm run build:single) and `scorm` (npm run build:scorm)
// inline every asset so that scripts/inline.mjs can fold the page into one file.
export default defineConfig(({ mode }) => {
  const selfContained = mode === 'single' || mode === 'scorm';
  return {
    // A relative base lets the built dist/ run from any sub-path of any static host.
    base: './',
    plugins: [react(), woff2Only()],
    build: {
      target: 'es2022',
      outDir: selfContained ? `dist-${mode}` : 'dist',
      ...(selfContained && { assetsInlineLimit: Number.MAX_SAFE_INTEGER, cssCodeSplit: false }),
    },
  };
});
