// Test-runner command 'dbbx-old-chromium' { variant } → what test/adoption/fixtures/probe.js saw on a real
// Chromium 86 (../shared/tools/old-chromium, or $OLD_CHROMIUM_TOOL): { ok, raw, result }.
// Puppeteer cannot drive Chromium 86, so the probe page writes its findings into the DOM and this reads them
// back with --dump-dom. Pages are served over http://127.0.0.1 (module scripts are blocked on file://).
// Variants:
//   bundle  the one-file bundles dist/dbbx.js + dist/dbbx-fund.js, as shipped
//   npm     the npm entries dist/index.js + dist/fund.js joined with lit / decimal.js / zod by esbuild with
//           target esnext, i.e. every shipped line as written (a host's webpack often leaves node_modules alone)
//   iife    dist/dbbx.iife.js + dist/dbbx-fund.iife.js as classic scripts (globals `dbbx`, `dbbxFund`) from a
//           file:// page, as a page opened from a hospital's shared folder
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, copyFileSync, cpSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname } from 'node:path';
import { build } from 'esbuild';
import { job } from './jobs.mjs';

const root = resolve(import.meta.dirname, '../..');
export const oldChromiumTool = process.env.OLD_CHROMIUM_TOOL || resolve(root, '../shared/tools/old-chromium');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

async function stage(variant) {
  const dir = mkdtempSync(join(tmpdir(), 'dbbx-old-'));
  for (const f of ['probe.html', 'probe.js']) copyFileSync(join(root, 'test/adoption/fixtures', f), join(dir, f));
  for (const f of readdirSync(join(root, 'dist'))) if (f.endsWith('.js')) copyFileSync(join(root, 'dist', f), join(dir, f));
  // Parts a bundle loads with import() (and the chunk its entries share) live in dist/chunks.
  if (existsSync(join(root, 'dist/chunks'))) cpSync(join(root, 'dist/chunks'), join(dir, 'chunks'), { recursive: true });
  if (variant.startsWith('npm')) {
    await build({
      entryPoints: {
        'npm-index': join(root, 'dist/index.js'),
        'npm-fund': join(root, 'dist/fund.js'),
        'npm-calculator': join(root, 'dist/calculator.js'),
      },
      outdir: dir, bundle: true, format: 'esm', splitting: true, target: 'esnext', platform: 'browser',
      absWorkingDir: root, logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' },
    });
  }
  return dir;
}

const pages = {
  bundle: 'probe.html?main=dbbx.js&fund=dbbx-fund.js',
  npm: 'probe.html?main=npm-index.js&fund=npm-fund.js',
  iife: 'probe.html?main=dbbx.iife.js&fund=dbbx-fund.iife.js&classic=1',
  calculator: 'probe.html?main=dbbx-calculator.js&elements=calculator',
  'npm-calculator': 'probe.html?main=npm-calculator.js&elements=calculator',
};

export async function runOnOldChromium(variant) {
  if (!existsSync(oldChromiumTool)) return { ok: false, raw: `no old-chromium tool at ${oldChromiumTool}` };
  const dir = await stage(variant);
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    const file = join(dir, name);
    if (name.includes('..') || !existsSync(file)) { res.statusCode = 404; res.end(); return; }
    res.setHeader('Content-Type', types[extname(file)] || 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  // The classic scripts are opened as a page from a shared folder would be: file://, no server.
  const url = variant === 'iife' ? `file://${dir}/${pages[variant]}` : `http://127.0.0.1:${server.address().port}/${pages[variant]}`;
  // Through bash: CI's copy of ../shared may not keep the tool's execute bit.
  const dump = () => new Promise((r) => execFile('bash', [oldChromiumTool, 'dump-dom', url], { timeout: 120_000, maxBuffer: 16 << 20 },
    (err, stdout, stderr) => r(stdout || `exit ${err?.code ?? '?'} ${err?.signal ?? ''}: ${err?.message ?? ''}${stderr}`)));
  try {
    let raw = await dump();
    // A headless Chromium 86 in --single-process mode now and then dies before printing the page on a loaded
    // machine; that is the harness, not dbbx, so it gets one more try. A page that printed is never retried.
    if (!raw.includes('<pre id="dbbx-probe">')) raw = `${await dump()}\n(first try: ${raw.slice(0, 500)})`;
    const m = raw.match(/<pre id="dbbx-probe">([\s\S]*?)<\/pre>/);
    const json = m ? m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&') : '';
    try { return { ok: true, raw: raw.slice(0, 2000), result: JSON.parse(json) }; } catch { return { ok: false, raw: raw.slice(0, 4000) }; }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function oldChromiumPlugin() {
  return {
    name: 'dbbx-old-chromium',
    executeCommand({ command, payload }) {
      if (command !== 'dbbx-old-chromium') return undefined;
      return job(`old-chromium:${payload.variant}`, () => runOnOldChromium(payload.variant));
    },
  };
}

// `node test/plugins/old-chromium.mjs bundle` prints the probe's findings (for debugging by hand).
if (process.argv[1] === import.meta.filename) console.log(JSON.stringify(await runOnOldChromium(process.argv[2] || 'bundle'), null, 1));
