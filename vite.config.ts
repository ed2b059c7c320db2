import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const web = fileURLToPath(new URL('./web', import.meta.url));

/** The SPA lives in web/; `vite build` writes web/dist, which the server serves in production. */
export default defineConfig({
  root: web,
  plugins: [vue()],
  // Scan every module up front: the routes are lazy, and deps found late make the dev server reload the page.
  optimizeDeps: { entries: ['src/**/*.vue', 'src/**/*.ts'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // PrimeVue and Apollo make one large vendor chunk; splitting it buys little for an internal tool.
    chunkSizeWarningLimit: 1500,
  },
});
