import puppeteer from 'puppeteer-core';
const [file, ...ys] = process.argv.slice(2);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.setViewport({ width: 360, height: 900 });
const fs = await import('node:fs'); fs.writeFileSync('/tmp/ff/view.html', '<body style="margin:0"><img style="display:block" src="file://' + file + '">'); await p.goto('file:///tmp/ff/view.html'); await p.waitForSelector('img');
await p.addStyleTag({ content: 'body{margin:0} img{display:block}' });
for (let i = 0; i < ys.length; i++) await p.screenshot({ path: `/tmp/ff/crop${i}.png`, clip: { x: 0, y: Number(ys[i]), width: 360, height: 900 }, captureBeyondViewport: true });
await b.close();
