// The field's host apps at runtime (the type-level checks are in consumers.test.ts): React 18 with dbbx/react,
// React 19 and Vue 3 with the bare tags, Vue 2.7 with :rows.prop, a jQuery page with the classic script. Each
// runs the same desk: patient A's ledger and calculator, 清空，下一位 on both, then patient B — every figure and
// every event must reach the framework's own state, and nothing of A may be left once B is loaded.
import { expect, waitUntil } from '@open-wc/testing';
import { serverJob } from './server.js';
import type { DbbxCalculator, DbbxLedger } from '../../src/index.js';

async function openHost(app: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:900px;border:0';
  if (app === 'jquery') {
    frame.src = '/test/hosts/apps/jquery.html';
  } else {
    const url = await serverJob<string, { app: string }>('dbbx-host', { app });
    frame.srcdoc = `<!doctype html><meta charset="utf-8"><div id="app"></div><script type="module" src="${url}"></script>`;
  }
  const errors: string[] = [];
  frame.addEventListener('load', () => {
    frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
  });
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('dbbx-ledger')?.shadowRoot, `${app}: no ledger rendered (${errors.join('; ')})`, { timeout: 15000 });
  return frame.contentDocument!;
}

const text = (doc: Document, id: string) => doc.getElementById(id)?.textContent?.trim() ?? null;

describe('host apps at runtime: React 18 / 19, Vue 3 / 2.7, jQuery (two patients at one desk)', function () {
  this.timeout(120_000);

  for (const app of ['react18', 'react19', 'vue3', 'vue2', 'jquery']) {
    it(`${app}: rows as a property, every event reaches the host, and the next patient starts clean`, async () => {
      const doc = await openHost(app);
      const ledger = doc.querySelector('dbbx-ledger') as DbbxLedger;
      const calc = doc.querySelector('dbbx-calculator') as DbbxCalculator;

      // Patient A, Ningbo 2015 (甬政办发〔2013〕268号 五): 30,000 + 120,000 = 150,000 in the year;
      // (50,000 − 20,000) × 50% + (100,000 − 50,000) × 55% + (150,000 − 100,000) × 60%
      // = 15,000 + 27,500 + 30,000 = 72,500.00; the first discharge alone (30,000 − 20,000) × 50% = 5,000.00.
      await waitUntil(() => ledger.year?.totalPayout === '72500.00', `${app}: ledger figures ${JSON.stringify(ledger.year?.totalPayout)}`);
      expect(ledger.year!.discharges.map((d) => ('payout' in d ? d.payout : null))).to.deep.equal(['5000.00', '67500.00']);
      expect(ledger.shadowRoot!.querySelector('[part~="host-error"]'), `${app}: host error`).to.equal(null);

      calc.setAmounts({ selfPaid: '150000' });
      await waitUntil(() => text(doc, 'payout') === '72500.00', `${app}: the host never saw dbbx-result (payout "${text(doc, 'payout')}")`);

      // 清空，下一位 on the calculator: the host hears dbbx-cleared and drops the payout it showed.
      calc.clear();
      await waitUntil(() => text(doc, 'payout') === '' && text(doc, 'cleared') === '1', `${app}: dbbx-cleared (calculator) not heard`);
      expect(calc.result).to.equal(null);

      // And on the ledger: the host hears dbbx-ledger-change with no rows, and dbbx-cleared.
      ledger.reset();
      await waitUntil(() => text(doc, 'rows') === '0' && text(doc, 'cleared') === '2', `${app}: ledger clearing not heard (rows ${text(doc, 'rows')}, cleared ${text(doc, 'cleared')})`);

      // Patient B, loaded by the host: 25,000 → (25,000 − 20,000) × 50% = 2,500.00, and nothing of A is shown.
      (doc.defaultView as unknown as { host: { next(): void } }).host.next();
      await waitUntil(() => ledger.year?.totalPayout === '2500.00', `${app}: patient B's figures ${JSON.stringify(ledger.year?.totalPayout)}`);
      expect(ledger.year!.discharges).to.have.length(1);
      const shown = ledger.shadowRoot!.textContent!;
      expect(shown).to.not.contain('120,000').and.not.contain('72,500').and.not.contain('67,500');
    });
  }
});
