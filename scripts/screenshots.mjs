// npm run screenshots: serves the demos with Vite on loopback, drives each one's main flow in Debian's
// Chromium, and writes docs/screenshots/<page>-<width>.png at 1280 and 360 px (the README shows them).
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const pages = [
  { name: 'portal', path: '/demo/index.html', fill: { '#f-date': '2015-06-01', '#f-thisDischarge': '120000', '#f-earlier-0': '30000' }, help: true },
  { name: 'discharge-desk', path: '/demo/discharge-desk.html', pick: 1 },
  { name: 'strict-csp', path: '/demo/strict-csp.html', fill: { '#f-selfPaid': '30000' } },
  { name: 'fund', path: '/demo/fund.html', fund: true },
];

mkdirSync('docs/screenshots', { recursive: true });
const server = await createServer({
  configFile: 'vite.config.ts', server: { port: 5199, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn',
});
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
  ],
});
try {
  for (const p of pages) {
    for (const width of [1280, 360]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(base + p.path, { waitUntil: 'networkidle0' });
      for (const [sel, value] of Object.entries(p.fill ?? {})) {
        const input = await page.waitForSelector(`dbbx-calculator >>> ${sel}`);
        if (sel === '#f-date') {
          await input.evaluate((el, v) => { el.value = v; el.dispatchEvent(new Event('change')); }, value);
        } else {
          await input.click({ clickCount: 3 });
          await input.type(value);
        }
      }
      if (p.fund) {
        await page.evaluate(async () => {
          const f = document.querySelector('dbbx-fund');
          const set = (sel, v) => { const i = f.shadowRoot.querySelector(sel); i.value = v; i.dispatchEvent(new Event('input')); };
          // The element's own defaults (an insured population, the document's premium), and one what-if edit.
          f.generate();
          set('#f-threshold', '8000'); set('#f-ratio-1', '0.65');
          await f.calculate();
        });
      }
      if (p.help) {
        // The portal shows its "which line of my 结算单?" help open: what a patient looks for first.
        await page.evaluate(() => { document.querySelector('dbbx-calculator').shadowRoot.querySelector('details[part="help"]').open = true; });
        await page.waitForSelector('dbbx-calculator >>> .slip-drawing'); // its lines are fetched on opening
      }
      if (p.pick !== undefined) {
        const radios = await page.$$('dbbx-ledger >>> input[name="slip"]');
        await radios[p.pick].click();
      }
      await new Promise((r) => setTimeout(r, 300));
      const out = `docs/screenshots/${p.name}-${width}.png`;
      await page.screenshot({ path: out, fullPage: true });
      console.log(`wrote ${out}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
