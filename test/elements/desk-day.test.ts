// The cashier's day: a whole patient with keys only, the slip a patient keeps, the ID check.
import { expect, html, fixture } from '@open-wc/testing';
import { sendKeys, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DbbxLedger, LedgerRow } from '../../src/elements/index.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the cashier\'s keyboard budget', () => {
  it('clears, adds a discharge, types its amount and prints its slip in at most 12 key presses plus the digits', async () => {
    const rows: LedgerRow[] = [{ id: 'p', date: '2015-03-01', selfPaid: '30000' }];
    const el = await fixture<DbbxLedger>(html`<dbbx-ledger region="330200" scheme="resident" .rows=${rows}></dbbx-ledger>`);
    // The previous patient's slip has just been printed: the cursor is on 打印结算单.
    ($<HTMLInputElement>(el, 'input[name="slip"]'))!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.print-slip')!.focus();
    const printed: string[] = [];
    const realPrint = window.print;
    window.print = () => { printed.push(text($(el, '.slip'))); };
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await sendKeys({ press: key });
      await el.updateComplete;
      await el.updateComplete;
    };
    try {
      await press('Tab'); // to 清空台账
      await press('Enter'); // asks
      await press('Enter'); // clears: the cursor goes to 添加出院记录
      expect(el.shadowRoot!.activeElement?.classList.contains('add-row')).to.equal(true);
      await press('Enter'); // a discharge dated today; the cursor in its amount
      await sendKeys({ type: '45000' }); // the digits do not count
      await press('Enter'); // the amount is taken; on to 打印结算单 (the new discharge is the one chosen)
      expect(el.shadowRoot!.activeElement?.classList.contains('print-slip')).to.equal(true);
      await press('Enter'); // prints
    } finally {
      window.print = realPrint;
    }
    expect(presses).to.be.at.most(12);
    expect(printed).to.have.length(1);
    // Today's discharge under 甬政办发〔2013〕268号 (in force, effectiveTo null): (45,000 − 20,000) × 50% = 12,500.00.
    expect(printed[0]).to.contain('本次大病保险支付 12,500.00 元').and.not.contain('30,000.00');
    expect(el.rows.map((r) => r.selfPaid)).to.deep.equal(['45000']);
  });
});

describe('the slip a patient keeps', () => {
  it('flags a mistyped ID number when the field is left, and still prints', async () => {
    const el = await fixture<DbbxLedger>(html`<dbbx-ledger region="330200" scheme="resident" .rows=${[{ id: 'a', date: '2015-03-01', selfPaid: '30000' }]}></dbbx-ledger>`);
    $<HTMLInputElement>(el, 'input[name="slip"]')!.click();
    await el.updateComplete;
    const id = $<HTMLInputElement>(el, '#patient-id')!;
    id.focus();
    await sendKeys({ type: '110105194912310021' });
    await el.updateComplete;
    // Not while typing.
    expect($(el, '#patient-id-warn')).to.equal(null);
    id.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '#patient-id-warn'))).to.contain('校验位不对').and.contain('仍可打印');
    expect(id.getAttribute('aria-describedby')).to.contain('patient-id-warn');
    expect($<HTMLButtonElement>(el, '.print-slip')!.disabled).to.equal(false);
    // Corrected (the standard's example, check character X): the warning goes.
    id.value = '11010519491231002X';
    id.dispatchEvent(new Event('input'));
    id.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#patient-id-warn')).to.equal(null);
  });

  it('prints the hospital, the time, the numbers, what the patient still bears and a signature line, in English too', async () => {
    const r = await executeServerCommand<{ pages: number; text: string }, { path: string }>('dbbx-print-pdf', { path: '/test/fixtures/slip.html?lang=en' });
    expect(r!.pages).to.equal(1);
    const t = r!.text.replace(/\s+/g, ' ');
    // 120,000 − 67,500 = 52,500 still borne (甬政办发〔2013〕268号 五, as in the Chinese slip).
    for (const s of ['示例人民医院', 'Printed:', 'ZY-2015-0601', '67,500.00', 'still bears 52,500.00 yuan', 'Paid earlier this year: 5,000.00 yuan',
      'Signed by:', 'Patient (or family) signature']) {
      expect(t, s).to.contain(s);
    }
  });
});
