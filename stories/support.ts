// Shared by the element stories (the glob only picks up *.stories.ts, so this file is not a story).
// Decorator-free Lit: plain `lit` templates and directives.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { CalculationResult, DbbxCalculator } from '../src/index.js';

/** The texts `setAmounts()` takes, as a desk system would give them. */
export type Amounts = Parameters<DbbxCalculator['setAmounts']>[0];

/** Every --dbbx-* custom property in the manifest is an arg (a colour picker for the colours). */
type CssVarArgs = { [cssProperty: `--dbbx-${string}`]: string | undefined };

/** Args are named as the manifest names them: attributes by their attribute name, events as onDbbx…. */
export type CalculatorArgs = CssVarArgs & {
  region?: string;
  date?: string;
  scheme?: string;
  group?: string;
  'lock-region'?: boolean;
  entry?: string;
  context?: string;
  heading?: string;
  lang?: string;
  onDbbxResult?: (e: Event) => void;
  onDbbxError?: (e: Event) => void;
};

export type BreakdownArgs = CssVarArgs & {
  result?: CalculationResult | null;
  lang?: string;
};

/** The --dbbx-* args that are set, as a style for the element: the custom-property Controls work live. */
function cssVars(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(args).filter(
    (e): e is [string, string] => e[0].startsWith('--dbbx-') && typeof e[1] === 'string' && e[1] !== ''));
}

const filled = new WeakSet<Element>();

/**
 * Fills the amounts through the element's public `setAmounts()` as soon as the element exists (so the result
 * shows in the canvas and on the docs page alike), then optionally `validate()`s, as pressing 计算 does. Each
 * element is filled once: changing a Control re-renders the story without overwriting what was typed.
 */
export function fill(values?: Amounts, opts: { validate?: boolean } = {}) {
  if (!values) return nothing;
  return ref((el) => {
    if (!el || filled.has(el)) return;
    filled.add(el);
    const go = async () => {
      const calc = el as DbbxCalculator;
      calc.setAmounts(values);
      if (opts.validate) {
        await calc.updateComplete;
        calc.validate();
      }
    };
    if (typeof (el as Partial<DbbxCalculator>).setAmounts === 'function') void go();
    else void customElements.whenDefined('dbbx-calculator').then(go);
  });
}

const blank = (s: string | undefined) => (s ? s : undefined);

export function calculator(args: CalculatorArgs, values?: Amounts, opts?: { validate?: boolean }): TemplateResult {
  return html`<dbbx-calculator
    region=${ifDefined(blank(args.region))}
    date=${ifDefined(blank(args.date))}
    scheme=${ifDefined(blank(args.scheme))}
    group=${ifDefined(blank(args.group))}
    ?lock-region=${!!args['lock-region']}
    entry=${ifDefined(blank(args.entry))}
    context=${ifDefined(blank(args.context))}
    heading=${ifDefined(args.heading)}
    lang=${ifDefined(blank(args.lang))}
    style=${styleMap(cssVars(args))}
    @dbbx-result=${args.onDbbxResult}
    @dbbx-error=${args.onDbbxError}
    ${fill(values, opts)}
  ></dbbx-calculator>`;
}

export function breakdown(args: BreakdownArgs): TemplateResult {
  return html`<dbbx-breakdown
    .result=${args.result ?? null}
    lang=${ifDefined(blank(args.lang))}
    style=${styleMap(cssVars(args))}
  ></dbbx-breakdown>`;
}
