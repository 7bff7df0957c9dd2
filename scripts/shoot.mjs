// Screenshots and PDFs of pages, with Debian's Chromium driven by puppeteer-core (never downloads a browser).
// Usage: node scripts/shoot.mjs URL OUT.png [width=1280] [--type "#f-selfPaid" "150000"] [--lang en]
import puppeteer from 'puppeteer-core';

const [url, out, width = '1280', ...rest] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(url, { waitUntil: 'networkidle0' });
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--type') {
      const [sel, text] = [rest[++i], rest[++i]];
      const input = await page.waitForSelector(`dbbx-calculator >>> ${sel}`);
      await input.click({ clickCount: 3 });
      await input.type(text);
    } else if (rest[i] === '--click') {
      const el = await page.waitForSelector(`dbbx-calculator >>> ${rest[++i]}`);
      await el.click();
    } else if (rest[i] === '--eval') {
      await page.evaluate(rest[++i]);
    }
  }
  await new Promise((r) => setTimeout(r, 300));
  if (out.endsWith('.pdf')) await page.pdf({ path: out, format: 'A4', printBackground: true });
  else if (process.env.CLIP) {
    const [x, y, w, h] = process.env.CLIP.split(',').map(Number);
    await page.screenshot({ path: out, clip: { x, y, width: w, height: h }, captureBeyondViewport: true });
  } else await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
