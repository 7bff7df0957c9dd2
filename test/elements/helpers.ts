import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { DbbxCalculator } from '../../src/elements/calculator/calculator.js';

export async function mount(t: TemplateResult): Promise<DbbxCalculator> {
  const el = await fixture<DbbxCalculator>(t);
  await el.updateComplete;
  return el;
}

/**
 * Opens the "which line of my 结算单?" help as a person does and waits for its lines, which are fetched on the
 * first opening (issue 13).
 */
export async function openHelp(el: DbbxCalculator): Promise<HTMLDetailsElement> {
  const help = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="help"]')!;
  if (!help.open) help.querySelector('summary')!.click();
  const end = Date.now() + 8000;
  while (!help.querySelector('.slip-drawing, .help-none')) {
    if (Date.now() > end) throw new Error('timed out waiting for the slip help');
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
  return help;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** Focuses a field the way a person would reach it and types into it with the keyboard. */
export async function typeInto(el: DbbxCalculator, sel: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, sel);
  if (!input) throw new Error(`no field ${sel}`);
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

export async function press(el: DbbxCalculator, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Picks an option of a select inside the element and lets it react as to a person's choice. */
export async function choose(el: DbbxCalculator, sel: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement | HTMLInputElement>(el, sel)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function breakdownOf(el: DbbxCalculator) {
  const b = $(el, 'dbbx-breakdown');
  return b ? (b as HTMLElement & { updateComplete: Promise<unknown> }) : null;
}

export async function breakdownRows(el: DbbxCalculator): Promise<string[][]> {
  const b = breakdownOf(el);
  if (!b) return [];
  await b.updateComplete;
  return $$(b, 'table[part="table"] tbody tr').map((tr) =>
    [...tr.children].map((c) => text(c.cloneNode(true) as Element).replace(/\s*(甬政办发|江阴市城乡|潮府办|粤府办|常开委办).*$/, '')));
}
