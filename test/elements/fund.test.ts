// <dbbx-fund>: an officer's projection, driven as a person would, every figure checked against the engine.
import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/fund-entry.js';
import { projectFund, syntheticPopulation } from '../../src/engine/index.js';
import type { DbbxFund } from '../../src/elements/fund/fund.js';

declare const axe: { run(ctx: Element, opts?: object): Promise<{ violations: { id: string }[] }> };
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
function set(el: DbbxFund, sel: string, value: string) {
  const i = $<HTMLInputElement>(el, sel)!;
  i.value = value;
  i.dispatchEvent(new Event('input'));
}
const cells = (el: DbbxFund) => [...el.shadowRoot!.querySelectorAll('table[part="table"] tbody tr')].map((tr) =>
  [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

describe('<dbbx-fund>', () => {
  it('projects a synthetic population as published and with a what-if, in slices, matching the engine', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    set(el, '#f-people', '250000');
    set(el, '#f-median', '8000');
    set(el, '#f-spread', '1.3');
    set(el, '#f-seed', '3');
    $<HTMLButtonElement>(el, '.generate')!.click();
    await el.updateComplete;
    expect($(el, '.loaded')!.textContent).to.contain('250,000');
    set(el, '#f-premium', '20');
    set(el, '#f-insured', '1500000');
    set(el, '#f-threshold', '8000');
    set(el, '#f-ratio-1', '0.65');
    const progress: number[] = [];
    const watch = setInterval(() => { const p = $<HTMLProgressElement>(el, 'progress'); if (p) progress.push(p.value); }, 0);
    await el.calculate();
    clearInterval(watch);
    await el.updateComplete;
    // The same population straight through the engine: the element shows exactly its figures.
    const burdenFen = syntheticPopulation({ people: 250000, median: 8000, spread: 1.3, seed: 3 });
    const want = projectFund({ region: '445100', date: '2017-06-01', scheme: 'resident', premiumPerPerson: '20', insured: 1500000,
      targetMargin: '0.04', population: { burdenFen }, edit: { threshold: '8000', ratios: [undefined, '0.65'] } });
    expect(el.results.published).to.deep.equal(want.published);
    expect(el.results.whatIf).to.deep.equal(want.whatIf);
    const rows = cells(el);
    expect(rows[0]![0]).to.equal('大病保险支出合计（元）');
    expect(rows[0]![1]).to.equal(new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2 }).format(want.published.totalPayout as unknown as number));
    expect($(el, 'figure[part="histogram"] svg')!.getAttribute('aria-label')).to.contain('直方图');
    expect($(el, 'figure[part="curve"] polyline.b')).to.not.equal(null);
    expect((await axe.run(el, { resultTypes: ['violations'] })).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('loads a CSV by its columns, lists bad rows by line and uses the rest', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const csv = '参保人,人群,个人负担\nA,,50000\nB,低保对象,50000\nC,,一万\nD,贵宾,100\nE,,300000\n';
    await el.loadFile(new File([csv], 'claims.csv', { type: 'text/csv' }));
    await el.updateComplete;
    expect(el.population.people).to.equal(3);
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([4, 5]);
    expect($(el, '.bad')!.textContent).to.contain('第 4 行').and.contain('第 5 行').and.contain('贵宾');
    expect($<HTMLSelectElement>(el, '#map-selfPaid')!.value).to.equal('2');
    set(el, '#f-premium', '20');
    await el.calculate();
    // 潮府办〔2012〕90号 + 粤府办〔2016〕85号, 2017: general 50,000 → 22,000; 低保 50,000 → 32,900;
    // general 300,000 → capped at 100,000. Total 154,900.00.
    expect(el.results.published!.totalPayout).to.equal('154900.00');
    expect(el.results.published!.byGroup.subsistence).to.deep.equal({ people: 1, payout: '32900.00' });
  });

  it('names a bad what-if field instead of calculating', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="330200" date="2015-06-01" lang="en"></dbbx-fund>`);
    set(el, '#f-people', '1000');
    $<HTMLButtonElement>(el, '.generate')!.click();
    set(el, '#f-premium', '30');
    set(el, '#f-ratio-0', '1.5');
    await el.calculate();
    await el.updateComplete;
    expect(el.results.published).to.equal(null);
    expect($(el, '.error-summary')!.textContent).to.contain("Tier 1's ratio should be a decimal from 0 to 1");
  });
});

describe('<dbbx-fund> with a spreadsheet', () => {
  it('reads an .xlsx claims file the same way', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const blob = await (await fetch('/test/fixtures/claims.xlsx')).blob();
    await el.loadFile(new File([blob], 'claims.xlsx'));
    await el.updateComplete;
    // Rows A, B, E are read; C ("一万") is listed as line 4.
    expect(el.population.people).to.equal(3);
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([4]);
    const set = (sel: string, v: string) => { const i = el.shadowRoot!.querySelector<HTMLInputElement>(sel)!; i.value = v; i.dispatchEvent(new Event('input')); };
    set('#f-premium', '20');
    await el.calculate();
    // 22,000 + 32,900 (低保, 粤府办〔2016〕85号) + 100,000 (capped) = 154,900.00, as from the CSV.
    expect(el.results.published!.totalPayout).to.equal('154900.00');
  });

  it('recalculates when a ratio slider is released', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="330200" date="2015-06-01"></dbbx-fund>`);
    const set = (sel: string, v: string) => { const i = el.shadowRoot!.querySelector<HTMLInputElement>(sel)!; i.value = v; i.dispatchEvent(new Event('input')); };
    set('#f-people', '2000');
    el.generate();
    set('#f-premium', '30');
    const done = new Promise((r) => el.addEventListener('dbbx-projection', r, { once: true }));
    const slider = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input.slider')[0]!;
    slider.value = '0.7';
    slider.dispatchEvent(new Event('input'));
    slider.dispatchEvent(new Event('change'));
    await done;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#f-ratio-0')!.value).to.equal('0.7');
    expect(el.results.whatIf).to.not.equal(null);
  });
});
