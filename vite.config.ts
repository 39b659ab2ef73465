import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // A relative base lets the built dist/ run from any sub-path of any static host.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
  },
});
