// <dbbx-breakdown> on its own: given a CalculationResult, it lays out exactly the engine's rows.
import { expect, html, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { calculate } from '../../src/engine/index.js';
import type { DbbxBreakdown } from '../../src/elements/breakdown/breakdown.js';

/** Each cell's own text, without the source line under a row label. */
const rowsOf = (b: DbbxBreakdown) => [...b.shadowRoot!.querySelectorAll('table[part="table"] tbody tr')].map((tr) =>
  [...tr.children].map((c) => {
    const copy = c.cloneNode(true) as Element;
    copy.querySelectorAll('.cite').forEach((x) => x.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  }));

describe('<dbbx-breakdown>', () => {
  it('shows a reached payout cap as its own negative row and the rows add up', async () => {
    // 潮府办〔2012〕90号 二（三）, residents: 180,000.01 → 10,000 + 150,000.01 × 60% = 100,000.01; cap 100,000.
    const result = calculate({ region: '445100', date: '2015-06-01', scheme: 'resident', selfPaid: '180000.01' });
    const b = await fixture<DbbxBreakdown>(html`<dbbx-breakdown .result=${result}></dbbx-breakdown>`);
    expect(rowsOf(b)).to.deep.equal([
      ['10,000.00–30,000.00 元', '50%', '20,000.00', '10,000.00'],
      ['30,000.00 元以上', '60%', '150,000.01', '90,000.01'],
      ['封顶：年度支付限额 100,000.00 元', '—', '0.01', '-0.01'],
    ]);
    expect(b.shadowRoot!.querySelector('tfoot')!.textContent!.replace(/\s+/g, ' ')).to.contain('年度累计支付 100,000.00');
    const label = b.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')!;
    expect(label).to.contain('起付标准以下 10,000.00 元').and.contain('共支付 100,000.00 元');
  });

  it('renders nothing without a result, and follows lang', async () => {
    const empty = await fixture<DbbxBreakdown>(html`<dbbx-breakdown></dbbx-breakdown>`);
    expect(empty.shadowRoot!.childElementCount).to.equal(0);
    const result = calculate({ region: '320281', date: '2020-08-01', scheme: 'employee', group: 'medical-assistance', selfPaid: '200000' });
    const b = await fixture<DbbxBreakdown>(html`<dbbx-breakdown lang="en" .result=${result}></dbbx-breakdown>`);
    // 江阴 二（四）: (100,000 − 9,000) × 65% + 100,000 × 85% = 59,150 + 85,000 = 144,150.00.
    expect(rowsOf(b)).to.deep.equal([
      ['9,000.00–100,000.00 yuan', '65%', '91,000.00', '59,150.00'],
      ['above 100,000.00 yuan', '85%', '100,000.00', '85,000.00'],
    ]);
    const trace = [...b.shadowRoot!.querySelectorAll('.trace tbody tr')].map((tr) => tr.querySelector('th')!.textContent);
    expect(trace).to.include('Threshold');
  });
});
