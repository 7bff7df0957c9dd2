import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';

const here = import.meta.dirname;

// `npm start` serves the project root so demo pages can load src/ directly; the root address opens the demo.
const demoHome: Plugin = {
  name: 'dbbx-demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      } else next();
    });
  },
};

// Library build of the npm entries. lit / decimal.js / zod (and react for dbbx/react) stay external: Node 20 imports dist/engine.js
// next to its own node_modules, and a host's bundler dedupes them. The one-file embeddable bundle
// (dist/dbbx.js, everything inside, minified) is built by scripts/build-bundle.mjs.
export default defineConfig({
  plugins: [demoHome],
  publicDir: false,
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    // Chromium 86 is the floor (README, browsers): hospital PCs and 360's 极速 mode; test/adoption checks it.
    target: 'chrome86',
    // No source maps in the package (they were 71% of the tarball): these entries are unminified ES modules.
    sourcemap: false,
    lib: {
      entry: {
        engine: resolve(here, 'src/engine/index.ts'),
        index: resolve(here, 'src/index.ts'),
        calculator: resolve(here, 'src/calculator-entry.ts'),
        fund: resolve(here, 'src/fund-entry.ts'),
        react: resolve(here, 'src/react.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      // csv-parse and read-excel-file are not listed: only the fund tool reads files, so they are bundled into
      // its chunk instead of being installed by every host (README, "What the package installs").
      external: [/^lit/, /^@lit/, /^decimal\.js/, /^zod/, /^react($|\/)/],
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
});
