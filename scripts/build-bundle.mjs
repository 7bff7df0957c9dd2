// dist/dbbx.js: the one-script-tag embedding. One minified ES module with lit, decimal.js and zod inside
// (Vite's library mode keeps whitespace in ES output, so esbuild builds this one).
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

await build({
  // dbbx-fund.js: the fund tool, its own file (CSV and XLSX readers inside) so dbbx.js keeps its size.
  entryPoints: { dbbx: 'src/index.ts', 'dbbx-fund': 'src/fund-entry.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Chunks: the validator (zod) loads only when an operator registers data, and the two entries share one
  // copy of Lit (one Trusted Types policy) and of the engine. Same origin, no eval: fine under a strict CSP.
  splitting: true,
  chunkNames: 'chunks/dbbx-[hash]',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  // Lit's production build: no dev-mode warnings in a hospital's console.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

// The command line (dbbx batch / dbbx settle) for Node: its libraries stay in node_modules.
await build({
  entryPoints: { cli: 'src/cli/dbbx.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

// The whole embedding, exactly as the README gives it: a page of these two lines must show a working
// calculator (the tests open dist/embed.html to prove it).
writeFileSync('dist/embed.html', `<script type="module" src="dbbx.js"></script>
<dbbx-calculator region="330200"></dbbx-calculator>
`);
