// axe-core inside the browser on each element in its main states: no violations allowed.
import { expect, html, fixture } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { mount, typeInto, press, choose, $, openHelp } from './helpers.js';
import { calculate } from '../../src/engine/index.js';
import type { DbbxCalculator } from '../../src/elements/calculator/calculator.js';

interface AxeResult { violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }
declare const axe: { run(ctx: Element, opts?: object): Promise<AxeResult> };

async function violations(el: Element): Promise<string[]> {
  const r = await axe.run(el, { resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

const ningbo = () => mount(html`<dbbx-calculator region="330200" date="2015-06-01"></dbbx-calculator>`);

describe('accessibility (axe-core)', () => {
  it('does look inside shadow roots (an unlabelled input there is caught)', async () => {
    const host = document.createElement('section');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).append(document.createElement('input'));
    const r = await axe.run(host, { resultTypes: ['violations'] });
    host.remove();
    expect(r.violations.map((v) => v.id)).to.include('label');
  });

  it('has no violations when empty', async () => {
    expect(await violations(await ningbo())).to.deep.equal([]);
  });

  it('has none with a result and its breakdown open', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', '600000');
    await typeInto(el, '#f-priorSelfPaid', '30000');
    const b = $(el, 'dbbx-breakdown')!;
    b.shadowRoot!.querySelectorAll('details').forEach((d) => { d.open = true; });
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has none with the 结算单 help open (its lines are fetched on opening)', async () => {
    const el = await ningbo();
    const help = await openHelp(el);
    expect(help.querySelectorAll('.slip-drawing tbody tr')).to.have.length(8);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has none with errors and their summary', async () => {
    const el = await ningbo();
    await typeInto(el, '#f-selfPaid', 'abc');
    await typeInto(el, '#f-priorSelfPaid', '-1');
    await press(el, 'Enter');
    expect($(el, '[part="error-summary"]')).to.not.equal(null);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has none on Xinbei with an excluded item, in English', async () => {
    const el: DbbxCalculator = await mount(html`<dbbx-calculator lang="en" region="320411" date="2022-06-01"></dbbx-calculator>`);
    await typeInto(el, '#f-selfPaid', '5000');
    await typeInto(el, '#f-otherSelfPaid', '3000');
    $<HTMLButtonElement>(el, '.add-excluded')!.click();
    await el.updateComplete;
    await choose(el, '#f-excluded-0-reason', 'organ-source');
    await typeInto(el, '#f-excluded-0-amount', '800');
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has none on groups (Chaozhou 2017) and on the breakdown used alone', async () => {
    const el = await mount(html`<dbbx-calculator region="445100" date="2017-06-01"></dbbx-calculator>`);
    await typeInto(el, '#f-selfPaid', '200000');
    expect(await violations(el)).to.deep.equal([]);
    const result = calculate({ region: '445100', date: '2015-06-01', scheme: 'resident', selfPaid: '300000', priorSelfPaid: '100000' });
    const b = await fixture(html`<dbbx-breakdown .result=${result}></dbbx-breakdown>`);
    expect(await violations(b)).to.deep.equal([]);
  });
});
