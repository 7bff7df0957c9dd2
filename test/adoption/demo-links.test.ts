// Issue 13: the demo's start page linked everything to '#'. It must link to every demo page in demo/.
import { expect } from '@open-wc/testing';
import { serverJob } from './server.js';

describe('demo start page (issue 13)', function () {
  this.timeout(600_000);
  it('links to every page in demo/, and every link there resolves', async () => {
    // Through serverJob: the command queues behind any running job (a Chromium 86 run) and answers 'pending'.
    const pages = (await serverJob<{ output: string }, { check: string }>('dbbx-consumer', { check: 'demo-pages' }))
      .output.split('\n').filter((f) => f && f !== 'index.html');
    expect(pages).to.include.members(['discharge-desk.html', 'fund.html', 'strict-csp.html', 'classic.html']);
    const html = await (await fetch('/demo/index.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs).to.not.include('#');
    expect(hrefs.map((h) => h.replace(/^\.\//, ''))).to.include.members(pages);
    for (const h of hrefs) expect((await fetch(new URL(h, `${location.origin}/demo/`))).status, h).to.equal(200);
  });
});
