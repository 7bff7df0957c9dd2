import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Library build. Two entries with different promises:
// - dist/engine.js: pure, DOM-free; lit / decimal.js / zod stay external so Node 20 can import() it
//   next to its own node_modules, and a bundler dedupes them.
// - dist/dbbx.js: built separately (scripts/build-bundle) as one minified file with everything inside,
//   for the one-script-tag embedding.
export default defineConfig({
  root: 'demo',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { engine: resolve(import.meta.dirname, 'src/engine/index.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      external: [/^lit/, /^decimal\.js/, /^zod/],
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
});
