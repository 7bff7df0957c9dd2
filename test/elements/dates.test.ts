// A date typed with the keyboard must survive the typing: a part-typed date reads as '' (badInput) in
// Chromium, and must never be written back into the field or sort a ledger row mid-way.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/fund-entry.js';
import type { DbbxCalculator } from '../../src/elements/calculator/calculator.js';
import type { DbbxLedger } from '../../src/elements/index.js';

/** Types a date segment by segment, as a person does (the field's own order, month/day/year here). */
async function typeDate(input: HTMLInputElement, keys: string): Promise<void> {
  input.focus();
  await sendKeys({ type: keys });
}

const order = () => {
  // The order of the date field's segments follows the browser's locale.
  const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2001, 1, 3));
  return parts.filter((p) => ['year', 'month', 'day'].includes(p.type)).map((p) => p.type);
};
const keysFor = (iso: string) => {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return order().map((t) => (t === 'year' ? y : t === 'month' ? m : d)).join('');
};

describe('typing dates', () => {
  it('keeps a date typed into the calculator and calculates with it', async () => {
    const el = await fixture<DbbxCalculator>(html`<dbbx-calculator region="330200" date="2020-01-01"></dbbx-calculator>`);
    const date = el.shadowRoot!.querySelector<HTMLInputElement>('#f-date')!;
    await typeDate(date, keysFor('2015-12-01'));
    date.blur();
    await el.updateComplete;
    expect(date.value).to.equal('2015-12-01');
    expect(el.date).to.equal('2015-12-01');
    expect(el.shadowRoot!.querySelector('#f-date-error')).to.equal(null);
  });

  it('keeps a date typed into a ledger row and sorts the row only when the date is finished', async () => {
    const el = await fixture<DbbxLedger>(html`<dbbx-ledger region="330200" .rows=${[
      { id: 'a', date: '2015-03-01', selfPaid: '30000' }, { id: 'b', date: '2015-06-01', selfPaid: '10000' }, { id: 'c', date: '2015-09-01', selfPaid: '10000' },
    ]}></dbbx-ledger>`);
    const date = el.shadowRoot!.querySelector<HTMLInputElement>('#date-c')!;
    await typeDate(date, keysFor('2015-02-05'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#date-c')!.value).to.equal('2015-02-05');
    date.blur();
    await el.updateComplete;
    expect(el.rows.map((r) => [r.id, r.date])).to.deep.equal([['c', '2015-02-05'], ['a', '2015-03-01'], ['b', '2015-06-01']]);
  });

  it('keeps a date typed into the fund tool', async () => {
    type Fund = HTMLElement & { date: string; updateComplete: Promise<unknown> };
    const el = await fixture<Fund>(html`<dbbx-fund region="445100" date="2017-06-01"></dbbx-fund>`);
    const date = el.shadowRoot!.querySelector<HTMLInputElement>('#f-date')!;
    await typeDate(date, keysFor('2018-12-01'));
    date.blur();
    await el.updateComplete;
    expect([date.value, el.date]).to.deep.equal(['2018-12-01', '2018-12-01']);
  });
});
