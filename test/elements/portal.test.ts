// Issue: "A patient on a portal". Start from the hospital's 结算单, understand the answer, read it on a phone.
import { expect, html, fixture } from '@open-wc/testing';
import { sendKeys, setViewport, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DbbxCalculator } from '../../src/elements/index.js';
import { openFrame, until } from '../frames.js';
import { openHelp } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function calc(attrs: string): Promise<DbbxCalculator> {
  // The element itself to fixture(), so it waits on updateComplete: a plain wrapper would wait for an animation
  // frame, which a test file running in a background tab does not get.
  const t = document.createElement('template');
  t.innerHTML = `<dbbx-calculator ${attrs}></dbbx-calculator>`;
  const el = await fixture<DbbxCalculator>(t.content.firstElementChild!);
  await el.updateComplete;
  return el;
}

async function fill(el: DbbxCalculator, sel: string, value: string) {
  const i = $<HTMLInputElement>(el, sel)!;
  i.value = value;
  i.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const payout = (el: DbbxCalculator) => text($(el, '[part="payout"]'));

describe('where to find the number on the 结算单', () => {
  const cases: [string, string, string[], string[]][] = [
    // region, date, lines that count (by their slip name), document cited
    ['330200', '2015-06-01', ['起付标准内个人自付', '起付标准以上按比例自付', '超过统筹基金最高支付限额的费用'], ['甬政办发〔2013〕268号 五、保障范围']],
    ['445100', '2015-06-01', ['起付标准以上按比例自付', '乙类先行自付'], ['潮府办〔2012〕90号 二、（三）保障水平']],
    ['320281', '2021-06-01', ['起付标准内个人自付', '起付标准以上按比例自付'], ['江阴市城乡居民大病保险制度 二、（三）保障范围']],
    ['320411', '2022-06-01', ['起付标准内个人自付', '起付标准以上按比例自付', '乙类先行自付', '全自费（目录外）'], ['常开委办〔2021〕143号 三、保障标准']],
  ];
  for (const [region, date, counted, docs] of cases) {
    it(`says which lines count in ${region}, each with its clause`, async () => {
      const el = await calc(`region="${region}" date="${date}"`);
      // Its lines arrive with the first opening: a summary click, as a person opens it.
      const help = await openHelp(el);
      expect(help.open).to.equal(true);
      const rows = [...help.querySelectorAll('.slip-drawing tbody tr')];
      const counts = rows.filter((r) => r.classList.contains('counts')).map((r) => text(r.querySelector('th')));
      expect(counts).to.deep.equal(counted);
      for (const d of docs) expect(text(help)).to.contain(d);
      // Every line that counts or not says so in words, with a citation; open ones say the document is silent.
      for (const r of rows.filter((x) => x.classList.contains('open'))) expect(text(r)).to.contain('没有');
    });
  }

  it('adds the lines read off the slip and fills the amount with the sum it shows', async () => {
    const el = await calc('region="330200" date="2015-06-01"');
    await openHelp(el);
    await fill(el, '#f-slip-deductible', '1,200');
    await fill(el, '#f-slip-copay', '21500');
    await fill(el, '#f-slip-overLimit', '0');
    // 1,200 + 21,500 + 0 = 22,700.00.
    expect(text($(el, '.adder .sum'))).to.contain('1,200.00 + 21,500.00 + 0.00 = 22,700.00');
    $<HTMLButtonElement>(el, '.use-sum')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-selfPaid')!.value).to.equal('22700.00');
    // (22,700 − 20,000) × 50% = 1,350.00 (甬政办发〔2013〕268号 五).
    expect(payout(el)).to.equal('本次大病保险支付 1,350.00 元');
  });
});

describe('one discharge at a time', () => {
  it('pays what the year-to-date form pays on the hand-worked cases', async () => {
    const cases: [string, string, string, string[], string][] = [
      // Ningbo: 120,000 this time after 30,000 → 72,500 − 5,000 = 67,500.00 (甬政办发〔2013〕268号 五).
      ['region="330200" date="2015-06-01"', '120000', '', ['30000'], '本次大病保险支付 67,500.00 元'],
      // The same with the earlier 30,000 as two discharges.
      ['region="330200" date="2015-06-01"', '120000', '', ['10000', '20,000'], '本次大病保险支付 67,500.00 元'],
      // Chaozhou 低保 2017: 170,000 after 30,000 → 137,900 − 18,900 = 119,000.00 (粤府办〔2016〕85号 三（三）).
      ['region="445100" date="2017-06-01" group="subsistence"', '170000', '', ['30000'], '本次大病保险支付 119,000.00 元'],
      // Xinbei: 4,000 after 1,000 catalogue self-pay, 3,000 other costs → (5,000 + 1,500) − 1,000 = 5,500.00.
      ['region="320411" date="2021-06-01"', '4000', '3000', ['1000'], '本次低保对象大病补充保险支付 5,500.00 元'],
    ];
    for (const [attrs, thisOne, other, earlier, expected] of cases) {
      const el = await calc(`${attrs} entry="discharge"`);
      await fill(el, '#f-thisDischarge', thisOne);
      for (let i = 0; i < earlier.length; i++) {
        if (i > 0) { $<HTMLButtonElement>(el, '.add-earlier')!.click(); await el.updateComplete; }
        await fill(el, `#f-earlier-${i}`, earlier[i]!);
      }
      if (other) await fill(el, '#f-thisOther', other);
      expect(payout(el), attrs).to.equal(expected);
      const ytd = await calc(attrs);
      const total = [thisOne, ...earlier].reduce((s, x) => s + Number(x.replace(/,/g, '')), 0);
      ytd.setAmounts({
        selfPaid: String(total), priorSelfPaid: String(total - Number(thisOne)), ...(other ? { otherSelfPaid: other } : {}),
      });
      await ytd.updateComplete;
      expect(payout(ytd), attrs).to.equal(expected);
    }
  });

  it('names the field a bad earlier amount is in', async () => {
    const el = await calc('region="330200" date="2015-06-01" entry="discharge"');
    await fill(el, '#f-thisDischarge', '120000');
    await fill(el, '#f-earlier-0', '3万x');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.error-summary'))).to.contain('此前第 1 次出院');
    expect($(el, '[part="payout"]')).to.equal(null);
  });

  it('never asks a patient for the tender\'s annual limit; an operator sets it as an attribute', async () => {
    const el = await calc('region="320411" date="2021-06-01" entry="discharge"');
    expect($(el, '#f-otherSelfPaidLimit')).to.equal(null);
    const set = await calc('region="320411" date="2021-06-01" other-self-paid-limit="1000"');
    expect($(set, '#f-otherSelfPaidLimit')).to.equal(null);
    set.setAmounts({ selfPaid: '5000', otherSelfPaid: '3000' });
    await set.updateComplete;
    // 5,000 × 100% + min(3,000 × 50%, 1,000) = 6,000.00 (常开委办〔2021〕143号 三, the tendered limit given).
    expect(payout(set)).to.equal('本次低保对象大病补充保险支付 6,000.00 元');
  });
});

describe('an answer in plain words', () => {
  it('says what the patient still pays, and what happens next as the document says', async () => {
    const el = await calc('region="330200" date="2015-06-01"');
    el.setAmounts({ selfPaid: '150000', priorSelfPaid: '30000' });
    await el.updateComplete;
    // This discharge 120,000 − payout 67,500 = 52,500.00 still borne.
    expect(text($(el, '.remaining'))).to.equal('本次出院个人负担 120,000.00 元，大病保险支付后个人仍需负担 52,500.00 元。');
    expect(text($(el, '[part="next-step"]'))).to.contain('一站式').and.contain('甬政办发〔2013〕268号 六、费用结算');
  });

  it('announces the result when typing pauses or on 计算, not after the first digit', async () => {
    const el = await calc('region="330200" date="2015-06-01"');
    const live = $(el, '.announcer')!;
    $<HTMLInputElement>(el, '#f-selfPaid')!.focus();
    await sendKeys({ type: '1' });
    await el.updateComplete;
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 0.00 元');
    expect(text(live)).to.equal('');
    await new Promise((r) => setTimeout(r, 1500));
    await el.updateComplete;
    expect(text(live)).to.contain('本次大病保险支付 0.00 元');
    await sendKeys({ type: '50000' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // 150,000 → 72,500.00, read out at once on 计算 (Enter submits the form).
    expect(text(live)).to.contain('本次大病保险支付 72,500.00 元');
  });

  it('uses the words of its context, and lets the page own the heading', async () => {
    const portal = await calc('region="330200" date="2015-06-01"');
    expect(text($(portal, '.clear'))).to.equal('重新填写');
    expect(text($(portal, '[part~="print-button"]'))).to.equal('打印');
    expect(text($(portal, '[part="title"]'))).to.equal('大病保险待遇测算');
    const desk = await calc('region="330200" date="2015-06-01" context="desk" heading=""');
    expect(text($(desk, '.clear'))).to.equal('清空，下一位');
    expect($(desk, '[part="title"]')).to.equal(null);
    const named = await calc('region="330200" heading="测一测"');
    expect(text($(named, '[part="title"]'))).to.equal('测一测');
    const xinbei = await calc('region="320411" date="2021-06-01"');
    expect(text($(xinbei, '[part="title"]'))).to.equal('低保对象大病补充保险待遇测算');
  });
});

describe('a phone and 200% zoom', () => {
  const inside = (f: HTMLIFrameElement, el: Element | null | undefined) => {
    expect(el, 'element').to.not.equal(null);
    const r = el!.getBoundingClientRect();
    const w = f.contentWindow!.innerWidth;
    return r.width > 0 && r.left >= 0 && r.right <= w + 0.5;
  };
  // A 1280 px window at 200% zoom is a 640 px CSS viewport; a phone is 360 px.
  for (const width of [360, 640]) {
    it(`keeps the portal's payout and every band's figures on screen at ${width} px`, async () => {
      const f = await openFrame('/test/fixtures/print.html?region=330200&date=2015-06-01&selfPaid=150000&priorSelfPaid=30000', width, 900);
      const c = await until(() => f.contentDocument!.querySelector('dbbx-calculator')?.shadowRoot?.querySelector('[part="payout"]') ? f.contentDocument!.querySelector('dbbx-calculator') : null, 'the payout');
      expect(inside(f, c!.shadowRoot!.querySelector('[part="payout"]'))).to.equal(true);
      const b = c!.shadowRoot!.querySelector('dbbx-breakdown')!;
      await until(() => b.shadowRoot?.querySelector('tbody td'), 'the breakdown');
      const figures = [...b.shadowRoot!.querySelectorAll('table[part="table"] td')].filter((td) => text(td) !== '');
      expect(figures.length).to.be.greaterThan(10);
      for (const td of figures) expect(inside(f, td), text(td)).to.equal(true);
      expect(f.contentDocument!.documentElement.scrollWidth).to.be.at.most(width);
      f.remove();
    });

    it(`keeps the desk's 本次支付 on screen at ${width} px`, async () => {
      const f = await openFrame('/test/fixtures/slip.html', width, 900);
      const l = await until(() => f.contentDocument!.querySelector('dbbx-ledger')?.shadowRoot?.querySelector('td.strong') ? f.contentDocument!.querySelector('dbbx-ledger') : null, 'the ledger');
      // The one-file page draws the table first and its figures when the engine arrives: updateComplete waits for both.
      await (l as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const cells = [...l!.shadowRoot!.querySelectorAll('tbody td.strong')];
      // 30,000 → 5,000.00; 150,000 → 67,500.00 this time (甬政办发〔2013〕268号 五).
      expect(cells.map((c) => text(c))).to.deep.equal(['5,000.00', '67,500.00']);
      for (const c of cells) expect(inside(f, c)).to.equal(true);
      expect(f.contentDocument!.documentElement.scrollWidth).to.be.at.most(width);
      f.remove();
    });
  }
});

describe('the bar', () => {
  it('shows its amounts as text, including what the person still bears', async () => {
    const el = await calc('region="330200" date="2015-06-01"');
    el.setAmounts({ selfPaid: '150000' });
    await el.updateComplete;
    const b = $(el, 'dbbx-breakdown')! as HTMLElement & { updateComplete: Promise<unknown> };
    await b.updateComplete;
    // Below the threshold 20,000; paid 72,500; borne above it 150,000 − 20,000 − 72,500 = 57,500; in all 77,500.
    const legend = text(b.shadowRoot!.querySelector('.legend'));
    expect(legend).to.contain('起付标准以下 20,000.00 元').and.contain('大病保险支付 72,500.00 元')
      .and.contain('起付标准以上个人负担 57,500.00 元').and.contain('年度累计个人仍负担 77,500.00 元');
  });

  it('prints its colours (the paid green reaches the PDF page)', async () => {
    const r = await executeServerCommand<{ count: number }, { path: string; rgb: number[] }>('dbbx-print-pixels',
      { path: '/test/fixtures/print.html?region=330200&date=2015-06-01&selfPaid=150000&legendOnly', rgb: [31, 122, 77] });
    // The bar hidden, the legend's 大病保险支付 key alone is paid green: about 0.9em square, some 60 pixels at
    // 50 dpi. Printed as a background without print-color-adjust it would be a blank box: 0.
    expect(r!.count).to.be.greaterThan(20);
  });
});

void html; void setViewport; void $$;
