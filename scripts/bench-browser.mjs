// npm run bench (browser part): what a cashier feels. A 30-row ledger in headless Chromium with the CPU slowed
// 4× (a hospital PC), one amount edited key by key; each keystroke is timed from the input event to the
// element updated and laid out. Beside it, the floor: the same keystroke into a plain <input> on the same page.
// Medians of 40 keystrokes. Not a test: the numbers depend on the machine.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = join(import.meta.dirname, '..');
const types = { '.js': 'text/javascript', '.html': 'text/html' };
const page = `<!doctype html><meta charset="utf-8"><script type="module" src="/dist/dbbx.js"></script>
<input id="plain"><dbbx-ledger region="330200" scheme="resident"></dbbx-ledger>`;
const server = createServer(async (req, res) => {
  if (req.url === '/') { res.setHeader('content-type', 'text/html'); res.end(page); return; }
  try {
    const body = await readFile(join(root, decodeURIComponent(req.url.split('?')[0])));
    res.setHeader('content-type', types[extname(req.url)] ?? 'application/octet-stream');
    res.end(body);
  } catch { res.statusCode = 404; res.end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => customElements.get('dbbx-ledger'));
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const result = await tab.evaluate(async () => {
    const el = document.querySelector('dbbx-ledger');
    el.rows = Array.from({ length: 30 }, (_, i) => ({
      id: `r${i}`, date: `2015-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-${String(1 + (i % 3) * 9).padStart(2, '0')}`, selfPaid: String(3000 + i * 500),
    }));
    await el.updateComplete;
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (input, events, after) => {
      const out = [];
      for (let k = 0; k < 40; k++) {
        const t = performance.now();
        input.value = `${k % 2 ? '25000' : '2500'}${k % 10}`;
        for (const e of events) input.dispatchEvent(new Event(e, { bubbles: true, composed: true }));
        await after();
        void document.body.offsetHeight;
        out.push(performance.now() - t);
      }
      return median(out);
    };
    // The first row: every row below it changes its year-to-date figures (the worst case).
    const first = el.shadowRoot.querySelector('input.amount');
    // A keystroke: the text is taken; the year is settled once typing pauses (200 ms), not at every key.
    const key = await time(first, ['input'], () => Promise.resolve());
    // The settling itself, as after a pause, Enter or leaving the field: all 30 rows figured and drawn again.
    const settle = await time(first, ['input', 'change'], () => el.updateComplete);
    const plain = await time(document.getElementById('plain'), ['input'], () => Promise.resolve());
    return { key, settle, plain };
  });
  console.log('\nBrowser: one keystroke in a 30-row ledger, CPU ×4 (median of 40, ms)');
  console.log(`  floor (a plain input on the same page)          ${result.plain.toFixed(2)} ms`);
  console.log(`  <dbbx-ledger> keystroke in the first row        ${result.key.toFixed(2)} ms  (budget 16 ms)`);
  const settled = result.settle.toFixed(2);
  console.log(`  <dbbx-ledger> the year settled and redrawn once ${settled} ms  (after a 200 ms pause, Enter or leaving the field)`);
} finally {
  await browser.close();
  server.close();
}
