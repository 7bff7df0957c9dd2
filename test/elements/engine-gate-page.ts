// The one-file page with its engine part held back, dropped or cut off (test/fixtures/engine-gate.html through
// test/plugins/engine-gate.mjs), as the engine-late tests drive it.
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame, until } from '../frames.js';

export type Lit = HTMLElement & { updateComplete: Promise<boolean> };
export type Calc = Lit & {
  setAmounts(v: Record<string, string>): void; validate(): boolean; clear(): void;
  entry: string; result: { payout: string } | null;
};
export type Ledger = Lit & { rows: Array<{ id: string; date: string; selfPaid: string }>; reset(): void };
type Bundle = { loadEngine(): Promise<{ calculate(r: Record<string, string>): { payout: string } }> };

export const text = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const LOADING = '正在载入计算规则';
export const FAILED = '计算规则未能载入';
export const ROWS = [{ id: 'a', date: '2015-03-01', selfPaid: '30000' }, { id: 'b', date: '2015-06-01', selfPaid: '120000' }];

/** The page behind `gate`, once its calculator form and ledger are drawn (with or without the engine). */
export async function open(gate: string) {
  const f = await openFrame(`/test/fixtures/engine-gate.html?gate=${gate}`, 1280, 1600);
  const doc = f.contentDocument!;
  const calc = await until(() => (doc.querySelector('dbbx-calculator')?.shadowRoot?.querySelector('#f-selfPaid') ? doc.querySelector('dbbx-calculator') as Calc : null), 'the calculator form');
  const ledger = await until(() => (doc.querySelector('dbbx-ledger')?.shadowRoot?.querySelector('.add-row') ? doc.querySelector('dbbx-ledger') as Ledger : null), 'the ledger');
  const bundle = (f.contentWindow as unknown as { dbbxBundle: Promise<Bundle> }).dbbxBundle;
  return { f, doc, calc, ledger, bundle };
}

/** Types into a field of an element's shadow root as a person would (input, then change). */
export function type(el: Lit, selector: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Lets the held-back engine part through. */
export const release = (gate: string) => executeServerCommand('dbbx-engine-gate', { release: gate });
/** The ledger's 本次支付 column as shown. */
export const payouts = (l: Lit) => [...l.shadowRoot!.querySelectorAll('tbody td.strong')].map(text);
