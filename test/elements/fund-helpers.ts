// What the <dbbx-fund> tests share: the element's own inputs typed into as a person does, and axe.
import 'axe-core/axe.min.js';
import type { DbbxFund } from '../../src/elements/fund/fund.js';

type Axe = { run(ctx: Element, opts?: object): Promise<{ violations: { id: string }[] }> };
/** axe-core's global, set by its script above. */
export const axe = (globalThis as unknown as { axe: Axe }).axe;
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);

/** Types into one of the element's inputs (the input event, as typing sends). */
export function set(el: DbbxFund, sel: string, value: string) {
  const i = $<HTMLInputElement>(el, sel)!;
  i.value = value;
  i.dispatchEvent(new Event('input'));
}
