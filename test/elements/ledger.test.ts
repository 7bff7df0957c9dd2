// <dbbx-ledger>: a cashier's year of discharges, by keyboard; every figure from the engine's settleYear.
import { expect, html, fixture } from '@open-wc/testing';
import { sendKeys, executeServerCommand, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { DbbxLedger, LedgerRow } from '../../src/elements/index.js';

declare const axe: { run(ctx: Element, opts?: object): Promise<{ violations: { id: string }[] }> };

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** Per row: year-to-date burden, this payout, year-to-date payout, notes (whatever columns the policy adds). */
const cells = (el: DbbxLedger) => $$(el, 'tbody tr[part="row"]').map((tr) =>
  [...tr.querySelectorAll('td.num')].slice(1).concat([tr.querySelector('td.notes')!])
    .map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));

async function ledger(rows: LedgerRow[] = [], region = '330200'): Promise<DbbxLedger> {
  const el = await fixture<DbbxLedger>(html`<dbbx-ledger region=${region} scheme="resident" .rows=${rows}></dbbx-ledger>`);
  await el.updateComplete;
  return el;
}

async function type(el: DbbxLedger, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<dbbx-ledger>', () => {
  it('adds discharges by keyboard and pays each its share (甬政办发〔2013〕268号 五)', async () => {
    const el = await ledger();
    const changes: LedgerRow[][] = [];
    el.addEventListener('dbbx-ledger-change', (e) => changes.push((e as CustomEvent<{ rows: LedgerRow[] }>).detail.rows));
    for (const [date, amount] of [['2015-03-01', '30000'], ['2015-06-01', '50000'], ['2015-09-01', '70000']] as const) {
      $<HTMLButtonElement>(el, '.add-row')!.click();
      await el.updateComplete;
      // A new discharge is dated today and the cursor waits in its amount.
      const amountInput = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(amountInput.classList.contains('amount')).to.equal(true);
      const dateInput = amountInput.closest('tr')!.querySelector<HTMLInputElement>('input[type="date"]')!;
      const t = new Date();
      expect(dateInput.value).to.equal(`${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`);
      dateInput.value = date;
      dateInput.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const row = $$(el, 'tbody tr[part="row"]').find((tr) => tr.querySelector<HTMLInputElement>('input[type="date"]')!.value === date)!;
      await type(el, row.querySelector<HTMLInputElement>('input.amount')!, amount);
    }
    // 30,000 → 5,000; 80,000 → 31,500 (26,500 this time); 150,000 → 72,500 (41,000).
    expect(cells(el)).to.deep.equal([
      ['30,000.00', '5,000.00', '5,000.00', '本次超过起付标准（20,000.00 元）'],
      ['80,000.00', '26,500.00', '31,500.00', ''],
      ['150,000.00', '41,000.00', '72,500.00', ''],
    ]);
    expect($(el, '[part="total"]')!.textContent).to.contain('150,000.00').and.contain('72,500.00');
    expect($(el, '[part="check"]')!.textContent).to.contain('与各次支付之和 72,500.00 元一致');
    expect(changes.at(-1)!.map((r) => [r.date, r.selfPaid])).to.deep.equal([['2015-03-01', '30000'], ['2015-06-01', '50000'], ['2015-09-01', '70000']]);
  });

  it('sorts a discharge entered out of order, and the figures follow', async () => {
    const el = await ledger([{ id: 'a', date: '2015-03-01', selfPaid: '30000' }, { id: 'b', date: '2015-09-01', selfPaid: '70000' }]);
    const date = $<HTMLInputElement>(el, '#date-b')!;
    date.value = '2015-02-01';
    date.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Not while the date is being entered: only when the person leaves the field.
    expect(el.rows.map((r) => r.id)).to.deep.equal(['a', 'b']);
    date.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(el.rows.map((r) => r.id)).to.deep.equal(['b', 'a']);
    // b first: 70,000 → 15,000 + 20,000 × 55% = 26,000; then a: 100,000 → 42,500, so a is paid 16,500.
    expect(cells(el).map((c) => c[1])).to.deep.equal(['26,000.00', '16,500.00']);
  });

  it('refuses a discharge from another year and keeps the rest', async () => {
    const el = await ledger([
      { id: 'a', date: '2015-03-01', selfPaid: '30000' },
      { id: 'b', date: '2016-01-03', selfPaid: '50000' },
    ]);
    expect($$(el, 'tbody tr[part="row"]')[1]!.textContent).to.contain('不在 2015 年度内');
    expect($(el, '[part="total"]')!.textContent).to.contain('30,000.00').and.contain('5,000.00');
  });

  it('shows a typing error in its row, blocks the later rows, and keeps the text', async () => {
    const el = await ledger([
      { id: 'a', date: '2015-03-01', selfPaid: '30000' },
      { id: 'b', date: '2015-04-01', selfPaid: '' },
      { id: 'c', date: '2015-05-01', selfPaid: '10000' },
    ]);
    await type(el, $$<HTMLInputElement>(el, 'input.amount')[1]!, '1万5');
    const rows = $$(el, 'tbody tr[part="row"]');
    expect(rows[1]!.textContent).to.contain('不是金额');
    expect(rows[1]!.querySelector('input.amount')!.getAttribute('aria-invalid')).to.equal('true');
    expect(rows[2]!.textContent).to.contain('请先更正第 2 次出院');
    // The year's totals are not shown as if complete.
    expect($(el, '[part="check"]')!.textContent).to.contain('更正后才能得出全年合计');
    expect($(el, '[part="total"]')!.textContent).to.contain('（不完整）');
    expect($$<HTMLInputElement>(el, 'input.amount')[1]!.value).to.equal('1万5');
  });

  it('marks the discharge where Chaozhou\'s cap is reached (潮府办〔2012〕90号 二（三）)', async () => {
    const el = await ledger([{ id: 'a', date: '2015-02-01', selfPaid: '100000' }, { id: 'b', date: '2015-05-01', selfPaid: '100000' }], '445100');
    // 52,000 then 48,000 up to the 100,000 cap.
    expect(cells(el).map((c) => [c[1], c[3]])).to.deep.equal([['52,000.00', '本次超过起付标准（10,000.00 元）'], ['48,000.00', '本次达到封顶线']]);
  });

  it('keeps the patient\'s name and ID out of the rows and events, and clears them on reset', async () => {
    const el = await ledger([{ id: 'a', date: '2015-03-01', selfPaid: '30000' }]);
    const events: unknown[] = [];
    el.addEventListener('dbbx-ledger-change', (e) => events.push((e as CustomEvent).detail));
    $$<HTMLInputElement>(el, 'input[name="slip"]')[0]!.click();
    await el.updateComplete;
    const name = $<HTMLInputElement>(el, '#patient-name')!;
    await type(el, name, '李四');
    await type(el, $<HTMLInputElement>(el, '#patient-id')!, '330203199001011234');
    await type(el, $<HTMLInputElement>(el, 'input.amount')!, '40000');
    expect(JSON.stringify(events)).to.not.contain('李四');
    expect(JSON.stringify(events)).to.not.contain('330203199001011234');
    expect(JSON.stringify(el.rows)).to.not.contain('李四');
    expect($(el, '.slip')!.textContent).to.contain('李四');
    // One press asks; nothing is cleared yet.
    $<HTMLButtonElement>(el, '.reset')!.click();
    await el.updateComplete;
    expect(el.rows).to.have.length(1);
    expect($(el, '.reset')!.textContent).to.contain('再按一次确认清空');
    $<HTMLButtonElement>(el, '.reset')!.click();
    await el.updateComplete;
    expect(el.rows).to.deep.equal([]);
    expect($<HTMLInputElement>(el, '#patient-name')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#patient-id')!.value).to.equal('');
    expect((events.at(-1) as { rows: unknown[] }).rows).to.deep.equal([]);
  });

  it('prints one A4 settlement slip for the chosen discharge', async () => {
    const r = await executeServerCommand<{ pages: number; text: string }, { path: string }>('dbbx-print-pdf', { path: '/test/fixtures/slip.html' });
    expect(r!.pages).to.equal(1);
    const t = r!.text.replace(/\s+/g, '');
    // Second discharge: 150,000 → 72,500; before 30,000 → 5,000; this one 67,500.00 (甬政办发〔2013〕268号 五).
    for (const s of ['大病保险结算单（测算）', '张三', '2015-06-01', '120,000.00', '30,000.00', '150,000.00',
      '本次大病保险支付67,500.00元', '陆万柒仟伍佰元整', '本年度此前已支付5,000.00元', '本年度累计已支付72,500.00元（含本次）',
      // 120,000 − 67,500 = 52,500 still borne for this discharge.
      '本次个人仍负担52,500.00元', '甬政办发〔2013〕268号', '打印时间：', '经办人签字', '患者（家属）签字']) {
      expect(t, s).to.contain(s.replace(/\s+/g, ''));
    }
    // The ledger itself (its buttons) is not on the slip.
    expect(t).to.not.contain('添加出院记录');
  });

  it('never widens a 360 px page: each discharge is a card with its payout on screen', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await ledger([{ id: 'a', date: '2022-03-01', selfPaid: '3000', otherSelfPaid: '500' }], '320411');
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const payout = $(el, 'tbody td.strong')!.getBoundingClientRect();
      expect(payout.width).to.be.greaterThan(0);
      expect(payout.right).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps its English column headings apart on a desk screen (they ran into each other on one line)', async () => {
    await setViewport({ width: 1000, height: 800 });
    try {
      const el = await fixture<DbbxLedger>(html`<dbbx-ledger lang="en" region="330200" scheme="resident"
        .rows=${[{ id: 'a', date: '2015-03-01', selfPaid: '30000' }]}></dbbx-ledger>`);
      await el.updateComplete;
      const heads = $$(el, 'thead th.num');
      expect(heads.map((th) => th.textContent!.trim())).to.include('Burden this year (yuan)');
      // Every heading fits its own column: nothing spills into the next one.
      expect(heads.filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent!.trim())).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const lang of ['zh-CN', 'en']) {
    it(`fits a desk panel at 1280 px with each remove button whole (${lang}; the button was cut off at the table's edge)`, async () => {
      await setViewport({ width: 1280, height: 900 });
      try {
        // 70rem: the ledger inside a desk page's panel at 1280 px (the demo's is 1,118 px).
        const el = await fixture<DbbxLedger>(html`<dbbx-ledger lang=${lang} region="445100" scheme="resident"
          style="display:block;max-width:70rem" .rows=${[{ id: 'a', date: '2017-03-14', selfPaid: '8600' }, { id: 'b', date: '2017-06-02', selfPaid: '23500' }]}></dbbx-ledger>`);
        await el.updateComplete;
        // The whole table fits: no sideways scrolling at a desk.
        const box = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
        expect(box.scrollWidth).to.be.at.most(box.clientWidth);
        // The button says 删除 / Remove; its accessible name says which discharge.
        expect($$(el, 'td.act button').map((b) => b.getAttribute('aria-label')))
          .to.deep.equal(lang === 'en' ? ['Remove discharge 1', 'Remove discharge 2'] : ['删除第 1 次', '删除第 2 次']);
        const scroll = el.shadowRoot!.querySelector('.scroll')!.getBoundingClientRect();
        const buttons = $$(el, 'td.act button');
        expect(buttons).to.have.length(2);
        for (const b of buttons) {
          const r = b.getBoundingClientRect();
          // Inside the visible part of the table and not clipped by its own cell.
          expect(r.right, b.textContent!).to.be.at.most(scroll.right + 0.5);
          expect(b.scrollWidth, b.textContent!).to.be.at.most(b.clientWidth + 1);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('has no axe violations with rows, an error and Xinbei\'s columns', async () => {
    const el = await ledger([{ id: 'a', date: '2015-03-01', selfPaid: '30000' }, { id: 'b', date: '2015-04-01', selfPaid: 'x' }]);
    expect((await axe.run(el, { resultTypes: ['violations'] })).violations.map((v) => v.id)).to.deep.equal([]);
    const x = await ledger([{ id: 'a', date: '2022-03-01', selfPaid: '3000', otherSelfPaid: '500' }], '320411');
    expect($$(x, 'thead th').map((th) => th.textContent!.trim())).to.include('本次其他自付（元）');
    // 3,000 + 500 × 50% = 3,250.00 (常开委办〔2021〕143号 三).
    expect(cells(x)[0]![1]).to.equal('3,250.00');
    expect((await axe.run(x, { resultTypes: ['violations'] })).violations.map((v) => v.id)).to.deep.equal([]);
  });
});
