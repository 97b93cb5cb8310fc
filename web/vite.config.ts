import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The explorer is built into dist/web, beside the compiled server, so `npm run serve` and the
 * Docker image (which copies dist/) serve it without another step. `npm run dev:web` serves the
 * source with hot reload and sends /graphql to the API on :4000.
 */
export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: path.join(here, '..', 'dist', 'web'),
    emptyOutDir: true,
    target: 'es2022',
    // cytoscape alone is about 430 kB minified; one chunk loads faster than a split on localhost.
    chunkSizeWarningLimit: 700,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
