import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import layers from './scripts/eslint-layers.js';

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
    // Store-free components: what they show comes in through their props.
    files: ['src/ui/**', 'src/model/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['zustand*'] }],
    },
  },
);
