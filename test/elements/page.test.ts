// The bundle as hosts use it: printed to one A4 page, under a strict CSP with Trusted Types, and as the
// two-line embedding — in real Chromium, from dist/ (npm test builds it first).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame, until } from '../frames.js';

interface Printed { pages: number; text: string }
const squash = (s: string) => s.replace(/\s+/g, '');

type Calc = HTMLElement & { setAmounts(v: Record<string, string>): void; updateComplete: Promise<unknown> };
/** The framed page's calculator once its module has defined it. */
const calculatorIn = (f: HTMLIFrameElement) => until(() => {
  const c = f.contentDocument?.querySelector('dbbx-calculator') as Calc | null;
  return c && typeof c.setAmounts === 'function' ? c : null;
}, 'the calculator to upgrade');

const payoutIn = (f: HTMLIFrameElement) =>
  f.contentDocument?.querySelector('dbbx-calculator')?.shadowRoot?.querySelector('[part="payout"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('print view', () => {
  it('prints a Ningbo result on one A4 page with the payout in figures and in 大写', async () => {
    const r = await executeServerCommand<Printed, { path: string }>('dbbx-print-pdf',
      { path: '/test/fixtures/print.html?region=330200&date=2015-06-01&selfPaid=150000' });
    expect(r!.pages).to.equal(1);
    const t = squash(r!.text);
    // 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 72,500.00 (甬政办发〔2013〕268号 五).
    for (const s of ['大病保险待遇测算单', '甬政办发〔2013〕268号', '2014-09-01', '2015-06-01', '150,000.00',
      '本次大病保险支付72,500.00元', '柒万贰仟伍佰元整', '估计值']) {
      expect(t, s).to.contain(squash(s));
    }
    // The form itself is not printed.
    expect(t).to.not.contain('计算打印');
  });

  it('keeps a long result — Chaozhou 低保 with a prior discharge — on one page', async () => {
    const r = await executeServerCommand<Printed, { path: string }>('dbbx-print-pdf',
      { path: '/test/fixtures/print.html?region=445100&date=2017-06-01&group=subsistence&selfPaid=200000&priorSelfPaid=30000' });
    expect(r!.pages).to.equal(1);
    // Now: (30,000 − 3,000) × 70% + 170,000 × 70% = 18,900 + 119,000 = 137,900; before: 18,900;
    // this discharge 119,000.00 (粤府办〔2016〕85号 三（三）, no cap).
    expect(squash(r!.text)).to.contain('本次大病保险支付119,000.00元').and.contain('壹拾壹万玖仟元整');
  });
});

describe('the bundle in a host page', () => {

  it('runs both bundles on one page under require-trusted-types-for with the documented policy names', async () => {
    const f = await openFrame('/test/fixtures/strict-csp-both.html');
    const calc = await calculatorIn(f);
    calc.setAmounts({ selfPaid: '150000' });
    await calc.updateComplete;
    // 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 72,500.00 (甬政办发〔2013〕268号 五).
    expect(payoutIn(f)).to.equal('本次大病保险支付 72,500.00 元');
    // The fund element rendered too (it used to stay empty: its Lit could not create a second lit-html policy).
    const fund = await until(() => f.contentDocument?.querySelector('dbbx-fund')?.shadowRoot?.querySelector('[part="form"]'), 'the fund element to render');
    expect(fund).to.not.equal(null);
    expect((f.contentWindow as Window & { __violations: string[] }).__violations).to.deep.equal([]);
    f.remove();
  });
  it('calculates under default-src \'self\' and require-trusted-types-for \'script\', with no network request', async () => {
    const f = await openFrame('/test/fixtures/strict-csp.html');
    const calc = await calculatorIn(f);
    calc.setAmounts({ selfPaid: '150000' });
    await calc.updateComplete;
    expect(payoutIn(f)).to.equal('本次大病保险支付 72,500.00 元');
    const w = f.contentWindow as Window & { __violations: string[] };
    expect(w.__violations).to.deep.equal([]);
    // The test server injects its own websocket script into every page it serves; everything else the page
    // fetched is listed, and it is only the page's own two scripts, from its own origin.
    const resources = w.performance.getEntriesByType('resource').map((e) => new URL(e.name))
      .filter((u) => u.pathname !== '/__web-dev-server__web-socket.js');
    expect(resources.every((u) => u.origin === w.location.origin)).to.equal(true);
    // Parts the bundle loads on demand come from dist/chunks, same origin.
    const paths = resources.map((u) => u.pathname);
    expect(paths.filter((p) => !p.startsWith('/dist/chunks/')).sort()).to.deep.equal(['/dist/dbbx.js', '/test/fixtures/csp-probe.js']);
    expect(paths.every((p) => !p.startsWith('/dist/chunks/') || /^\/dist\/chunks\/[\w.-]+\.js$/.test(p))).to.equal(true);
    // A Chinese page fetches neither English nor the 结算单 help (issue 13) …
    expect(paths.filter((p) => /-(en|slip-help)-/.test(p))).to.deep.equal([]);
    // … and the help's chunk arrives under the same policy when a person opens it.
    const help = calc.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="help"]')!;
    help.querySelector('summary')!.click();
    await until(() => help.querySelectorAll('.slip-drawing tbody tr').length === 8, 'the slip help to arrive');
    expect(w.__violations).to.deep.equal([]);
    const chunks = w.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/chunks/'));
    expect(chunks.filter((p) => /-slip-help-/.test(p))).to.have.length(1);
    f.remove();
  });

  for (const [bundle, fixture] of [['dist/dbbx.js', 'strict-csp-en-dbbx'], ['dist/dbbx-calculator.js', 'strict-csp-en-calculator']] as const) {
    it(`${bundle} on an English page under the strict CSP: English and the help load on demand, same origin, no violation`, async () => {
      const f = await openFrame(`/test/fixtures/${fixture}.html`);
      const calc = await calculatorIn(f);
      await calc.updateComplete;
      // The first render waited for English: no Chinese heading on an English page.
      expect(calc.shadowRoot!.querySelector('[part="title"]')?.textContent).to.contain('estimate');
      calc.setAmounts({ selfPaid: '150000' });
      await calc.updateComplete;
      // 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 72,500.00 (甬政办发〔2013〕268号 五).
      expect(payoutIn(f)).to.contain('72,500.00').and.match(/pays/);
      const help = calc.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="help"]')!;
      help.querySelector('summary')!.click();
      await until(() => help.querySelectorAll('.slip-drawing tbody tr').length === 8, 'the slip help to arrive');
      expect(help.textContent).to.contain('Counts:');
      const w = f.contentWindow as Window & { __violations: string[] };
      expect(w.__violations).to.deep.equal([]);
      const paths = w.performance.getEntriesByType('resource').map((e) => new URL(e.name))
        .filter((u) => u.pathname !== '/__web-dev-server__web-socket.js').map((u) => u.pathname);
      expect(paths.filter((p) => /^\/dist\/chunks\/.*-(en|slip-help)-[\w]+\.js$/.test(p)).map((p) => p.replace(/-\w+\.js$/, '')).sort())
        .to.deep.equal([`/dist/chunks/${bundle.slice(5, -3)}-en`, `/dist/chunks/${bundle.slice(5, -3)}-slip-help`]);
      f.remove();
    });
  }

  it('works from the two lines of the README, served from dist/', async () => {
    const res = await fetch('/dist/embed.html');
    expect((await res.text()).trim().split('\n')).to.deep.equal([
      '<script type="module" src="dbbx.js"></script>',
      '<dbbx-calculator region="330200"></dbbx-calculator>',
    ]);
    const f = await openFrame('/dist/embed.html');
    const calc = await calculatorIn(f);
    // Today's date: 甬政办发〔2013〕268号 has no end date, so it still applies: 150,000 → 72,500.00.
    calc.setAmounts({ selfPaid: '150000' });
    await calc.updateComplete;
    expect(payoutIn(f)).to.equal('本次大病保险支付 72,500.00 元');
    f.remove();
  });
});
