// A figure from a 2013 document shown for a 2026 discharge must say so: above the payout, on the ledger and on
// every printed slip. And elements follow the policy registry as an operator registers newer figures.
import { expect, html, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DbbxCalculator, DbbxLedger } from '../../src/elements/index.js';
import { registerPolicies, resetPolicies } from '../../src/engine/index.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

const REGIONS: [string, string, string][] = [
  ['330200', '甬政办发〔2013〕268号', '2026-06-01'],
  ['320281', '江阴市城乡居民大病保险制度', '2026-06-01'],
  ['445100', '潮府办〔2012〕90号', '2026-06-01'],
  ['320411', '常开委办〔2021〕143号', '2026-06-01'],
];

describe('the currency warning on screen', () => {
  for (const [region, doc, date] of REGIONS) {
    it(`stands first, above the payout, for a ${date} result in ${region}`, async () => {
      const el = await fixture<DbbxCalculator>(html`<dbbx-calculator region=${region} date=${date}></dbbx-calculator>`);
      el.setAmounts({ selfPaid: '150000' });
      await el.updateComplete;
      const box = $(el, '[part="result"] [part="warnings"]')!;
      const first = box.querySelector('li')!;
      expect(first.className).to.equal('figures-may-be-stale');
      expect(text(first)).to.contain(doc);
      // Above the payout, in reading order.
      expect(box.compareDocumentPosition($(el, '[part="payout"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });
  }

  it('is on the ledger above the table', async () => {
    const el = await fixture<DbbxLedger>(html`<dbbx-ledger region="445100" .rows=${[{ id: 'a', date: '2026-03-01', selfPaid: '50000' }]}></dbbx-ledger>`);
    expect(text($(el, '[part="warnings"] li'))).to.contain('潮府办〔2012〕90号');
  });

  it('is printed on the slip', async () => {
    const r = await executeServerCommand<{ pages: number; text: string }, { path: string }>('dbbx-print-pdf', { path: '/test/fixtures/slip.html?year=2026' });
    expect(r!.pages).to.equal(1);
    const t = r!.text.replace(/\s+/g, '');
    // The 2026 discharge of 120,000 after 30,000 in Ningbo: 67,500.00 as in 2015, with the warning above it.
    expect(t).to.contain('本次大病保险支付67,500.00元');
    expect(t).to.contain('甬政办发〔2013〕268号'.replace(/\s+/g, ''));
    expect(t.indexOf('可能已调整') >= 0 || t.indexOf('已调整') >= 0, t.slice(0, 400)).to.equal(true);
  });
});

describe('elements follow the registry', () => {
  afterEach(() => resetPolicies());

  it('offers and uses a policy an operator registers after the first render', async () => {
    const el = await fixture<DbbxCalculator>(html`<dbbx-calculator region="990101" date="2026-06-01"></dbbx-calculator>`);
    expect(text($(el, '[part="result"]'))).to.contain('990101');
    const county = await (await fetch('/demo/policies/example-county.json')).json();
    await registerPolicies(county);
    await el.updateComplete;
    el.setAmounts({ selfPaid: '60000' });
    await el.updateComplete;
    // The fictional county's file: (50,000 − 15,000) × 60% + (60,000 − 50,000) × 70% = 21,000 + 7,000 = 28,000.00.
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 28,000.00 元');
    expect(el.result!.policy.region).to.equal('990101');
  });
});
