// The demo pages, opened as a visitor would, with their main flow driven in real Chromium.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openFrame as open, until } from '../frames.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('demo/index.html — a bureau portal', () => {
  it('offers Ningbo only and pays a typed case', async () => {
    const f = await open('/demo/index.html');
    const calc = await until(() => {
      const c = f.contentDocument!.querySelector('dbbx-calculator') as Lit | null;
      return c?.shadowRoot?.querySelector('#f-thisDischarge') ? c : null;
    }, 'the calculator');
    await calc.updateComplete;
    const root = calc.shadowRoot!;
    expect(root.querySelector('#f-region')).to.equal(null);
    expect(squash(root.querySelector('.fixed-value')?.textContent)).to.equal('宁波市（市区）');
    (root.querySelector('#f-date') as HTMLInputElement).value = '2015-06-01';
    root.querySelector('#f-date')!.dispatchEvent(new Event('change'));
    await calc.updateComplete;
    // A patient's form: this discharge, and the earlier ones of the year; the page's own heading only.
    expect(root.querySelector('[part="title"]')).to.equal(null);
    (root.querySelector('#f-thisDischarge') as HTMLInputElement).focus();
    await sendKeys({ type: '150000' });
    await calc.updateComplete;
    // 甬政办发〔2013〕268号 五: 15,000 + 27,500 + 30,000 = 72,500.00.
    expect(squash(root.querySelector('[part="payout"]')?.textContent)).to.equal('本次大病保险支付 72,500.00 元');
    // Themed through custom properties only: the portal's red reaches the shadow DOM.
    const accent = getComputedStyle(root.querySelector('button[type="submit"]')!).backgroundColor;
    expect(accent).to.equal('rgb(164, 38, 44)');
    f.remove();
  });
});

describe('demo/discharge-desk.html — a cashier\'s year', () => {
  it('settles the loaded discharges and follows a change of group', async () => {
    const f = await open('/demo/discharge-desk.html');
    const doc = f.contentDocument!;
    const ledger = await until(() => {
      const l = doc.querySelector('dbbx-ledger') as Lit | null;
      return l?.shadowRoot?.querySelectorAll('tbody tr[part="row"]').length === 3 ? l : null;
    }, 'the ledger rows');
    await ledger.updateComplete;
    const payouts = () => [...ledger.shadowRoot!.querySelectorAll('tbody tr[part="row"] td.num.strong')].map((td) => squash(td.textContent));
    // 潮府办〔2012〕90号, residents 2017: 8,600 → 0; 32,100 → 10,000 + 2,100 × 60% = 11,260;
    // 93,100 → 10,000 + 63,100 × 60% = 47,860, so 36,600.
    expect(payouts()).to.deep.equal(['0.00', '11,260.00', '36,600.00']);
    const group = doc.getElementById('group') as HTMLSelectElement;
    group.value = 'subsistence';
    group.dispatchEvent(new Event('change'));
    await ledger.updateComplete;
    // 粤府办〔2016〕85号 for 低保: threshold 3,000, 70%. 8,600 → 3,920; 32,100 → 20,370 (16,450);
    // 93,100 → 63,070 (42,700).
    expect(payouts()).to.deep.equal(['3,920.00', '16,450.00', '42,700.00']);
    expect(squash(ledger.shadowRoot!.querySelector('[part="check"]')?.textContent)).to.contain('63,070.00');
    // 清空台账 for the next patient: the page's 人群 picker follows the ledger back to 普通参保人员.
    const reset = ledger.shadowRoot!.querySelector<HTMLButtonElement>('.reset')!;
    reset.click();
    await ledger.updateComplete;
    reset.click();
    await ledger.updateComplete;
    await until(() => group.value === 'general', 'the page\'s group picker to follow');
    expect((ledger as Lit & { group: string }).group).to.equal('');
    f.remove();
  });
});

describe('demo/strict-csp.html — the bundle under a strict CSP', () => {
  it('renders and calculates from dist/dbbx.js', async () => {
    const f = await open('/demo/strict-csp.html');
    const calc = await until(() => {
      const c = f.contentDocument!.querySelector('dbbx-calculator') as (Lit & { setAmounts(v: object): void }) | null;
      return c && typeof c.setAmounts === 'function' ? c : null;
    }, 'the calculator');
    calc.setAmounts({ selfPaid: '30000' });
    await calc.updateComplete;
    // 粤府办〔2016〕85号 for 低保 in Chaozhou 2017: (30,000 − 3,000) × 70% = 18,900.00.
    expect(squash(calc.shadowRoot!.querySelector('[part="payout"]')?.textContent)).to.equal('本次大病保险支付 18,900.00 元');
    f.remove();
  });
});

describe('demo/fund.html — a fund office', () => {
  it('projects a synthetic population with a what-if', async () => {
    const f = await open('/demo/fund.html');
    const fund = await until(() => {
      const el = f.contentDocument!.querySelector('dbbx-fund') as (Lit & { generate(): void; calculate(): Promise<void>; results: { published: { totalPayout: string } | null; whatIf: unknown } }) | null;
      return el && typeof el.calculate === 'function' && el.shadowRoot?.querySelector('#f-people') ? el : null;
    }, 'the fund tool');
    const set = (sel: string, v: string) => {
      const i = fund.shadowRoot!.querySelector(sel) as HTMLInputElement;
      i.value = v;
      i.dispatchEvent(new Event('input'));
    };
    set('#f-people', '50000');
    fund.generate();
    set('#f-premium', '20');
    set('#f-threshold', '8000');
    await fund.calculate();
    await fund.updateComplete;
    expect(fund.results.published!.totalPayout).to.match(/^\d+\.\d{2}$/);
    expect(fund.results.whatIf).to.not.equal(null);
    expect(squash(fund.shadowRoot!.querySelector('table[part="table"]')?.textContent)).to.contain('调整方案');
    f.remove();
  });
});
