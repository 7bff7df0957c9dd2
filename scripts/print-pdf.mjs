// Renders a page to PDF with headless Chromium's own --print-to-pdf (the browser's print path, @media print
// and all), then reads it back with poppler: page count and text. Used by the print test through a
// test-runner command; also runnable by hand: node scripts/print-pdf.mjs URL [out.pdf]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
// Asynchronous on purpose: the page is often served by the same Node process (the test runner's server),
// which a synchronous child would block.
const run = promisify(execFile);

export async function printToPdf(url, keep) {
  const dir = mkdtempSync(join(tmpdir(), 'dbbx-pdf-'));
  const pdf = join(dir, 'page.pdf');
  try {
    await run(chrome, [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer', '--virtual-time-budget=10000', `--print-to-pdf=${pdf}`, url,
    ], { timeout: 60_000 });
    const info = await run('pdfinfo', [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
    if (keep) copyFileSync(pdf, keep);
    return { pages, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, out] = process.argv.slice(2);
  const r = await printToPdf(url, out);
  console.log(`${r.pages} page(s)\n${r.text}`);
}
