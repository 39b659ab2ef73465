import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { typesetAtBuild } from './scripts/typeset-at-build.mjs';

export default defineConfig({
  plugins: [react(), typesetAtBuild()],
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
  },
});
