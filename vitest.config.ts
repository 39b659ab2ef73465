import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { typesetAtBuild } from './scripts/typeset-at-build.mjs';
import { pacedStoreAlias } from './vite.config';

export default defineConfig({
  plugins: [react(), typesetAtBuild()],
  // Recharts' ES modules, through Vite rather than Node (whose resolution picks its CommonJS
  // build), so that the paced store hook stands in for its own here as in the build.
  resolve: {
    alias: [pacedStoreAlias, { find: /^recharts$/, replacement: 'recharts/es6/index.js' }],
  },
  test: {
    // Whole-page renders in jsdom take seconds on a busy two-core machine.
    testTimeout: 30_000,
    // At least two workers: Vitest's default leaves one core free, which on a two-core
    // machine runs the files one after another (81 s for the suite here, against 58 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    server: { deps: { inline: [/recharts/] } },
  },
});
