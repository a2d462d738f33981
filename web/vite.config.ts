import { defineConfig } from 'vite';

// The page is served by `dyad serve` from web/dist: everything bundled, nothing from a CDN.
export default defineConfig({
  root: import.meta.dirname,
  // absolute asset paths: deep links such as /documents/ID load the same files
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
});
