// <dbbx-fund>: an officer's projection, driven as a person would, every figure checked against the engine.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/fund-entry.js';
import { projectFund, syntheticPopulation } from '../../src/engine/index.js';
import type { DbbxFund } from '../../src/elements/fund/fund.js';
import { $, axe, set } from './fund-helpers.js';
import { buildXlsx, type Cell } from '../fixtures/fund-xlsx.js';
import { openFrame, until } from '../frames.js';

const cells = (el: DbbxFund) => [...el.shadowRoot!.querySelectorAll('table[part="table"] tbody tr')].map((tr) =>
  [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

describe('<dbbx-fund>', () => {
  it('projects a synthetic population as published and with a what-if, in slices, matching the engine', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    set(el, '#f-people', '250000');
    set(el, '#f-hospitalised', '100%');
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
    const burdenFen = syntheticPopulation({ people: 250000, hospitalised: 1, median: 8000, spread: 1.3, seed: 3 });
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
    expect($(el, '.error-summary')!.textContent).to.contain('Band 1 ratio: cannot be above 100%.');
    expect($(el, '.error-summary a')!.getAttribute('href')).to.equal('#f-ratio-0');
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

// ---- issue 12: files as offices have them, every field, a believable first screen ----------------------

const bytesOf = async (path: string) => new Uint8Array(await (await fetch(path)).arrayBuffer());
const loadText = async (el: DbbxFund, text: string, name = 'claims.csv') => {
  await el.loadFile(new File([text], name, { type: 'text/csv' }));
  await el.updateComplete;
};

describe('<dbbx-fund> reading files as offices have them', () => {
  it('reads a GB18030 CSV from Chinese Excel: says so, maps Chinese headers, takes 个人负担 over 其他自付费用, accepts 低保 / 特困', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const bytes = await bytesOf('/test/fixtures/fund-gbk.csv');
    await el.loadFile(new File([bytes], 'claims.csv'));
    await el.updateComplete;
    expect(el.encoding).to.deep.equal({ encoding: 'gb18030', detected: true });
    expect($(el, '.encoding')!.textContent).to.contain('GB18030').and.contain('自动识别');
    // 其他自付费用 comes first in the file; the burden column is the one named exactly 个人负担.
    expect($<HTMLSelectElement>(el, '#map-selfPaid')!.value).to.equal('3');
    expect($<HTMLSelectElement>(el, '#map-otherSelfPaid')!.value).to.equal('2');
    expect($<HTMLSelectElement>(el, '#map-group')!.value).to.equal('1');
    expect($<HTMLSelectElement>(el, '#map-id')!.value).to.equal('0');
    expect(el.population).to.deep.equal({ people: 4, bad: [], skipped: [] });
    await el.calculate();
    // 潮府办〔2012〕90号 二（三）with 粤府办〔2016〕85号, 2017, resident:
    //   P1 低保 50,000 → 32,900 (as in the test above); P2 general 50,000 → 20,000 × 50% + 20,000 × 60% = 22,000;
    //   P3 特困 5,000: threshold 10,000 lowered by 80% to 2,000, ratio 80% → 3,000 × 80% = 2,400;
    //   P4 general 40,000 → 20,000 × 50% + 10,000 × 60% = 16,000. Total 73,300.00.
    expect(el.results.published!.totalPayout).to.equal('73300.00');
    expect(el.results.published!.byGroup['extreme-poverty']).to.deep.equal({ people: 1, payout: '2400.00' });
  });

  it('reads a UTF-8 export with one damaged line as UTF-8 and refuses that line by its number, not counting it', async () => {
    // Not valid UTF-8 throughout, the file was read as GB18030: 低保, 特困 and 普通 became other characters and
    // three people were refused; once read as UTF-8, the damaged line (P5) was counted with U+FFFD in its id.
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const enc = new TextEncoder();
    const text = '编号,人群,其他自付费用,个人负担\nP1,低保,,50000\nP2,,0,50000\nP3,特困,,5000\nP4,普通,,40000\n';
    const bytes = new Uint8Array([...enc.encode(text), ...enc.encode('P5'), 0xff, 0xfe, ...enc.encode(',,,30000\n')]);
    await el.loadFile(new File([bytes], 'export.csv'));
    await el.updateComplete;
    expect(el.encoding).to.deep.equal({ encoding: 'utf-8', detected: true });
    expect(el.population.people).to.equal(4);
    expect(el.population.bad.map((b) => [b.line, b.zh])).to.deep.equal([[6,
      '这一行有不能按 UTF-8 读取的字节（已损坏，或来自另一种编码），整行未计入（文件不是 UTF-8 时请在“文件编码”中选择）。']]);
    expect($(el, '.bad')!.textContent).to.contain('第 6 行');
    await el.calculate();
    // As the GB18030 file above: 32,900 + 22,000 + 2,400 + 16,000 = 73,300.00. P5 counted would add
    // (30,000 − 10,000) × 50% = 10,000 (潮府办〔2012〕90号 二（三）).
    expect(el.results.published!.totalPayout).to.equal('73300.00');
  });

  it('never takes otherSelfPaid / otherSelfPaidLimit for the burden, whichever comes first', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    await loadText(el, 'otherSelfPaid,otherSelfPaidLimit,burden,group\n0,0,50000,\n');
    expect($<HTMLSelectElement>(el, '#map-selfPaid')!.value).to.equal('2');
    expect($<HTMLSelectElement>(el, '#map-otherSelfPaid')!.value).to.equal('0');
    await el.calculate();
    // 潮府办〔2012〕90号 二（三）: 20,000 × 50% + 20,000 × 60% = 22,000.00 — not 0.00 from the other column.
    expect(el.results.published!.totalPayout).to.equal('22000.00');
  });

  it('lets the officer override the encoding, and says which was used', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01" lang="en"></dbbx-fund>`);
    const bytes = await bytesOf('/test/fixtures/fund-gbk.csv');
    await el.loadFile(new File([bytes], 'claims.csv'), 'utf-8');
    await el.updateComplete;
    expect($(el, '.encoding')!.textContent).to.contain('Read as UTF-8 (as chosen)');
    expect(el.population.people).to.equal(0);
    const select = $<HTMLSelectElement>(el, '#f-encoding')!;
    select.value = 'gb18030';
    select.dispatchEvent(new Event('change'));
    await until(() => el.population.people === 4, 'the file to be read again');
    await el.updateComplete;
    expect($(el, '.encoding')!.textContent).to.contain('Read as GB18030');
  });

  it('numbers bad rows by the file\'s own lines (blank lines, multi-line cells) and keeps the good ones, stray and unclosed quotes included', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const csv = [
      'id,note,selfPaid', // 1
      'A,ok,50000', // 2
      '', // 3
      'B,"two', // 4
      'lines",x', // 5 (B is bad: "x" is not an amount; reported at line 4, where it starts)
      'C,19" monitor,50000', // 6: a stray quote in an unquoted cell is text
      'D,,abc', // 7
      'E,"never closed,50000', // 8: an unclosed quote loses only its own line
      'F,,40000', // 9
      'G,"closed"and more,50000', // 10: text after a closing quote
      'I,"closed" and more,50000', // 11: the same, after a space
      'H,"end,1', // 12: unclosed at the end
    ].join('\n');
    let rejected: unknown = null;
    await el.loadFile(new File([csv], 'claims.csv')).catch((e) => { rejected = e; });
    await el.updateComplete;
    expect(rejected).to.equal(null);
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([4, 7, 8, 10, 11, 12]);
    expect(el.population.people).to.equal(3);
    expect($(el, '.bad')!.textContent).to.contain('第 8 行').and.contain('引号没有闭合');
    await el.calculate();
    // A 22,000 + C 22,000 + F 16,000 (10,000 + 6,000) = 60,000.00 (潮府办〔2012〕90号 二（三）).
    expect(el.results.published!.totalPayout).to.equal('60000.00');
  });

  it('says on the page what is wrong with a binary file, a non-zip .xlsx and a truncated .xlsx — never an unhandled rejection', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => { unhandled.push(e.reason); e.preventDefault(); };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      await el.loadFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])], 'claims.csv'));
      await el.updateComplete;
      expect(el.fileError!.code).to.equal('binary');
      expect($(el, '.file-problem')!.textContent).to.contain('不是文本文件');
      await el.loadFile(new File(['id,selfPaid\n1,2\n'], 'claims.xlsx'));
      await el.updateComplete;
      expect(el.fileError!.code).to.equal('not-xlsx');
      expect($(el, '.file-problem')!.textContent).to.contain('不是有效的 .xlsx');
      const whole = await bytesOf('/test/fixtures/claims.xlsx');
      await el.loadFile(new File([whole.slice(0, Math.floor(whole.length / 2))], 'claims.xlsx'));
      await el.updateComplete;
      expect(el.fileError!.code).to.equal('truncated-xlsx');
      expect($(el, '.file-problem')!.textContent).to.contain('不完整');
      expect(el.population.people).to.equal(0);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('says a date-formatted XLSX cell is a date, not "has a space inside"', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const xlsx = buildXlsx([['编号', '个人负担'], ['A', 50000], ['B', { date: 45352 }]]);
    await el.loadFile(new File([xlsx], 'claims.xlsx'));
    await el.updateComplete;
    expect(el.population.people).to.equal(1);
    expect(el.population.bad).to.have.length(1);
    expect(el.population.bad[0]!.line).to.equal(3);
    expect(el.population.bad[0]!.zh).to.contain('日期格式').and.not.contain('空格');
    expect(el.population.bad[0]!.en).to.contain('formatted as a date');
  });

  it('exports each person with the file\'s line and id, group names in the page\'s language', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01" lang="en"></dbbx-fund>`);
    await loadText(el, '人员编号,人群,个人负担\n=cmd|calc,低保,50000\nX2,贵宾,100\n\nX3,,40000\n');
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([3]);
    await el.calculate();
    const lines = el.exportText().replace(/^\ufeff/, '').trim().split('\r\n');
    // Payouts as in the GB18030 test: 低保 50,000 → 32,900.00; general 40,000 → 16,000.00.
    expect(lines).to.deep.equal([
      'line,人员编号,selfPaid,group,payout',
      // The id that would run as a formula is text with a leading ', quoted (the CLI's rule, src/fund/csv-cell.ts).
      `2,"'=cmd|calc",50000.00,subsistence-allowance recipients,32900.00`,
      '5,X3,40000.00,general insured,16000.00',
    ]);
  });

  it('reads a 1,000,000-row CSV without holding the page, with the progress bar', async function () {
    this.timeout(60000);
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const parts: string[] = ['id,selfPaid\n'];
    for (let i = 0; i < 1_000_000; i++) parts.push(`${i},${(i % 500) * 100}\n`);
    const file = new File(parts, 'big.csv');
    let last = performance.now();
    let longest = 0;
    let sawProgress = false;
    const watch = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if ($(el, 'progress[part="progress"]')) sawProgress = true;
    }, 10);
    await el.loadFile(file);
    clearInterval(watch);
    expect(el.population.people).to.equal(1_000_000);
    expect(sawProgress).to.equal(true);
    // Before: one 3.1 s block. Slices keep every gap well under a second even on a busy 2-core machine.
    expect(longest).to.be.below(1000);
  });
});

describe('<dbbx-fund> fund inputs', () => {
  it('reads 参保人数 "240万" and "2,400,000", 目标结余率 "4%" and a band ratio "60%"', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    await loadText(el, '个人负担\n50000\n');
    set(el, '#f-insured', '240万');
    set(el, '#f-premium', '20元');
    set(el, '#f-margin', '4%');
    set(el, '#f-ratio-1', '65%');
    await el.calculate();
    expect($(el, '.error-summary')).to.equal(null);
    // 20 × 2,400,000 = 48,000,000.00 premium income. What-if band 2 at 65%: 10,000 + 20,000 × 65% = 23,000.
    expect(el.results.published!.premiumIncome).to.equal('48000000.00');
    expect(el.results.whatIf!.totalPayout).to.equal('23000.00');
    // 22,000 / (0.96 × 2,400,000) = 0.009548… → 0.01 元 per person, rounded up.
    expect(el.results.published!.premiumForMargin).to.equal('0.01');
    set(el, '#f-insured', '2,400,000');
    set(el, '#f-ratio-1', '60%');
    await el.calculate();
    expect(el.results.published!.premiumIncome).to.equal('48000000.00');
    expect(el.results.whatIf!.totalPayout).to.equal('22000.00');
  });

  it('lists every bad field at once, each linked to its field', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01" lang="en"></dbbx-fund>`);
    await loadText(el, 'selfPaid\n50000\n');
    set(el, '#f-insured', '0x10');
    set(el, '#f-premium', '');
    set(el, '#f-margin', '100%');
    set(el, '#f-ratio-0', '150%');
    await el.calculate();
    await el.updateComplete;
    expect(el.results.published).to.equal(null);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#f-insured', '#f-premium', '#f-margin', '#f-ratio-0']);
    expect(links[0]!.textContent).to.contain('Insured people: "0x10" is not a number of people');
    expect(links[2]!.textContent).to.contain('Target margin: must be below 100%.');
    links[3]!.click();
    expect(el.shadowRoot!.activeElement!.id).to.equal('f-ratio-0');
    expect($(el, '#f-insured')!.getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('<dbbx-fund> a first screen an officer believes', () => {
  // The element's own defaults: the synthetic insured population as it comes, the premium the document
  // states (甬政办发〔2013〕268号 四（二）30 元; 潮府办〔2012〕90号 二（四）≤ 20 元 resident, ≤ 60 元 employee).
  for (const [region, scheme, premium] of [['330200', 'resident', '30'], ['445100', 'resident', '20'], ['445100', 'employee', '60']] as const) {
    it(`${region} ${scheme}: premium prefilled at ${premium} 元, loss ratio 50–150%, few people above the threshold`, async function () {
      this.timeout(30000);
      const el = await fixture<DbbxFund>(html`<dbbx-fund region=${region} scheme=${scheme} date="2017-06-01"></dbbx-fund>`);
      expect($<HTMLInputElement>(el, '#f-premium')!.value).to.equal(premium);
      expect($(el, '#f-premium-hint')!.textContent).to.contain(region === '330200' ? '甬政办发〔2013〕268号' : '潮府办〔2012〕90号');
      el.generate();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-insured')!.value).to.equal('1,000,000');
      await el.calculate();
      const r = el.results.published!;
      const loss = Number(r.lossRatio);
      expect(loss, `loss ratio ${r.lossRatio}`).to.be.within(0.5, 1.5);
      expect(r.peopleAboveThreshold / 1_000_000, 'share above the threshold').to.be.below(0.02);
      expect(cells(el).map((row) => row[0])).to.include.members(['受益率（获得支付人数÷参保人数）', '人均支出（支出÷参保人数，元）']);
    });
  }

  it('draws axes with ticks, marks the threshold and the cap, and gives the numbers as tables', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    set(el, '#f-people', '20000');
    el.generate();
    await el.calculate();
    await el.updateComplete;
    const curve = $(el, 'figure[part="curve"]')!;
    const marks = [...curve.querySelectorAll('text.mark')].map((t) => t.textContent);
    // 潮府办〔2012〕90号 二（三）: threshold 1万, payout cap 10万.
    expect(marks).to.deep.equal(['起付标准 1万', '封顶 10万']);
    expect(curve.querySelectorAll('svg text').length).to.be.above(8);
    const rows = [...curve.querySelectorAll('.table-view tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    // At the threshold nothing is paid; at 30,000 the first band is full: 20,000 × 50% = 10,000.00.
    expect(rows[0]).to.equal('10,000.00 0.00');
    expect(rows[1]).to.equal('30,000.00 10,000.00');
    expect($(el, 'figure[part="histogram"] .table-view tbody tr')).to.not.equal(null);
    for (const t of el.shadowRoot!.querySelectorAll('svg text')) expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
  });
});

describe('<dbbx-fund> under a strict CSP with Trusted Types', () => {
  it('reads a 100,000-row XLSX (parts over 512 KB) with no worker and no violation', async function () {
    this.timeout(60000);
    const rows: Cell[][] = [['编号', '个人负担']];
    for (let i = 0; i < 100_000; i++) rows.push([`P${i}`, (i % 700) * 100]);
    const xlsx = buildXlsx(rows);
    const f = await openFrame('/test/fixtures/fund-strict-csp.html');
    const el = await until(() => {
      const x = f.contentDocument?.querySelector('dbbx-fund') as DbbxFund | null;
      return x && typeof x.loadFile === 'function' ? x : null;
    }, 'the fund element to upgrade');
    await el.loadFile(new File([xlsx], 'big.xlsx'));
    expect(el.fileError).to.equal(null);
    expect(el.population.people).to.equal(100_000);
    expect((f.contentWindow as Window & { __violations: string[] }).__violations).to.deep.equal([]);
    f.remove();
  });
});

describe('<dbbx-fund> on the demo\'s GBK sample', () => {
  it('reads demo/fund-claims-gbk.csv: 120 people, multi-line notes, one bad row by its own line', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    await el.loadFile(new File([await bytesOf('/demo/fund-claims-gbk.csv')], 'fund-claims-gbk.csv'));
    await el.updateComplete;
    expect(el.encoding!.encoding).to.equal('gb18030');
    expect($<HTMLSelectElement>(el, '#map-selfPaid')!.value).to.equal('4');
    expect($<HTMLSelectElement>(el, '#map-id')!.value).to.equal('0');
    // "一万二" on line 38 is the one bad row; the two notes that span two lines do not shift the count.
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([38]);
    expect(el.population.people).to.equal(119);
  });
});
