// <dbbx-calculator> driven the way a cashier uses it: by keyboard, one field after another.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, typeInto, press, choose, $, $$, text, breakdownRows, breakdownOf, openHelp } from './helpers.js';
import type { CalculationResult } from '../../src/engine/index.js';

const ningbo = () => mount(html`<dbbx-calculator region="330200" date="2015-06-01"></dbbx-calculator>`);

describe('<dbbx-calculator> with a Ningbo discharge typed by keyboard', () => {
  it('shows the payout and the tier rows of 甬政办发〔2013〕268号 五', async () => {
    const el = await ningbo();
    expect(text($(el, '[part="result"]'))).to.contain('填写年度累计个人负担后显示结果');
    const events: CustomEvent<CalculationResult>[] = [];
    document.addEventListener('dbbx-result', (e) => events.push(e as CustomEvent<CalculationResult>));
    await typeInto(el, '#f-selfPaid', '150000');
    // One event per new result while typing ("1", "15", …), the last for 150,000; it crosses the shadow root.
    expect(events.at(-1)!.detail.payout).to.equal('72500.00');
    expect(events.at(-1)!.composed).to.equal(true);
    expect(events.map((e) => e.detail.inputs.selfPaid)).to.deep.equal(['1.00', '15.00', '150.00', '1500.00', '15000.00', '150000.00']);
    // 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 15,000 + 27,500 + 30,000 = 72,500.00.
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 72,500.00 元');
    expect(text($(el, '.capital'))).to.equal('大写：柒万贰仟伍佰元整');
    expect(text($(el, '.ytd'))).to.contain('年度累计大病保险支付 72,500.00 元').and.contain('未达到封顶线');
    expect(await breakdownRows(el)).to.deep.equal([
      ['20,000.00–50,000.00 元', '50%', '30,000.00', '15,000.00'],
      ['50,000.00–100,000.00 元', '55%', '50,000.00', '27,500.00'],
      ['100,000.00 元以上', '60%', '50,000.00', '30,000.00'],
    ]);
    expect($(el, '#f-selfPaid')!.getAttribute('inputmode')).to.equal('decimal');
    expect($(el, '#f-selfPaid')!.getAttribute('type')).to.equal('text');
  });

  it('accepts 1.8万 and full-width digits as typed, and keeps the text as typed', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '１５万');
    // 150,000 again: 72,500.00.
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 72,500.00 元');
    expect($<HTMLInputElement>(el, '#f-selfPaid')!.value).to.equal('１５万');
  });

  it('gives a second discharge its own payout', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '150000');
    await press(el, 'Tab');
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-priorSelfPaid');
    await typeInto(el, '#f-priorSelfPaid', '30000');
    // Before: (30,000 − 20,000) × 50% = 5,000; now 72,500; this discharge 67,500.00.
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 67,500.00 元');
    const b = breakdownOf(el)!;
    expect(text(b.shadowRoot!.querySelector('tfoot tr.claim'))).to.contain('67,500.00');
  });

  it('clears for the next patient, keeping the desk\'s region and date', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '150000');
    await typeInto(el, '#f-priorSelfPaid', '30000');
    $<HTMLButtonElement>(el, 'button.clear')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-selfPaid')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#f-priorSelfPaid')!.value).to.equal('');
    expect(el.result).to.equal(null);
    expect($(el, '[part="payout"]')).to.equal(null);
    expect([el.region, el.date]).to.deep.equal(['330200', '2015-06-01']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-selfPaid');
    // The next patient, typed straight away: 50,000 → 15,000.00.
    await typeInto(el, '#f-selfPaid', '50000');
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 15,000.00 元');
  });

  it('says why nothing is paid below the threshold', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '1.8万');
    // 18,000 is below 起付标准 20,000 (甬政办发〔2013〕268号 五): 0.00, and the threshold is the reason given.
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 0.00 元');
    expect(text($(el, '.ytd'))).to.contain('未超过起付标准 20,000.00 元，大病保险不支付').and.not.contain('封顶');
  });

  it('shows the cap reached at 500,000 of expenses counted', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '600000');
    // 15,000 + 27,500 + 400,000 × 60% = 282,500.00; the 100,000 above the limit is paid nothing.
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 282,500.00 元');
    expect(text($(el, '.ytd'))).to.contain('已超过合规医疗费用限额 500,000.00 元');
    expect((await breakdownRows(el))[3]).to.deep.equal(['超过合规费用限额 500,000.00 元的部分（不予支付）', '—', '100,000.00', '0.00']);
  });
});

describe('<dbbx-calculator> following the policy chosen', () => {
  it('offers the schemes, groups and Xinbei fields each policy has, keeping what was typed', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '50000');
    expect($$(el, 'input[name="scheme"]')).to.have.length(0);
    expect(text($(el, '.field .fixed-value'))).to.contain('本政策只覆盖：城乡居民医保');

    await choose(el, '#f-region', '320281');
    await choose(el, '#f-date', '2020-08-01');
    expect($$<HTMLInputElement>(el, 'input[name="scheme"]').map((i) => i.value)).to.deep.equal(['resident', 'employee']);
    expect($$<HTMLInputElement>(el, 'input[name="group"]').map((i) => i.value)).to.deep.equal(['general', 'medical-assistance']);
    expect($(el, '#f-otherSelfPaid')).to.equal(null);
    // The typed 50,000 is kept: (50,000 − 18,000) × 60% = 19,200.00.
    expect($<HTMLInputElement>(el, '#f-selfPaid')!.value).to.equal('50000');
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 19,200.00 元');
    $<HTMLInputElement>(el, 'input[name="group"][value="medical-assistance"]')!.click();
    await el.updateComplete;
    // 医疗救助对象: (50,000 − 9,000) × 65% = 26,650.00.
    expect(text($(el, '[part="payout"]'))).to.equal('本次大病保险支付 26,650.00 元');

    await choose(el, '#f-region', '445100');
    await choose(el, '#f-date', '2015-06-01');
    expect($$(el, 'input[name="group"]')).to.have.length(0);
    await choose(el, '#f-date', '2017-06-01');
    expect($$<HTMLInputElement>(el, 'input[name="group"]').map((i) => i.value))
      .to.deep.equal(['general', 'extreme-poverty', 'registered-poor', 'subsistence']);
    expect(text($(el, '[part="policy"]'))).to.contain('并适用').and.contain('粤府办〔2016〕85号');

    await choose(el, '#f-region', '320411');
    await choose(el, '#f-date', '2022-06-01');
    expect($(el, '#f-otherSelfPaid')).to.not.equal(null);
    expect($(el, 'fieldset.excluded')).to.not.equal(null);
    expect(text($(el, 'label[for="f-selfPaid"]'))).to.equal('目录内个人自付（年度累计，含本次）');
    // The 医疗救助对象 chosen in Jiangyin is not covered by Xinbei (低保对象 only): said at once, never swapped.
    expect(text($(el, '[part="result"]'))).to.contain('只覆盖低保对象');
    $<HTMLInputElement>(el, 'input[name="group"][value="subsistence"]')!.click();
    await el.updateComplete;
    // 低保 only, 100% of the catalogue self-paid: 50,000.00.
    // Xinbei's insurance is named as what it is, a 低保 supplementary insurance (常开委办〔2021〕143号).
    expect(text($(el, '[part="payout"]'))).to.equal('本次低保对象大病补充保险支付 50,000.00 元');
  });

  it('says clearly when no version covers the date, and shows no result', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '150000');
    await choose(el, '#f-date', '2013-06-01');
    expect(text($(el, '#f-date-error'))).to.contain('2013-06-01').and.contain('2014-09-01');
    expect(text($(el, '[part="result"]'))).to.contain('没有生效的大病保险政策版本');
    expect(text($(el, '[part="result"]'))).to.not.contain('72,500');
    expect($(el, 'dbbx-breakdown')).to.equal(null);
  });

  it('pays a Xinbei claim with other costs and lists an excluded item', async () => {
    const el = await mount(html`<dbbx-calculator region="320411" date="2022-06-01"></dbbx-calculator>`);
    await typeInto(el, '#f-selfPaid', '5000');
    await typeInto(el, '#f-otherSelfPaid', '3000');
    $<HTMLButtonElement>(el, '.add-excluded')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-excluded-0-reason');
    await choose(el, '#f-excluded-0-reason', 'new-expensive');
    await typeInto(el, '#f-excluded-0-amount', '6000');
    // 5,000 × 100% + 3,000 × 50% = 6,500.00; the 6,000 PET-CT (二（二）第4项) is listed and paid 0.
    expect(text($(el, '[part="payout"]'))).to.equal('本次低保对象大病补充保险支付 6,500.00 元');
    const b = breakdownOf(el)!;
    await b.updateComplete;
    expect(text(b.shadowRoot!.querySelector('table[part="excluded"] tbody tr'))).to.contain('6,000.00').and.contain('0.00').and.contain('第4项');
    // Warnings stand above the payout, in the calculator's result (the breakdown does not repeat them).
    expect(text($(el, '[part="result"] [part="warnings"]'))).to.contain('年度报销限额按中标方案实施');
    expect(b.shadowRoot!.querySelector('[part="warnings"]')).to.equal(null);
  });
});

describe('<dbbx-calculator> errors', () => {
  it('lists every error in a summary that links to its field, and never leaves a stale result', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '150000');
    expect(text($(el, '[part="payout"]'))).to.contain('72,500.00');
    await typeInto(el, '#f-selfPaid', '150000x');
    // The old figure is gone at once, and the box says which field to fix; nothing moved in the form yet.
    expect(text($(el, '[part="result"]'))).to.not.contain('72,500');
    expect(text($(el, '[part="result"]'))).to.contain('请更正：年度累计个人负担（含本次）');
    expect($(el, '.error-summary')).to.equal(null);
    const errors: CustomEvent<{ issues: { field: string }[] }>[] = [];
    el.addEventListener('dbbx-error', (e) => errors.push(e as CustomEvent<{ issues: { field: string }[] }>));
    await typeInto(el, '#f-priorSelfPaid', '-5');
    // The event fires when the set of problems changes: here, when the second field went wrong.
    expect(errors.at(-1)!.detail.issues.map((i) => i.field)).to.deep.equal(['selfPaid', 'priorSelfPaid']);
    await press(el, 'Enter');
    const summary = $(el, '[part="error-summary"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => text(a))).to.deep.equal([
      '年度累计个人负担（含本次）：“150000x”不是金额，请只填数字，例如 18000、18,000.50 或 1.8万。',
      '本次之前的年度累计个人负担：不能为负数。',
    ]);
    expect($(el, '#f-selfPaid')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#f-priorSelfPaid-error'))).to.contain('不能为负数');
    links[1]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-priorSelfPaid');
    // Fixing a field takes its error away as the person types; the typed text is never changed.
    await typeInto(el, '#f-priorSelfPaid', '5');
    expect($(el, '#f-priorSelfPaid-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#f-selfPaid')!.value).to.equal('150000x');
  });

  it('asks for the burden when 计算 is pressed with nothing typed', async () => {
    const el = await ningbo();
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="error-summary"] a'))).to.contain('请填写金额');
  });
});

describe('<dbbx-calculator> in English', () => {
  const chineseOutsideData = (root: Node): string[] => {
    const found: string[] = [];
    const walk = (n: Node) => {
      if (n instanceof Element) {
        if (n.closest('[lang="zh-CN"]') && n.getAttribute('lang') === 'zh-CN') return;
        if (n.localName === 'option' || n.localName === 'optgroup' || n.localName === 'style') return;
        if (n.shadowRoot) walk(n.shadowRoot);
      }
      if (n.nodeType === Node.TEXT_NODE && /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(n.textContent ?? '')) {
        found.push((n.textContent ?? '').trim());
      }
      n.childNodes.forEach(walk);
    };
    walk(root);
    return found;
  };

  it('leaves no Chinese UI string (data names aside) on a full Xinbei screen', async () => {
    const el = await mount(html`<dbbx-calculator lang="en" region="320411" date="2021-06-01"></dbbx-calculator>`);
    await typeInto(el, '#f-selfPaid', '5000');
    await typeInto(el, '#f-otherSelfPaid', '3000');
    $<HTMLButtonElement>(el, '.add-excluded')!.click();
    await el.updateComplete;
    await choose(el, '#f-excluded-0-reason', 'abroad');
    await typeInto(el, '#f-excluded-0-amount', '100');
    await typeInto(el, '#f-priorSelfPaid', '1000');
    // YTD 5,000 + 3,000 × 50% = 6,500; before 1,000; this discharge 5,500.00.
    expect(text($(el, '[part="payout"]'))).to.equal('低保 supplementary insurance pays 5,500.00 yuan for this discharge');
    const b = breakdownOf(el)!;
    await b.updateComplete;
    b.shadowRoot!.querySelectorAll('details').forEach((d) => { d.open = true; });
    // The 结算单 help too: its lines are fetched when it is opened.
    await openHelp(el);
    // "大病保险" and "惠民保" are programme names and stay, as do document numbers and clause numbers inside
    // the engine's English sentences; every other Chinese character must be data marked lang="zh-CN".
    const data = /大病保险|惠民保|低保|[\u4e00-\u9fff]*〔\d{4}〕\d+号|[一二三四五六七八九十]+（[一二三四五六七八九十]+）/g;
    const leaks = chineseOutsideData(el).filter((s) => /[\u4e00-\u9fff]/.test(s.replace(data, '')));
    expect(leaks, JSON.stringify(leaks)).to.deep.equal([]);
  });

  it('speaks the nearest ancestor\'s language and follows it when it changes', async () => {
    // Built by hand: open-wc's fixture() waits for an animation frame on a plain div, and a background test
    // tab gets none.
    const wrap = document.createElement('div');
    wrap.lang = 'en';
    const el = document.createElement('dbbx-calculator');
    el.setAttribute('region', '330200');
    el.setAttribute('date', '2015-06-01');
    wrap.append(el);
    document.body.append(wrap);
    await el.updateComplete;
    expect(text($(el, 'label[for="f-selfPaid"]'))).to.equal('Personal burden this year, including this discharge');
    wrap.setAttribute('lang', 'zh-CN');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text($(el, 'label[for="f-selfPaid"]'))).to.equal('年度累计个人负担（含本次）');
    wrap.remove();
  });
});

describe('<dbbx-calculator> on a 360 px phone', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  it('never makes the page scroll sideways, even with the full breakdown', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '150000');
    await typeInto(el, '#f-priorSelfPaid', '30000');
    const b = breakdownOf(el)!;
    await b.updateComplete;
    b.shadowRoot!.querySelectorAll('details').forEach((d) => { d.open = true; });
    // Reading geometry lays the page out there and then: no frame to wait for (a background tab gets none).
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    expect(el.getBoundingClientRect().right).to.be.at.most(360);
  });
});
