// Renders a page to PDF with headless Chromium's own --print-to-pdf (the browser's print path, @media print
// and all), then reads it back with poppler: page count and text. Used by the print test through a
// test-runner command; also runnable by hand: node scripts/print-pdf.mjs URL [out.pdf]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, copyFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
// Asynchronous on purpose: the page is often served by the same Node process (the test runner's server),
// which a synchronous child would block.
const run = promisify(execFile);

/**
 * How many pixels of page 1 are within `tolerance` of `rgb`, printed the way a person's print dialog does by
 * default (background graphics off) and rendered from the PDF at 50 dpi: proof that a colour reaches paper.
 */
export async function printedPixels(url, rgb, tolerance = 24) {
  const dir = mkdtempSync(join(tmpdir(), 'dbbx-px-'));
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chrome,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 500));
    const pdf = join(dir, 'page.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    await run('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', pdf, join(dir, 'p')]);
    const ppm = readdirSync(dir).find((f) => f.endsWith('.ppm'));
    const buf = readFileSync(join(dir, ppm));
    // Binary PPM: "P6", width, height, 255, each followed by one whitespace byte, then RGB triples.
    let pos = 0;
    const fields = [];
    while (fields.length < 4) {
      while (/\s/.test(String.fromCharCode(buf[pos]))) pos++;
      let tok = '';
      while (!/\s/.test(String.fromCharCode(buf[pos]))) tok += String.fromCharCode(buf[pos++]);
      fields.push(tok);
    }
    pos++;
    let count = 0;
    for (let i = pos; i + 2 < buf.length; i += 3) {
      if (Math.abs(buf[i] - rgb[0]) <= tolerance && Math.abs(buf[i + 1] - rgb[1]) <= tolerance
        && Math.abs(buf[i + 2] - rgb[2]) <= tolerance) count++;
    }
    return { count, width: Number(fields[1]), height: Number(fields[2]) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

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
