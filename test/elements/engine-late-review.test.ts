// Review of ff194df (issue 13, the engine as a part of its own in the one-file page): what the waiting state
// gets wrong in the field. Each test holds back, drops or drops-once the engine part behind the test proxy
// (test/plugins/engine-gate.mjs) and drives dist/dbbx.js as a hospital page would. Build first (npm run build).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../frames.js';
import {
  open, type, text, sleep, release, payouts, LOADING, FAILED, ROWS, type Calc,
} from './engine-gate-page.js';

describe('review of ff194df: the one-file page while its engine loads', () => {
  // 甬政办发〔2013〕268号 五, Ningbo 2015, threshold 20,000: 150,000 in the year →
  // (50,000 − 20,000) × 50% + (100,000 − 50,000) × 55% + (150,000 − 100,000) × 60% = 15,000 + 27,500 + 30,000
  // = 72,500.00. Ledger 30,000 → (30,000 − 20,000) × 50% = 5,000.00; then 150,000 in all → 72,500 − 5,000 = 67,500.00.

  for (const which of ['calculator', 'ledger'] as const) {
    it(`a ${which} taken off the page while the rules load and put back after they arrive shows its figures`, async () => {
      const gate = `review-detach-${which}-${Date.now()}`;
      const { f, doc, calc, ledger, bundle } = await open(gate);
      type(calc, '#f-selfPaid', '150000');
      ledger.rows = ROWS;
      await sleep(100);
      // A tabbed host page (or a framework re-render) takes the element out and puts it back later.
      const el = which === 'calculator' ? calc : ledger;
      el.remove();
      await release(gate);
      await (await bundle).loadEngine();
      await sleep(200);
      doc.body.append(el);
      await el.updateComplete;
      await sleep(200);
      if (which === 'calculator') {
        const root = calc.shadowRoot!;
        expect(text(root.querySelector('.result')), 'stuck on 正在载入 though the engine is here').to.not.contain(LOADING);
        expect(text(root.querySelector('[part="payout"]'))).to.contain('72,500.00');
      } else {
        expect(text(ledger.shadowRoot!.querySelector('.screen')), 'stuck on 正在载入 though the engine is here').to.not.contain(LOADING);
        expect(payouts(ledger)).to.deep.equal(['5,000.00', '67,500.00']);
      }
      f.remove();
    });
  }

  it('an engine part that failed once is said until the page is reloaded, and the reload calculates', async () => {
    // A network that is down, then back. Browsers keep a module that failed to load as failed: a retry in the
    // same page is refused without a request, so the elements say to reload (engine.ts); the reload is the retry.
    const gate = `flaky-${Date.now()}`;
    const { f, calc, ledger, bundle } = await open(gate);
    const root = calc.shadowRoot!;
    await until(() => text(root.querySelector('.awaiting[role="alert"]')).includes(FAILED), 'the first failure');
    expect(text(root.querySelector('.awaiting'))).to.contain('刷新页面');
    type(calc, '#f-selfPaid', '150000');
    ledger.rows = ROWS;
    let retried = 'no';
    await (await bundle).loadEngine().then(() => { retried = 'loaded'; }, () => { retried = 'refused'; });
    expect(retried).to.equal('refused');
    await calc.updateComplete;
    expect(text(root.querySelector('.result'))).to.contain(FAILED);
    expect(root.querySelector('[part="payout"]')).to.equal(null);
    expect(payouts(ledger)).to.deep.equal(['', '']);
    const asked = await executeServerCommand('dbbx-engine-gate', { count: gate }) as number;
    expect(asked).to.be.greaterThan(0);
    await executeServerCommand('dbbx-engine-gate', { heal: gate });
    f.contentWindow!.location.reload();
    await new Promise((r) => f.addEventListener('load', r, { once: true }));
    const again = await until(() => (f.contentDocument!.querySelector('dbbx-calculator')?.shadowRoot?.querySelector('#f-selfPaid') ? f.contentDocument!.querySelector('dbbx-calculator') as Calc : null), 'the reloaded calculator');
    type(again, '#f-selfPaid', '150000');
    await again.updateComplete;
    expect(text(again.shadowRoot!.querySelector('[part="payout"]'))).to.contain('72,500.00');
    expect(await executeServerCommand('dbbx-engine-gate', { count: gate })).to.be.greaterThan(asked);
    f.remove();
  });

  it('validate() does not report "abc" as calculating while the rules load', async () => {
    const gate = `review-validate-${Date.now()}`;
    const { f, calc } = await open(gate);
    calc.setAmounts({ selfPaid: 'abc' });
    await sleep(100);
    // "Shows every error (as pressing 计算 does) and returns whether the inputs calculate": 'abc' never does.
    expect(calc.validate(), 'validate() says yes to an amount that is not one').to.equal(false);
    await release(gate);
    await calc.updateComplete;
    expect(calc.validate()).to.equal(false);
    f.remove();
  });

  it('the ledger\'s 添加 puts the cursor in the new row\'s amount at once while the rules load', async () => {
    const gate = `review-addrow-${Date.now()}`;
    const { f, ledger } = await open(gate);
    ledger.rows = ROWS;
    await sleep(100);
    ledger.shadowRoot!.querySelector<HTMLButtonElement>('.add-row')!.click();
    await sleep(400);
    const id = ledger.rows[2]!.id;
    expect(ledger.shadowRoot!.activeElement?.id, 'the cursor waits for the engine').to.equal(`amount-${id}`);
    await release(gate);
    f.remove();
  });

  it('the calculator\'s 添加一次 (an earlier discharge) puts the cursor in the new field at once while the rules load', async () => {
    const gate = `review-earlier-${Date.now()}`;
    const { f, calc } = await open(gate);
    calc.entry = 'discharge';
    await sleep(100);
    calc.shadowRoot!.querySelector<HTMLButtonElement>('.add-earlier')!.click();
    await sleep(400);
    expect(calc.shadowRoot!.activeElement?.id, 'the cursor waits for the engine').to.equal('f-earlier-1');
    await release(gate);
    f.remove();
  });

  it('the engine arriving does not move the cursor out of the field a person is typing in', async () => {
    const gate = `review-steal-${Date.now()}`;
    const { f, doc, ledger } = await open(gate);
    ledger.rows = ROWS;
    await sleep(100);
    // The cashier adds a discharge, then goes on to the patient's name on the slip and types it.
    ledger.shadowRoot!.querySelector<HTMLButtonElement>('.add-row')!.click();
    await sleep(100);
    const name = ledger.shadowRoot!.querySelector<HTMLInputElement>('#patient-name')!;
    name.focus();
    await release(gate);
    await ledger.updateComplete;
    await sleep(100);
    expect(doc.activeElement).to.equal(ledger);
    expect(ledger.shadowRoot!.activeElement?.id, 'focus jumped to the new row\'s amount when the rules arrived: the name typed next lands there').to.equal('patient-name');
    f.remove();
  });

  it('clear() while the rules load tells the host (dbbx-cleared) and puts the cursor in the first amount at once', async () => {
    const gate = `review-clear-${Date.now()}`;
    const { f, doc, calc } = await open(gate);
    const cleared: unknown[] = [];
    calc.addEventListener('dbbx-cleared', (e) => cleared.push((e as CustomEvent).detail));
    calc.setAmounts({ selfPaid: '150000' });
    await sleep(100);
    calc.clear();
    await sleep(400);
    expect(cleared.length, 'dbbx-cleared waits for the engine').to.equal(1);
    expect(calc.shadowRoot!.activeElement?.id).to.equal('f-selfPaid');
    // The person is typing the next patient's details in the host page when the rules arrive.
    const hostField = doc.createElement('input');
    doc.body.prepend(hostField);
    hostField.focus();
    await release(gate);
    await calc.updateComplete;
    await sleep(100);
    expect(doc.activeElement, 'focus jumped into the calculator when the rules arrived').to.equal(hostField);
    expect(cleared.length).to.equal(1);
    f.remove();
  });

  it('the ledger\'s reset() while the rules load says dbbx-cleared at once and does not pull the cursor back later', async () => {
    const gate = `review-reset-${Date.now()}`;
    const { f, doc, ledger } = await open(gate);
    const cleared: unknown[] = [];
    ledger.addEventListener('dbbx-cleared', (e) => cleared.push((e as CustomEvent).detail));
    ledger.rows = ROWS;
    await sleep(100);
    ledger.reset();
    await sleep(400);
    expect(cleared.length, 'dbbx-cleared waits for the engine').to.equal(1);
    const hostField = doc.createElement('input');
    doc.body.prepend(hostField);
    hostField.focus();
    await release(gate);
    await ledger.updateComplete;
    await sleep(100);
    expect(doc.activeElement, 'focus jumped to 添加 when the rules arrived').to.equal(hostField);
    f.remove();
  });

  it('计算 pressed while the rules load is not lost: on arrival the error summary says what is wrong with "abc"', async () => {
    const gate = `review-submit-${Date.now()}`;
    const { f, calc } = await open(gate);
    const root = calc.shadowRoot!;
    type(calc, '#f-selfPaid', 'abc');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await sleep(200);
    await release(gate);
    await calc.updateComplete;
    await sleep(200);
    // Pressing 计算 shows every error (validate()); the page said "what you enter is calculated as soon as the rules arrive".
    expect(root.querySelector('.error-summary'), 'the press of 计算 was forgotten: no error summary').to.not.equal(null);
    expect(text(root.querySelector('#f-selfPaid-error'))).to.not.equal('');
    expect(text(root.querySelector('.result')), 'it asks the person to press 计算 again').to.not.contain('按“计算”查看说明');
    f.remove();
  });

  it('Enter in a ledger amount while the rules load moves on at once, not when they arrive', async () => {
    const gate = `review-enter-${Date.now()}`;
    const { f, ledger } = await open(gate);
    ledger.rows = ROWS;
    await sleep(100);
    const amount = ledger.shadowRoot!.querySelector<HTMLInputElement>('#amount-b')!;
    amount.focus();
    amount.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await sleep(400);
    expect(ledger.shadowRoot!.activeElement?.className, 'Enter waits for the engine to move the cursor').to.contain('add-row');
    await release(gate);
    f.remove();
  });
});
