// Issue 13: the one-file page (dist/dbbx.js) paints its elements from a first load under 50 KB and asks for the
// engine (decimal.js, the cited policy data) at once, as a part of its own. On a slow hospital proxy the engine
// arrives after the form: the form is usable, says the rules are loading, keeps what is typed and calculates
// it on arrival. When the part cannot load at all the elements say so and show no figures, never NaN and
// never a stale or guessed amount.
import { expect } from '@open-wc/testing';
import { open, type, text, release, LOADING, FAILED, ROWS } from './engine-gate-page.js';
import { until } from '../frames.js';

describe('the one-file page before and without its engine (issue 13)', () => {
  it('draws the form at once, keeps what is typed while the engine is held back, and calculates it on arrival', async () => {
    const gate = `hold-${Date.now()}`;
    const { f, calc, ledger, bundle } = await open(gate);
    const payouts: string[] = [];
    calc.addEventListener('dbbx-result', (e) => payouts.push((e as CustomEvent<{ payout: string }>).detail.payout));
    const root = calc.shadowRoot!;
    expect(text(root.querySelector('.awaiting'))).to.contain(LOADING);
    // The host's region is kept (shown by its code until the policy names arrive), not reset to "—".
    expect(root.querySelector<HTMLSelectElement>('#f-region')!.value).to.equal('330200');
    type(calc, '#f-selfPaid', '150000');
    ledger.rows = ROWS;
    await new Promise((r) => setTimeout(r, 300));
    expect(root.querySelector('[part="payout"]'), 'no payout before the engine').to.equal(null);
    expect(text(root.querySelector('.awaiting'))).to.contain(LOADING);
    expect(root.querySelector<HTMLInputElement>('#f-selfPaid')!.value).to.equal('150000');
    expect(text(ledger.shadowRoot!.querySelector('[role="status"]'))).to.contain(LOADING);
    expect([...ledger.shadowRoot!.querySelectorAll('tbody td.strong')].map(text)).to.deep.equal(['', '']);
    expect(payouts).to.deep.equal([]);
    // The rows' year, not today's, heads the table while the figures are on their way (it said 2026).
    expect(text(ledger.shadowRoot!.querySelector('caption'))).to.contain('2015');

    await release(gate);
    await calc.updateComplete;
    await ledger.updateComplete;
    // 甬政办发〔2013〕268号 五, Ningbo 2015: 150,000 in the year, threshold 20,000:
    // (50,000 − 20,000) × 50% + (100,000 − 50,000) × 55% + (150,000 − 100,000) × 60% = 15,000 + 27,500 + 30,000
    // = 72,500.00. The ledger: 30,000 first → (30,000 − 20,000) × 50% = 5,000.00; then 72,500 − 5,000 = 67,500.00.
    expect(text(root.querySelector('[part="payout"]'))).to.contain('72,500.00');
    expect(payouts).to.deep.equal(['72500.00']);
    expect(root.querySelector<HTMLInputElement>('#f-selfPaid')!.value).to.equal('150000');
    expect(root.querySelector('.awaiting')).to.equal(null);
    expect([...root.querySelectorAll('#f-region option')].length, 'the policy names arrived').to.be.greaterThan(3);
    expect([...ledger.shadowRoot!.querySelectorAll('tbody td.strong')].map(text)).to.deep.equal(['5,000.00', '67,500.00']);
    expect(text(ledger.shadowRoot!.querySelector('.screen'))).to.not.contain(LOADING);
    // The page's own code reaches the same engine through loadEngine().
    const engine = await (await bundle).loadEngine();
    expect(engine.calculate({ region: '330200', date: '2015-06-01', scheme: 'resident', group: 'general', selfPaid: '150000' }).payout).to.equal('72500.00');
    f.remove();
  });

  it('says the rules could not be loaded when the engine part is missing, and shows no figures', async () => {
    const { f, calc, ledger, bundle } = await open('fail');
    const root = calc.shadowRoot!;
    await until(() => text(root.querySelector('.awaiting[role="alert"]')).includes(FAILED), 'the calculator saying the rules did not load');
    type(calc, '#f-selfPaid', '150000');
    ledger.rows = ROWS;
    await calc.updateComplete;
    await ledger.updateComplete;
    expect(text(root.querySelector('.awaiting[role="alert"]'))).to.contain(FAILED);
    expect(root.querySelector('[part="payout"]')).to.equal(null);
    expect(root.querySelector<HTMLInputElement>('#f-selfPaid')!.value, 'what was typed stays').to.equal('150000');
    const l = ledger.shadowRoot!;
    expect(text(l.querySelector('[role="alert"]'))).to.contain(FAILED);
    expect([...l.querySelectorAll('tbody td.strong')].map(text)).to.deep.equal(['', '']);
    expect([...l.querySelectorAll<HTMLInputElement>('tbody input.amount')].map((i) => i.value)).to.deep.equal(['30000', '120000']);
    expect(l.querySelector<HTMLButtonElement>('.print-slip')!.disabled).to.equal(true);
    expect(root.querySelector('.result.engine-failed'), 'said as an error, not as a hint').to.not.equal(null);
    for (const t of [text(root as unknown as Element), text(l as unknown as Element)]) expect(t).to.not.contain('NaN').and.not.contain('undefined');
    let refused = '';
    await (await bundle).loadEngine().catch((e: unknown) => { refused = String(e); });
    expect(refused).to.not.equal('');
    f.remove();
  });
});
