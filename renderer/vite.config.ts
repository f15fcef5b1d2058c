import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs, so the same build loads from app://ownlog/ in the app and from
  // http://127.0.0.1 in the browser tests.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // The CSP forbids inline scripts; Vite's module-preload polyfill is not needed by Chromium.
    modulePreload: { polyfill: false },
    target: 'chrome140',
  },
});
