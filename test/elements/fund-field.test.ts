// <dbbx-fund> with the files a fund office really has (a field review's findings): Excel total lines, a
// thousands separator in an unquoted amount, a unit in the header, a column guessed wrongly, a title above the
// header, tab-separated and UTF-16 ("Unicode 文本") exports, a header with no rows, a typed 参保人数 kept over a
// new file, and the comparison at phone width.
//
// Figures: 潮府办〔2012〕90号 二、（三）保障水平, residents (2017, with 粤府办〔2016〕85号 in force and no change to
// the general group's figures): “超过 1 万元以上的部分” is paid, “超过 1 万元且不足 3 万元的部分按不低于 50%”,
// “超过 3 万元以上部分按不低于 60%”, “年度累计赔付限额为不低于 10 万元”. So a burden of
//   12,000 → 2,000 × 50% = 1,000.00;   30,000 → 20,000 × 50% = 10,000.00;
//   50,000 → 10,000 + 20,000 × 60% = 22,000.00;   52,000 → 10,000 + 22,000 × 60% = 23,200.00;
//   125,000 → 10,000 + 95,000 × 60% = 67,000.00;   12,500 → 2,500 × 50% = 1,250.00.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/fund-entry.js';
import type { DbbxFund } from '../../src/elements/fund/fund.js';
import { $, axe, set } from './fund-helpers.js';

// The reviewer's file as Chinese Excel writes it (GB18030), bytes from `iconv -t GB18030`:
// 人员编号,姓名,个人负担 / P1,某,50000 / P2,某,30000 / P3,某,12000 / 合计,,92000
const TOTAL_GBK = 'c8cbd4b1b1e0bac52cd0d5c3fb2cb8f6c8cbb8bab5a30a50312cc4b32c35303030300a50322cc4b32c33303030300a50332cc4b32c31323030300abacfbcc62c2c39323030300a';
const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => parseInt(b, 16)));
const utf16le = (s: string, bom = true) => {
  const out = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); out.push(c & 0xff, c >> 8); }
  return new Uint8Array(out);
};
async function load(el: DbbxFund, body: string | Uint8Array, name = 'claims.csv') {
  await el.loadFile(new File([body as BlobPart], name));
  await el.updateComplete;
}
async function run(el: DbbxFund, premium = '20') {
  set(el, '#f-premium', premium);
  await el.calculate();
  await el.updateComplete;
}
const fresh = () => fixture<DbbxFund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
const text = (el: DbbxFund, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<dbbx-fund> field review: total lines are not people', () => {
  it('leaves out a GBK 合计 line (and 小计 / 总 计 / Total) with a message naming its line, total 33,000.00', async () => {
    const el = await fresh();
    await load(el, hex(TOTAL_GBK));
    expect(el.encoding!.encoding).to.equal('gb18030');
    expect(el.population.people).to.equal(3);
    expect(el.population.skipped.map((s) => s.line)).to.deep.equal([5]);
    expect(text(el, '.skipped')).to.contain('第 5 行').and.contain('合计行').and.contain('列“人员编号”');
    await run(el);
    // 22,000.00 + 10,000.00 + 1,000.00 (header comment) = 33,000.00; the 合计 line's 92,000 is nobody's burden.
    expect(el.results.published!.totalPayout).to.equal('33000.00');
    expect(el.results.published!.people).to.equal(3);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '.skipped')).to.contain('Line 5: a total line (column "人员编号" says "合计"), not a person');
    el.lang = 'zh-CN';

    await load(el, '人员编号,姓名,个人负担\nP1,某,50000\n小计,,50000\nP2,某,30000\n,总 计：,80000\nTotal,,80000\n');
    expect(el.population.people).to.equal(2);
    expect(el.population.skipped.map((s) => s.line)).to.deep.equal([3, 5, 6]);
    expect(text(el, '.skipped')).to.contain('列“姓名”为“总 计：”');
    await run(el);
    expect(el.results.published!.totalPayout).to.equal('32000.00');
  });
});

describe('<dbbx-fund> field review: rows with more or fewer fields than the header', () => {
  it('refuses 1,234.50 unquoted (4 fields under 3 columns) and a short row, each on its line, never 1.00', async () => {
    const el = await fresh();
    await load(el, '人员编号,姓名,个人负担\nP1,张三,1,234.50\nP2,李四,50000\nP3,李四,30000\nP4,王五\nP5,赵六,12000,\n');
    // Line 6's trailing empty field loses nothing: it is read.
    expect(el.population.people).to.equal(3);
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([2, 5]);
    const list = text(el, '.bad');
    expect(list).to.contain('第 2 行：这一行有 4 个字段，表头只有 3 列').and.contain('列“个人负担”').and.contain('千位分隔符');
    expect(list).to.contain('第 5 行：这一行只有 2 个字段，表头有 3 列：缺少列“个人负担”');
    await run(el);
    // 22,000.00 + 10,000.00 + 1,000.00 = 33,000.00.
    expect(el.results.published!.totalPayout).to.equal('33000.00');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '.bad')).to.contain('Line 2: this row has 4 fields but the header has 3 columns').and.contain('thousands separator');
  });
});

describe('<dbbx-fund> field review: the unit written in the header', () => {
  it('reads 个人负担（万元） 5.2 as 52,000 元 and 个人负担(分) 5200000 as 52,000 元, exactly, and says which unit', async () => {
    const el = await fresh();
    await load(el, '人员编号,个人负担（万元）\nP1,5.2\nP2,12.5\nP3,1.23456789\n');
    expect($<HTMLSelectElement>(el, '#map-selfPaid')!.value).to.equal('1');
    expect(text(el, '#map-selfPaid-note')).to.contain('按表头写明的单位“万元”读取');
    // 1.23456789 万元 = 12,345.6789 元: not a whole 分, refused rather than rounded.
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([4]);
    expect(text(el, '.bad')).to.contain('不是整分');
    await run(el);
    // 5.2 万元 = 52,000 元 → 23,200.00; 12.5 万元 = 125,000 元 → 67,000.00; total 90,200.00.
    expect(el.results.published!.totalPayout).to.equal('90200.00');

    await load(el, '人员编号,个人负担(分)\nP1,5200000\nP2,1250000\nP3,1250000.5\n');
    expect(text(el, '#map-selfPaid-note')).to.contain('“分”');
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([4]);
    await run(el);
    // 5,200,000 分 = 52,000 元 → 23,200.00; 1,250,000 分 = 12,500 元 → 1,250.00; total 24,450.00.
    expect(el.results.published!.totalPayout).to.equal('24450.00');
  });

  it('reads a title line\'s 单位：万元, says 元 when no unit is written, and refuses 千元 instead of reading it as 元', async () => {
    const el = await fresh();
    await load(el, '2024年度大病保险结算明细（单位：万元）,\n人员编号,个人负担\nP1,5.2\n');
    expect(text(el, '#map-selfPaid-note')).to.contain('第 1 行写明的“单位：万元”');
    await run(el);
    expect(el.results.published!.totalPayout).to.equal('23200.00');

    await load(el, '人员编号,个人负担\nP1,52000\n');
    expect(text(el, '#map-selfPaid-note')).to.contain('按元读取');

    await load(el, '人员编号,个人负担（千元）\nP1,52\n');
    expect(el.population.people).to.equal(0);
    expect(text(el, '.mapping-problem')).to.contain('单位“千元”无法准确换算为元');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '.mapping-problem')).to.contain('Column "个人负担（千元）" states the unit "千元"');
    el.lang = 'zh-CN';
    await run(el);
    expect(el.results.published).to.equal(null);
  });
});

describe('<dbbx-fund> field review: the burden column is never a silent guess', () => {
  it('skips 自付比例 and 此前累计个人负担, and says beside the select that the pick is a guess', async () => {
    const el = await fresh();
    await load(el, '人员编号,自付比例,个人负担合计\nP1,0.1,50000\nP2,0.2,30000\n');
    expect($<HTMLSelectElement>(el, '#map-selfPaid')!.value).to.equal('2');
    expect(text(el, '#map-selfPaid-note')).to.contain('按列名推测为“个人负担合计”');
    expect($(el, '#map-selfPaid')!.getAttribute('aria-describedby')).to.equal('map-selfPaid-note');
    await run(el);
    // 22,000.00 + 10,000.00 = 32,000.00 (not 0.00 from ratios read as yuan).
    expect(el.results.published!.totalPayout).to.equal('32000.00');

    await load(el, '人员编号,此前累计个人负担,本次个人负担\nP1,90000,1000\nP2,0,50000\n');
    expect($<HTMLSelectElement>(el, '#map-selfPaid')!.value).to.equal('2');
    expect(text(el, '#map-selfPaid-note')).to.contain('按列名推测').and.contain('文件另有列“此前累计个人负担”');

    // An exact name is not a guess: no note of one.
    await load(el, '人员编号,个人负担\nP1,50000\n');
    expect(text(el, '#map-selfPaid-note')).to.not.contain('推测');
  });
});

describe('<dbbx-fund> field review: a typed 参保人数 survives a new file', () => {
  it('keeps 240万 over a second file and says so; fills the loaded count when nothing was typed', async () => {
    const el = await fresh();
    await load(el, '人员编号,个人负担\nP1,50000\nP2,30000\n');
    expect($<HTMLInputElement>(el, '#f-insured')!.value).to.equal('2');
    set(el, '#f-insured', '240万');
    set(el, '#f-premium', '18');
    set(el, '#f-threshold', '8000');
    await load(el, '人员编号,个人负担\nP1,50000\nP2,30000\nP3,12000\n');
    expect($<HTMLInputElement>(el, '#f-insured')!.value).to.equal('240万');
    expect(text(el, '#f-insured-hint')).to.contain('保留了您填写的参保人数 240万（本次载入 3 人，未替换）');
    await el.calculate();
    // 18 元 × 2,400,000 = 43,200,000.00 premium income (not 18 × 3); published payout 33,000.00 (header comment).
    expect(el.results.published!.premiumIncome).to.equal('43200000.00');
    expect(el.results.published!.totalPayout).to.equal('33000.00');
    // Cleared, the field follows the next file again.
    set(el, '#f-insured', '');
    await load(el, '人员编号,个人负担\nP1,50000\n');
    expect($<HTMLInputElement>(el, '#f-insured')!.value).to.equal('1');
  });
});

describe('<dbbx-fund> field review: odd files say what they are', () => {
  it('a header-only file says there is no one to project; no 0% ratios', async () => {
    const el = await fresh();
    await load(el, '人员编号,个人负担\n');
    expect(el.fileError?.code).to.equal('header-only');
    expect(text(el, '.file-problem')).to.contain('只有表头');
    expect(text(el, '.loaded')).to.contain('文件 claims.csv 中没有可测算的人');
    await run(el);
    expect(el.results.published).to.equal(null);
    expect(text(el, '.error-summary')).to.contain('没有可测算的人');
    expect($(el, 'table[part="table"]')).to.equal(null);
    // Every row refused: the same, not "已载入 0 人" and 0 ÷ 0.
    await load(el, '人员编号,个人负担\nP1,一万\n');
    expect(text(el, '.loaded')).to.contain('没有可测算的人');
    await run(el);
    expect(el.results.published).to.equal(null);
  });

  it('skips a title line above the header, and never shows a blank column name', async () => {
    const el = await fresh();
    await load(el, '2024年度大病保险结算明细,,\n人员编号,姓名,个人负担\nP1,某,50000\nP2,某,30000\nP3,某,12000\n');
    expect(el.population.people).to.equal(3);
    expect(text(el, '.titles')).to.contain('第 1 行看作标题，已跳过；表头为第 2 行');
    const names = [...el.shadowRoot!.querySelectorAll('#map-selfPaid option')].map((o) => o.textContent!.trim());
    expect(names).to.deep.equal(['（无）', '人员编号', '姓名', '个人负担']);
    await run(el);
    expect(el.results.published!.totalPayout).to.equal('33000.00');
    // The person can say the header is another line.
    const pick = $<HTMLSelectElement>(el, '#f-headerline')!;
    expect(pick.value).to.equal('1');

    // A title and a date above a wide header are still a title; an unquoted 1,234.50 on the first data line
    // (one field more than the header) does not make that line the header.
    await load(el, '结算明细,,,,,制表日期：2024-01-05\n人员编号,姓名,性别,人员类别,险种,个人负担\nP1,某,男,,居民,50000\n');
    expect(text(el, '.titles')).to.contain('表头为第 2 行');
    expect(el.population.people).to.equal(1);
    await load(el, '人员编号,姓名,个人负担\nP1,张三,1,234.50\nP2,李四,50000\n');
    expect(text(el, '.titles')).to.equal('');
    expect(el.population.bad.map((b) => b.line)).to.deep.equal([2]);

    // A column with no name is named by its place, in options and in messages.
    await load(el, '人员编号,,个人负担\nP1,x,abc\n');
    const opts = [...el.shadowRoot!.querySelectorAll('#map-id option')].map((o) => o.textContent!.trim());
    expect(opts).to.contain('第 2 列（无列名）');
    expect(opts.some((o) => o === '')).to.equal(false);
  });

  it('reads tab- and semicolon-separated files and says so', async () => {
    const el = await fresh();
    await load(el, '人员编号\t个人负担\nP1\t50000\n"P2"\t"30000"\n', 'claims.txt');
    expect(el.population.people).to.equal(2);
    expect(text(el, '.delimiter')).to.contain('制表符');
    await run(el);
    expect(el.results.published!.totalPayout).to.equal('32000.00');
    await load(el, '人员编号;个人负担\nP1;50000\nP2;30000\n');
    expect(text(el, '.delimiter')).to.contain('分号');
    await run(el);
    expect(el.results.published!.totalPayout).to.equal('32000.00');
  });

  it('reads a UTF-16 file (Excel\'s "Unicode 文本", tab-separated), with or without a byte-order mark, and says so', async () => {
    const el = await fresh();
    await load(el, utf16le('人员编号\t个人负担\r\nP1\t50000\r\nP2\t30000\r\n'), 'claims.txt');
    expect(el.fileError).to.equal(null);
    expect(el.encoding!.encoding).to.equal('utf-16le');
    expect(text(el, '.encoding')).to.contain('UTF-16');
    await run(el);
    expect(el.results.published!.totalPayout).to.equal('32000.00');
    await load(el, utf16le('人员编号,个人负担\nP1,50000\n', false));
    expect(el.population.people).to.equal(1);
    await run(el);
    expect(el.results.published!.totalPayout).to.equal('22000.00');
  });
});

describe('<dbbx-fund> field review: the comparison at 360 px', () => {
  it('shows each figure as a card at phone width: every value whole and inside the screen', async () => {
    const el = await fixture<DbbxFund>(html`<dbbx-fund style="width: 360px" region="445100" date="2017-06-01"></dbbx-fund>`);
    await load(el, '人员编号,个人负担\n' + Array.from({ length: 200 }, (_, i) => `P${i},${(i + 1) * 4_000}`).join('\n'));
    set(el, '#f-threshold', '8000');
    set(el, '#f-insured', '240万');
    await run(el);
    // No animation frame: a background tab (two test files run at once) may never draw one.
    await el.updateComplete;
    expect($(el, '.scroll.stacked')).to.not.equal(null);
    const right = el.getBoundingClientRect().right;
    const values = [...el.shadowRoot!.querySelectorAll<HTMLElement>('table[part="table"] td')];
    expect(values.length).to.be.greaterThan(20);
    for (const td of values) {
      expect(td.scrollWidth, td.textContent!).to.be.at.most(td.clientWidth);
      expect(td.getBoundingClientRect().right, td.textContent!).to.be.at.most(right);
    }
    const scroll = $(el, '.scroll')!;
    expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
    // Each value says which column it is.
    expect(values[1]!.getAttribute('data-label')).to.equal('调整方案');
    expect(getComputedStyle(values[1]!, '::before').content).to.equal('"调整方案"');
    expect((await axe.run(el, { resultTypes: ['violations'] })).violations.map((v) => v.id)).to.deep.equal([]);
  });
});
