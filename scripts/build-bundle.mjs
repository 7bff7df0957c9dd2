// The builds for pages that use no bundler, as a table: output, format, target. Vite's library mode keeps
// whitespace in ES output, so esbuild builds these; the npm entries (dist/index.js, engine.js, fund.js) come
// from vite.config.ts with the same browser floor. Size budgets are in package.json ("sizeBudget").
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

// Chromium 86 is the floor (README, "Browsers"): hospital PCs on Windows 7 and 360 安全浏览器's 极速 mode.
// esbuild lowers syntax (class static blocks, ?. …) to it; library calls it lacks are polyfilled in
// src/compat.ts. test/adoption/chromium86.test.ts runs every file below on a real Chromium 86.
export const BROWSER_TARGET = 'chrome86';

const browser = {
  bundle: true,
  platform: 'browser',
  target: BROWSER_TARGET,
  minify: true,
  // No source maps in the package: they were 71% of the tarball, and the npm entries are readable ES modules.
  sourcemap: false,
  // Lit (BSD-3-Clause) and decimal.js (MIT) ask for their notices to travel with the code: one copy of each
  // at the end of the file; the full texts are in THIRD-PARTY-NOTICES.
  legalComments: 'eof',
  // Lit's production build: no dev-mode warnings in a hospital's console.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

// The one-script-tag embeddings (ES modules), each built on its own so its first load is one file: dbbx.js, every
// element but the fund tool; dbbx-calculator.js, a portal's calculator alone; dbbx-fund.js, the fund tool with
// its CSV / XLSX readers. Parts loaded on demand (import()) become chunks in dist/chunks: same origin, plain
// files, no eval, so they load under `default-src 'self'`.
const esm = (name, entry) => ({
  ...browser,
  entryPoints: { [name]: entry },
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  chunkNames: `chunks/${name}-[name]-[hash]`,
});

const builds = [
  esm('dbbx', 'src/index.ts'),
  esm('dbbx-calculator', 'src/calculator-entry.ts'),
  esm('dbbx-fund', 'src/fund-entry.ts'),
  {
    // Classic scripts for pages without type=module and pages opened from a shared folder (file://, where
    // module scripts are blocked): globals `dbbx` and `dbbxFund`. Dynamic imports are folded in.
    ...browser,
    entryPoints: { 'dbbx.iife': 'src/index.ts' },
    outdir: 'dist',
    format: 'iife',
    globalName: 'dbbx',
  },
  {
    ...browser,
    entryPoints: { 'dbbx-fund.iife': 'src/fund-entry.ts' },
    outdir: 'dist',
    format: 'iife',
    globalName: 'dbbxFund',
  },
  {
    // The command line (dbbx batch / dbbx settle) for Node. decimal.js and zod come from node_modules; the CSV
    // reader and writer are inside, so hosts that never run the CLI do not install them.
    entryPoints: { cli: 'src/cli/dbbx.ts' },
    outdir: 'dist',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['decimal.js', 'zod', 'lit', '@lit/*'],
    legalComments: 'eof',
    logLevel: 'warning',
  },
];

rmSync('dist/chunks', { recursive: true, force: true });
for (const b of builds) await build(b);

// The whole embedding, exactly as the README gives it: a page of these two lines must show a working
// calculator (test/elements/page.test.ts opens it). A test file, so package.json's "files" leaves it out.
writeFileSync('dist/embed.html', `<script type="module" src="dbbx.js"></script>
<dbbx-calculator region="330200"></dbbx-calculator>
`);
