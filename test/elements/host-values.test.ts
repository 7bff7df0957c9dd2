// What a host page sets, as hosts really set it (a field review, 2026-11-26): numbers and nulls for text
// properties, spaces from templates, the next patient's amounts through setAmounts, and the words and layout a
// Xinbei slip and a phone need.
import { expect, html, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/fund-entry.js';
import type { DbbxCalculator, DbbxBreakdown } from '../../src/elements/index.js';
import { calculate, resolvePolicy, settleYear } from '../../src/engine/index.js';
import { $, $$, text } from './helpers.js';

const payout = (el: DbbxCalculator) => text($(el, '[part="payout"]'));
const hostError = (el: Element) => text(el.shadowRoot!.querySelector('[part="host-error"]'));

async function calc(region: string, date: string, extra = ''): Promise<DbbxCalculator> {
  const el = await fixture<DbbxCalculator>(html`<dbbx-calculator region=${region} date=${date} context="desk"></dbbx-calculator>`);
  if (extra) el.setAttribute('entry', extra);
  await el.updateComplete;
  return el;
}

describe('text properties set to numbers, nulls, objects and spaced text', () => {
  it('other-self-paid-limit given as a number is an amount, not a crash with the last figures left on screen', async () => {
    const el = await calc('320411', '2022-06-01');
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      el.setAmounts({ selfPaid: '10000', otherSelfPaid: '8000' });
      el.otherLimit = 2000 as never;
      await el.updateComplete;
      // 常开委办〔2021〕143号 三: 10,000 × 100% + min(8,000 × 50%, 2,000 the tendered limit) = 12,000.00.
      expect(payout(el)).to.equal('本次低保对象大病补充保险支付 12,000.00 元');
      el.setAmounts({ selfPaid: '20000', otherSelfPaid: '8000' });
      await el.updateComplete;
      // 20,000 × 100% + min(4,000, 2,000) = 22,000.00.
      expect(payout(el)).to.equal('本次低保对象大病补充保险支付 22,000.00 元');
      expect(el.result!.payout).to.equal('22000.00');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('an object where text belongs is the host\'s error, named by its attribute, and nothing is calculated', async () => {
    const el = await calc('330200', '2015-06-01');
    el.setAmounts({ selfPaid: '150000' });
    await el.updateComplete;
    expect(el.result!.payout).to.equal('72500.00');
    el.region = { code: '330200' } as never;
    await el.updateComplete;
    expect(hostError(el)).to.contain('region').and.contain('应为文字，收到的是一个对象');
    expect(hostError(el)).to.not.contain('[object Object]');
    expect(el.result).to.equal(null);
    expect($(el, '[part="payout"]')).to.equal(null);
    // Set right again, the error goes and the figure comes back: 150,000 in Ningbo → 72,500.00 (甬政办发〔2013〕268号 五).
    el.region = 330200 as never;
    await el.updateComplete;
    expect(hostError(el)).to.equal('');
    expect(el.result!.payout).to.equal('72500.00');
    el.otherLimit = ['2000'] as never;
    await el.updateComplete;
    expect(hostError(el)).to.contain('other-self-paid-limit').and.contain('一个数组');
    expect(el.result).to.equal(null);
  });

  it('null or undefined means "not set": the date is today, entry and context their defaults — never "undefined" on screen', async () => {
    const el = await calc('330200', '2015-06-01');
    el.date = undefined as never;
    el.entry = null as never;
    el.context = undefined as never;
    await el.updateComplete;
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect([el.date, el.entry, el.context]).to.deep.equal([iso, 'year-to-date', 'portal']);
    expect(el.shadowRoot!.textContent).to.not.contain('undefined').and.not.contain('null');
  });

  it('spaces around a region code from a template are not part of the code', async () => {
    const el = await calc(' 330200 ', '2015-06-01');
    el.setAmounts({ selfPaid: '150000' });
    await el.updateComplete;
    expect(el.region).to.equal('330200');
    expect(el.result!.payout).to.equal('72500.00');
    // The engine reads a spaced code alike in calculate() and resolvePolicy() (it said "没有地区代码 330200" for
    // "330200 " while listing 330200 as registered), and settleYear refuses a region that is no code at all
    // instead of settling a year of problems to 0.00.
    expect(resolvePolicy('330200 ', '2015-06-01').name.zh).to.equal('宁波市（市区）');
    // (30,000 − 20,000) × 50% = 5,000.00 (甬政办发〔2013〕268号 五).
    expect(calculate({ region: '330200 ', date: '2015-06-01', scheme: 'resident', selfPaid: '30000' }).payout).to.equal('5000.00');
    expect(() => settleYear({ region: 330200 as never, scheme: 'resident', discharges: [{ id: 'a', date: '2015-06-01', selfPaid: '30000' }] }))
      .to.throw().with.property('issues').that.satisfies((i: { field: string }[]) => i.some((x) => x.field === 'region'));
  });
});

describe('setAmounts for the next patient', () => {
  it('replaces the last patient\'s amounts: a field not given is empty, not the previous person\'s', async () => {
    const el = await calc('330200', '2015-06-01');
    el.setAmounts({ selfPaid: '150000', priorSelfPaid: '100000' });
    await el.updateComplete;
    // Patient A: 72,500.00 for 150,000 less 42,500.00 for 100,000 = 30,000.00 this claim (甬政办发〔2013〕268号 五).
    expect(el.result!.payout).to.equal('30000.00');
    el.setAmounts({ selfPaid: '180000' });
    await el.updateComplete;
    // Patient B, first discharge of the year: 15,000 + 27,500 + 80,000 × 60% = 90,500.00, all of it this claim.
    expect(el.result!.payout).to.equal('90500.00');
    expect($<HTMLInputElement>(el, '#f-priorSelfPaid')!.value).to.equal('');
  });

  it('drops the last patient\'s excluded items too (Xinbei)', async () => {
    const el = await calc('320411', '2022-06-01');
    el.setAmounts({ selfPaid: '5000' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.add-excluded')!.click();
    await el.updateComplete;
    expect($$(el, '[id^="f-excluded-0"]').length).to.be.greaterThan(0);
    el.setAmounts({ selfPaid: '6000' });
    await el.updateComplete;
    expect($$(el, '[id^="f-excluded-0"]')).to.deep.equal([]);
    // 常开委办〔2021〕143号 三: 6,000 × 100% = 6,000.00.
    expect(el.result!.payout).to.equal('6000.00');
  });
});

describe('a Xinbei result names the insurance that paid', () => {
  it('the bar\'s key says 低保对象大病补充保险支付, not 大病保险支付', async () => {
    const b = await fixture<DbbxBreakdown>(html`<dbbx-breakdown></dbbx-breakdown>`);
    // 常开委办〔2021〕143号 三: 34,200 × 100% = 34,200.00.
    b.result = calculate({ region: '320411', date: '2022-06-01', scheme: 'resident', group: 'subsistence', selfPaid: '34200' });
    await b.updateComplete;
    const legend = text($(b, '.legend'));
    expect(legend).to.contain('低保对象大病补充保险支付 34,200.00 元');
    expect(legend).to.not.match(/(^|[^充])大病保险支付/);
  });
});

describe('每个数字的依据 on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 360 px every item, figure and source is inside the screen, no document number cut', async () => {
    await setViewport({ width: 360, height: 740 });
    const b = await fixture<DbbxBreakdown>(html`<dbbx-breakdown style="display:block;width:344px"></dbbx-breakdown>`);
    b.result = calculate({ region: '320411', date: '2022-06-01', scheme: 'resident', group: 'subsistence', selfPaid: '34200' });
    await b.updateComplete;
    $<HTMLElement>(b, 'details.trace summary')!.click();
    await b.updateComplete;
    const cells = $$(b, 'details.trace tbody th, details.trace tbody td');
    expect(cells.length).to.be.greaterThan(6);
    for (const c of cells) {
      const r = c.getBoundingClientRect();
      expect(r.right, text(c)).to.be.at.most(360);
      expect(c.scrollWidth, text(c)).to.be.at.most(c.clientWidth + 1);
    }
    expect(text($(b, 'details.trace table'))).to.contain('常开委办〔2021〕143号');
  });
});

describe('<dbbx-breakdown> attributes with typos', () => {
  // Claim mode is how the ledger prints a discharge in a year whose rule changed (the new rule's year-to-date
  // figures were never paid); a misspelt mode must not fall back to the year view.
  const result = () => calculate({ region: '330200', date: '2015-06-01', scheme: 'resident', selfPaid: '150000', priorSelfPaid: '30000' });

  it('mode="claims" is refused by name, with no figures, instead of quietly printing the year view', async () => {
    const b = await fixture<DbbxBreakdown>(html`<dbbx-breakdown mode="claims"></dbbx-breakdown>`);
    b.result = result();
    await b.updateComplete;
    expect(hostError(b)).to.contain('mode').and.contain('claims').and.contain('claim');
    expect($(b, '[part="table"]')).to.equal(null);
    b.setAttribute('mode', ' claim ');
    await b.updateComplete;
    expect(hostError(b)).to.equal('');
    // 150,000 less 30,000 before, Ningbo (甬政办发〔2013〕268号 五): 72,500.00 − 5,000.00 = 67,500.00 this claim.
    expect(text($(b, '[part="table"] tfoot'))).to.contain('67,500.00');
  });

  it('an attribute that does not exist shows no figures until corrected', async () => {
    const b = await fixture<DbbxBreakdown>(html`<dbbx-breakdown hide-warning></dbbx-breakdown>`);
    b.result = result();
    await b.updateComplete;
    expect(hostError(b)).to.contain('hide-warning').and.contain('hide-warnings');
    expect($(b, '[part="table"]')).to.equal(null);
  });
});

describe('<dbbx-fund> region and text properties from a host', () => {
  it('an unknown region is said, and the region select does not show another city as chosen', async () => {
    type Fund = HTMLElement & { updateComplete: Promise<unknown>; region: unknown };
    const f = await fixture<Fund>(html`<dbbx-fund region="999999"></dbbx-fund>`);
    const select = $<HTMLSelectElement>(f, '#f-region')!;
    expect(hostError(f)).to.contain('999999');
    expect(select.selectedOptions[0]!.value).to.equal('');
    expect(text(select.selectedOptions[0])).to.not.contain('江阴');
    f.region = 445100;
    await f.updateComplete;
    expect(hostError(f)).to.equal('');
    expect(text($<HTMLSelectElement>(f, '#f-region')!.selectedOptions[0])).to.contain('潮州');
    f.region = ['445100'];
    await f.updateComplete;
    expect(hostError(f)).to.contain('region').and.contain('一个数组');
  });
});
