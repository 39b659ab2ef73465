import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import layers from './scripts/eslint-layers.js';

/** Recharts and the modules drawn with it: imported through src/ui/charts/deferredCharts only. */
const CHART_KIT = {
  regex: '^recharts$|(^|/)charts/(kit|DensityPlot|CategoryBarChart|Layers|ScatterLayers|axisStyle)$',
  message: "Draw charts through ui/charts/deferredCharts: Recharts arrives after a chapter's text.",
};

/** KaTeX's code: typeset at build time for fixed formulas, fetched through ui/liveFormulas for live ones. */
const KATEX_CODE = {
  regex: '^(react-)?katex$|^katex/dist/katex(\\.min)?(\\.m?js)?$|(^|/)ui/typesetter$|^\\./typesetter$',
  message: "Draw formulas with ui/Tex: KaTeX's code arrives after a chapter's text (ui/liveFormulas).",
};

export default tseslint.config(
  { ignores: ['dist', 'dist-dev', 'dist-single', 'dist-scorm', 'node_modules', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // One direction of imports between the folders of src/ (docs/architecture.md).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/direction': 'error' },
  },
  {
    // The math folder is pure: no React, no store, no charts.
    files: ['src/math/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react*', 'zustand*', 'recharts*'] }],
    },
  },
  {
    // Recharts lives in the chart kit, a chunk that arrives after a chapter's text: everything
    // outside src/ui/charts draws charts through deferredCharts, or Recharts would be back in
    // the chapters' own chunks, in front of their text.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/math/**', 'src/ui/charts/**', 'src/ui/typesetter.ts', 'src/ui/liveFormulas.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CHART_KIT, KATEX_CODE] }] },
  },
  {
    // Store-free components: what they show comes in through their props.
    files: ['src/ui/**', 'src/model/**'],
    ignores: ['src/ui/charts/**', 'src/ui/typesetter.ts', 'src/ui/liveFormulas.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['zustand*'] }, CHART_KIT, KATEX_CODE] }],
    },
  },
  {
    files: ['src/ui/charts/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['zustand*'] }],
    },
  },
);
