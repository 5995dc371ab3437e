import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { webAssets } from './scripts/web-assets.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The web app: sources in src/web, built into dist/web, which the Fastify server serves. */
export default defineConfig({
  root: here('./src/web'),
  plugins: [react(), webAssets()],
  resolve: {
    // dkfds exports only its JavaScript; its CSS, fonts and icons are reached through this alias.
    alias: { '@dkfds': here('./node_modules/dkfds/dist') },
  },
  css: {
    // Rust-side CSS processing: the design system's 210 KB stylesheet with its ~200 url()s
    // takes a fraction of the time PostCSS needs.
    transformer: 'lightningcss',
  },
  build: {
    cssMinify: 'lightningcss',
    outDir: here('./dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      // Wall-clock plugin timings trip on the shared 2-core build machines under load (the CSS
      // transform waits for a core); a diagnostic, not a defect, so it stays out of the build log.
      checks: { bundlerTimings: false },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
