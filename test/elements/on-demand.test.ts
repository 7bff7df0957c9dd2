// Issue 13: English and the 结算单 help are fetched on demand, not with the page. This file runs in a page of its
// own, so nothing has asked for English before it: the first English render must already be English (no
// Chinese screen first), and the help's lines arrive when a person opens it.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { hasLanguage } from '../../src/i18n/index.js';
import type { DbbxCalculator } from '../../src/elements/calculator/calculator.js';
import type { DbbxLedger } from '../../src/elements/ledger/ledger.js';
import { openHelp, $$, text } from './helpers.js';

/** Appends the element and resolves with the text of its shadow root at its very first render. */
function firstRender<T extends HTMLElement & { updateComplete: Promise<unknown> }>(tag: string, attrs: Record<string, string>) {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  const root = el.shadowRoot!;
  // Lit renders a whole template at once, so the first batch of mutations holds the whole first render.
  const first = new Promise<string>((resolve) => {
    const o = new MutationObserver(() => { o.disconnect(); resolve(text(root as unknown as Element)); });
    o.observe(root, { childList: true, subtree: true, characterData: true });
  });
  return { el, first };
}

describe('parts loaded on demand (issue 13)', () => {
  it('an English calculator waits for English: its first render is English, never the Chinese screen', async () => {
    expect(hasLanguage('en'), 'English is not in the first load').to.equal(false);
    const { el, first } = firstRender<DbbxCalculator>('dbbx-calculator', { lang: 'en', region: '330200', date: '2015-06-01' });
    const shown = await first;
    await el.updateComplete;
    expect(hasLanguage('en')).to.equal(true);
    expect(shown).to.contain('大病保险 estimate').and.contain('Settlement date');
    expect(shown).to.not.contain('待遇测算').and.not.contain('结算日期');
    el.remove();
  });

  it('a ledger on an English page (lang on <html>) speaks English from its first render', async () => {
    document.documentElement.lang = 'en';
    try {
      const { el, first } = firstRender<DbbxLedger>('dbbx-ledger', { region: '330200', scheme: 'resident' });
      const shown = await first;
      await el.updateComplete;
      expect(shown).to.contain('Add a discharge').and.not.contain('添加出院记录');
      el.remove();
    } finally {
      document.documentElement.lang = 'zh-CN';
    }
  });

  it('the 结算单 help holds no lines until it is opened, then all eight with their clauses', async () => {
    const { el } = firstRender<DbbxCalculator>('dbbx-calculator', { region: '330200', date: '2015-06-01' });
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="help"]')!;
    expect(details.querySelector('.slip-drawing')).to.equal(null);
    const help = await openHelp(el);
    expect(help).to.equal(details);
    expect(help.open, 'the same <details> stays open while its lines arrive').to.equal(true);
    expect($$(el, '.slip-drawing tbody tr')).to.have.length(8);
    // 甬政办发〔2013〕268号 五、保障范围 defines the burden; the help quotes it.
    expect(text(help)).to.contain('甬政办发〔2013〕268号 五、保障范围');
    el.remove();
  });
});
