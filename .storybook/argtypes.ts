// One generic rule for the Controls the manifest gives (no hand-written argTypes per attribute): the manifest
// says what each entry is, this decides which control it gets.
//  - CSS custom properties (typed 'void' in the manifest) become text args, so --dbbx-color-* get the colour
//    picker (preview.ts's matcher) and the stories' render functions apply them to the element's style;
//  - CSS shadow parts, events and slots are documentation only: no control (events are logged as actions);
//  - a property that has a getter but no setter on the element (the calculator's `issues`, `language`…) is
//    read-only: documented, no control;
//  - the table lists attributes first, then properties, events, custom properties and parts.
import type { Preview } from '@storybook/web-components-vite';
import { listPolicies, GROUPS, GROUP_WORDS, SCHEMES, SCHEME_WORDS } from '../src/engine/core.js';

/**
 * Closed lists a designer picks from, read from the engine (never a hand-kept copy): the registered regions,
 * the schemes, the groups, the entry modes and contexts. '' stands for "not set" (the element's default).
 */
function choices(): Record<string, { options: string[]; labels: Record<string, string> }> {
  const regions = listPolicies().filter((p) => p.kind === 'city');
  const list = (values: readonly string[], label: (v: string) => string) => ({
    options: ['', ...values],
    labels: { '': '(未设置 / not set)', ...Object.fromEntries(values.map((v) => [v, label(v)])) },
  });
  return {
    region: list(regions.map((r) => r.region), (v) => {
      const r = regions.find((x) => x.region === v)!;
      return `${v} ${r.name.zh} · ${r.name.en}`;
    }),
    scheme: list(SCHEMES, (v) => `${v} ${SCHEME_WORDS[v as 'resident'].zh}`),
    group: list(GROUPS, (v) => `${v} ${GROUP_WORDS[v as 'general'].zh}`),
    entry: list(['year-to-date', 'discharge'], (v) => v),
    context: list(['portal', 'desk'], (v) => v),
    lang: list(['zh-CN', 'en'], (v) => v),
  };
}

type Enhancer = NonNullable<Preview['argTypesEnhancers']>[number];

function readOnly(tag: unknown, name: string): boolean {
  if (typeof tag !== 'string') return false;
  let proto: object | null = customElements.get(tag)?.prototype ?? null;
  while (proto && proto !== HTMLElement.prototype) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) return !!d.get && !d.set;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return false;
}

const ORDER = ['attributes', 'properties', 'events', 'slots', 'css custom properties', 'css shadow parts'];
const rank = (category: unknown) => {
  const i = ORDER.indexOf(String(category));
  return i < 0 ? ORDER.length : i;
};

export const manifestControls: Enhancer = (context) => {
  const closed = choices();
  const out = Object.fromEntries(Object.entries(context.argTypes)
    .sort(([, a], [, b]) => rank(a.table?.category) - rank(b.table?.category)));
  for (const [name, argType] of Object.entries(out)) {
    const category = argType.table?.category;
    if (category === 'css custom properties') {
      out[name] = { ...argType, type: { name: 'string' } };
    } else if (category === 'css shadow parts' || category === 'events' || category === 'slots') {
      out[name] = { ...argType, control: false };
    } else if (category === 'properties' && readOnly(context.component, name)) {
      out[name] = { ...argType, control: false };
    } else if (category === 'attributes' && closed[name]) {
      out[name] = { ...argType, options: closed[name].options, control: { type: 'select', labels: closed[name].labels } };
    }
  }
  return out;
};
