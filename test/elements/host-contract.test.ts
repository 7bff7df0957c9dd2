// One suite, run against every element, of what host pages do to them (in the spirit of Shoelace's
// form-control base tests): attributes with typos and bad values, properties with odd types, nothing ever
// thrown, every problem shown where it is, and the patient's data gone when the patient changes.
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/fund-entry.js';

interface Contract {
  tag: string;
  /** Attributes that make the element show something real. */
  good: Record<string, string>;
  /** Attributes with a closed list of values, each tried with a typo. */
  closed: string[];
  /** Properties set to odd values by hosts. */
  props: Record<string, unknown[]>;
}

const ODD = [null, undefined, 42, '', 'zzz', {}, [], NaN, () => 1];
const CONTRACTS: Contract[] = [
  { tag: 'dbbx-calculator', good: { region: '330200', date: '2015-06-01' }, closed: ['scheme', 'group'],
    props: { region: [330200, null, ''], date: [new Date(2015, 5, 1), 'x', null], scheme: ODD, group: ODD } },
  { tag: 'dbbx-ledger', good: { region: '330200' }, closed: ['scheme', 'group'],
    props: { rows: ODD, region: [330200, null], scheme: ODD, group: ODD } },
  { tag: 'dbbx-breakdown', good: {}, closed: [], props: { result: ODD, mode: ODD } },
  { tag: 'dbbx-fund', good: { region: '445100', date: '2017-06-01' }, closed: ['scheme'],
    props: { region: [445100, null, ''], date: ['x', null], scheme: ODD } },
];

async function mount(tag: string, attrs: Record<string, string>): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return fixture(el);
}

const shown = (el: Element) => (el.shadowRoot!.querySelector('[part="host-error"]')?.textContent ?? '').replace(/\s+/g, ' ');

for (const c of CONTRACTS) {
  describe(`host contract: <${c.tag}>`, () => {
    let errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(String(e.message));
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    beforeEach(() => {
      errors = [];
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    it('names an attribute with a typo, with the one meant', async () => {
      const el = await mount(c.tag, { ...c.good, langg: 'en' });
      expect(shown(el)).to.contain('langg').and.contain('lang');
      expect(errors).to.deep.equal([]);
    });

    for (const attr of c.closed) {
      it(`shows ${attr}="zzz" as an error naming ${attr}`, async () => {
        const el = await mount(c.tag, { ...c.good, [attr]: 'zzz' });
        expect(shown(el)).to.contain(attr).and.contain('zzz');
        expect(errors).to.deep.equal([]);
      });
    }

    it('never throws for odd property values, and renders after each', async () => {
      const el = await mount(c.tag, c.good);
      for (const [prop, values] of Object.entries(c.props)) {
        for (const v of values) {
          (el as unknown as Record<string, unknown>)[prop] = v;
          await el.updateComplete;
          expect(el.shadowRoot, `${prop} = ${String(v)}`).to.not.equal(null);
          const t = el.shadowRoot!.textContent ?? '';
          expect(t, `${prop} = ${String(v)}`).to.not.contain('NaN').and.not.contain('undefined').and.not.contain('[object Object]');
        }
      }
      expect(errors).to.deep.equal([]);
    });
  });
}
