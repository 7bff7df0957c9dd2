// Issue 10: a page that uses only the one-file bundle registers an operator's JSON policy data, with no script
// of its own, under the README's strict CSP (default-src 'self'; require-trusted-types-for 'script'); a file
// that fails validation shows its problems on the page and registers nothing.
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../frames.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
type Source = Lit & { state: string; loaded: Promise<void>; requestUpdate(): void };
type Calc = Lit & { setAmounts(v: object): void; date: string };
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function open(path: string) {
  const f = await openFrame(path);
  const violations: string[] = [];
  f.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const doc = f.contentDocument!;
  const calc = await until(() => {
    const c = doc.querySelector('dbbx-calculator') as Calc | null;
    return c && typeof c.setAmounts === 'function' ? c : null;
  }, 'the calculator');
  return { f, doc, calc, violations };
}

describe('operator policy files in the one-file page, under the strict CSP', () => {
  it('demo/county.html loads the example county file and pays by it', async () => {
    const { f, doc, calc, violations } = await open('/demo/county.html');
    const source = doc.querySelector('dbbx-policy-source') as Source;
    await source.loaded;
    expect(source.state).to.equal('loaded');
    calc.date = '2026-06-01';
    calc.setAmounts({ selfPaid: '60000' });
    await calc.updateComplete;
    // 示例县医保发〔2026〕1号 (fictional) 二: (50,000 − 15,000) × 60% + (60,000 − 50,000) × 70% = 21,000 + 7,000 = 28,000.00.
    expect(squash(calc.shadowRoot!.querySelector('[part="payout"]')?.textContent)).to.equal('本次大病保险支付 28,000.00 元');
    // Within its confirmed year: no staleness warning.
    expect(squash(calc.shadowRoot!.textContent)).to.not.contain('可能已过时');
    expect(violations).to.deep.equal([]);
    f.remove();
  });

  it('registers an inline JSON block, and shows a bad file\'s problems without registering it', async () => {
    const { f, doc, calc, violations } = await open('/test/policies/fixtures/csp-sources.html');
    const inline = doc.getElementById('inline') as Source;
    const broken = doc.getElementById('broken') as Source;
    await Promise.all([inline.loaded, broken.loaded]);
    await broken.updateComplete;
    expect(squash(inline.shadowRoot!.querySelector('[part="status"]')?.textContent)).to.equal('已载入政策数据：inline-county-2026');
    const box = broken.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(squash(box.textContent)).to.contain('政策数据未能载入，本页不会用它计算')
      .and.contain('schemes.resident.tiers[1].to').and.contain('超过 200000.00 元的负担将不予支付');
    // Visible, not only in the console.
    expect((box as HTMLElement).offsetHeight).to.be.greaterThan(40);
    calc.setAmounts({ selfPaid: '30000' });
    await calc.updateComplete;
    // 内联县 (fictional): (30,000 − 10,000) × 50% = 10,000.00.
    expect(squash(calc.shadowRoot!.querySelector('[part="payout"]')?.textContent)).to.equal('本次大病保险支付 10,000.00 元');
    // The refused county (990103) calculates nothing.
    calc.setAttribute('region', '990103');
    await calc.updateComplete;
    expect(calc.shadowRoot!.querySelector('[part="payout"]')).to.equal(null);
    expect(violations).to.deep.equal([]);
    f.remove();
  });

  it('speaks English on an English page', async () => {
    const { f, doc } = await open('/test/policies/fixtures/csp-sources.html');
    doc.documentElement.lang = 'en';
    const broken = doc.getElementById('broken') as Source;
    await broken.loaded;
    broken.requestUpdate();
    await broken.updateComplete;
    expect(squash(broken.shadowRoot!.querySelector('[part="error"]')?.textContent)).to.contain('will not calculate with it').and.contain('would go unpaid');
    f.remove();
  });
});
