// The small base every dbbx element shares: which language to speak (its own lang attribute, else the
// nearest ancestor's, else the document's) and the theme tokens. No business rules live here.
import { LitElement, css, html, nothing } from 'lit';
import { normaliseLang, msg, pick, hasLanguage, loadLanguage, type Lang, type MessageKey } from '../../i18n/index.js';
import type { Bilingual, Group } from '../../engine/types.js';

/**
 * detail of `dbbx-cleared` (<dbbx-calculator>'s and <dbbx-ledger>'s 清空，下一位): the settings kept for the next
 * person and the group now in force (the policy's default; null while no policy is chosen). The calculator also
 * says its settlement date; the ledger has none (each discharge has its own).
 */
export interface DbbxClearedDetail { region: string; scheme: string; group: Group | null; date?: string }

/** Something the host page set that the element cannot use: an attribute, a property, a method's argument. */
export interface HostIssue extends Bilingual {
  /** The attribute or property, as the host wrote it. */
  field: string;
}

// Attributes any element may carry, and those frameworks add (Vue's data-v-*, Angular's _ngcontent-*).
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'slot', 'part', 'exportparts', 'hidden', 'title', 'tabindex', 'dir',
  'lang', 'role', 'inert', 'autofocus', 'translate', 'contenteditable', 'draggable', 'spellcheck', 'accesskey', 'nonce', 'is',
  'popover', 'enterkeyhint', 'inputmode', 'itemscope', 'itemprop', 'itemtype', 'itemid', 'itemref']);
const FOREIGN_PREFIX = /^(data-|aria-|on|_|ng-|v-|x-|xml|xmlns)/;

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

const langObservers = new Set<DbbxElement>();
let observer: MutationObserver | null = null;

function watchDocumentLang(el: DbbxElement, on: boolean): void {
  if (on) langObservers.add(el);
  else langObservers.delete(el);
  if (langObservers.size && !observer && typeof MutationObserver !== 'undefined') {
    // An ancestor's lang can change after the element renders (a portal's language switch).
    observer = new MutationObserver(() => langObservers.forEach((e) => e.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!langObservers.size && observer) {
    observer.disconnect();
    observer = null;
  }
}

/** How a host's value is named in a message: its type, never "[object Object]". */
function describeValue(value: unknown): { zh: string; en: string } {
  if (Array.isArray(value)) return { zh: '一个数组', en: 'an array' };
  if (value instanceof Date) return { zh: '一个 Date 对象', en: 'a Date object' };
  if (typeof value === 'boolean') return { zh: String(value), en: String(value) };
  if (typeof value === 'function') return { zh: '一个函数', en: 'a function' };
  // NaN and Infinity are named in words: the screen never shows "NaN".
  if (typeof value === 'number') return { zh: '一个无效的数字', en: 'an invalid number' };
  return { zh: `一个${typeof value === 'object' ? '对象' : ` ${typeof value} 值`}`, en: `a${typeof value === 'object' ? 'n object' : ` ${typeof value}`}` };
}

/**
 * A text property as a host may set it (a number for a region code, null for "not set", spaces from a template):
 * a string without the spaces around it (a code or a choice, never an amount), a number as written, null and
 * undefined as absent. Anything else is the host's error, named by its attribute, and nothing is guessed from it.
 */
export function hostText(attribute: string, value: unknown): { value: string | null } | { issue: HostIssue } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string') return { value: value.trim() };
  if (typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value))) return { value: String(value) };
  const got = describeValue(value);
  return { issue: { field: attribute, zh: `应为文字，收到的是${got.zh}。`, en: `must be text; it was given ${got.en}.` } };
}

/** A text property a host sets: the property, its attribute, and its value when unset (a function: computed then). */
export type TextProp = readonly [prop: string, attribute: string, unset: string | null | (() => string)];

export class DbbxElement extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
  };

  /** Text properties the host set to something that is not text (an object, an array), by attribute. */
  protected hostPropIssues = new Map<string, HostIssue>();

  /**
   * Reads the changed text properties in place as their attributes would be (hostText): absent — or empty, where
   * empty is not a value of its own — becomes the documented default; anything that is not text is an issue named
   * by its attribute (hostPropIssues) and the property falls back to its default, nothing guessed from it.
   */
  protected readTextProps(changed: import('lit').PropertyValues, props: readonly TextProp[]): void {
    const self = this as unknown as Record<string, unknown>;
    for (const [prop, attribute, unset] of props) {
      if (!changed.has(prop)) continue;
      const read = hostText(attribute, self[prop]);
      if ('issue' in read) this.hostPropIssues.set(attribute, read.issue);
      else this.hostPropIssues.delete(attribute);
      const value = 'issue' in read ? null : read.value;
      const emptyIsUnset = unset !== '' && unset !== null;
      const next = value === null || (value === '' && emptyIsUnset) ? (typeof unset === 'function' ? unset() : unset) : value;
      if (next !== self[prop]) self[prop] = next;
    }
  }

  /** 'zh-CN' (default) or 'en'; without it, the nearest ancestor's lang. */
  declare lang: string;

  constructor() {
    super();
    this.lang = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchDocumentLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchDocumentLang(this, false);
  }

  /**
   * English arrives on demand: an update waits for it, so an English page's first render is already English
   * (nothing shows meanwhile) and a switch to English keeps the Chinese screen until the words are here.
   * updateComplete includes the wait. A failed fetch renders in Chinese rather than never.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = this.language;
    if (hasLanguage(lang)) return super.scheduleUpdate();
    return loadLanguage(lang).catch(() => undefined).then(() => super.scheduleUpdate());
  }

  /** Set for the length of one update: a render asks for the language hundreds of times (every message). */
  private _updateLang: Lang | null = null;

  protected override update(changed: import('lit').PropertyValues): void {
    this._updateLang = null;
    this._updateLang = this.language;
    try {
      super.update(changed);
    } finally {
      this._updateLang = null;
    }
  }

  /** The language the element speaks: its own lang, else the nearest ancestor's (across shadow roots). */
  get language(): Lang {
    if (this._updateLang) return this._updateLang;
    if (this.lang) return normaliseLang(this.lang);
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return normaliseLang(node.getAttribute('lang'));
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return 'zh-CN';
  }

  protected t(key: MessageKey, params?: Record<string, string | number>): string {
    return msg(this.language, key, { programme: pick(this.language, this.programme()), ...params });
  }

  /** The insurance this element speaks of (大病保险, or a supplementary one): {programme} in messages. */
  protected programme(): Bilingual {
    return { zh: '大病保险', en: '大病保险' };
  }

  /**
   * Attributes this element does not have (a typo such as regoin="330200" would otherwise leave the element
   * quietly on its default), each with the nearest real one.
   */
  protected unknownAttributeIssues(): HostIssue[] {
    const known = (this.constructor as typeof LitElement).observedAttributes;
    const out: HostIssue[] = [];
    for (const { name } of [...this.attributes]) {
      if (known.includes(name) || GLOBAL_ATTRIBUTES.has(name) || FOREIGN_PREFIX.test(name)) continue;
      const near = known.map((k) => [k, distance(name, k)] as const).sort((a, b) => a[1] - b[1])[0];
      const hint = near && near[1] <= 3 ? near[0] : null;
      out.push({
        field: name,
        zh: `没有 ${name} 这个属性${hint ? `（是否应为 ${hint}？）` : ''}；可用的属性：${known.join('、')}。`,
        en: `There is no attribute ${name}${hint ? ` (did you mean ${hint}?)` : ''}; the attributes are: ${known.join(', ')}.`,
      });
    }
    return out;
  }

  /** The box that shows what the host page set wrongly, where a person (and the page's developer) sees it. */
  protected hostIssuesBox(issues: HostIssue[]) {
    if (!issues.length) return nothing;
    const lang = this.language;
    return html`<div class="host-error" role="alert" part="host-error">
      <p class="host-error-title">${this.t('hostErrorTitle')}</p>
      <ul>${issues.map((i) => html`<li><code>${i.field}</code>: ${pick(lang, i)}</li>`)}</ul>
    </div>`;
  }
}

/**
 * Theme tokens. Hosts theme only through these --dbbx-* properties and ::part(); defaults look like a calm
 * government form and meet WCAG AA contrast on white.
 */
export const tokens = css`
  :host {
    --_font: var(--dbbx-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_text: var(--dbbx-color-text, #1d2329);
    --_muted: var(--dbbx-color-muted, #4a5560);
    --_accent: var(--dbbx-color-accent, #0b5cab);
    --_on-accent: var(--dbbx-color-on-accent, #ffffff);
    --_error: var(--dbbx-color-error, #b3261e);
    --_warning-bg: var(--dbbx-color-warning-bg, #fff7e0);
    --_warning-border: var(--dbbx-color-warning-border, #b57f00);
    --_border: var(--dbbx-color-border, #6b7680);
    --_rule: var(--dbbx-color-rule, #d5dbe1);
    --_surface: var(--dbbx-color-surface, #ffffff);
    --_surface-alt: var(--dbbx-color-surface-alt, #f3f5f7);
    --_focus: var(--dbbx-color-focus, #ffbf47);
    --_paid: var(--dbbx-color-paid, #1f7a4d);
    --_unpaid: var(--dbbx-color-unpaid, #c9d3dc);
    --_radius: var(--dbbx-radius, 4px);
    --_space: var(--dbbx-space, 1rem);
    --_size: var(--dbbx-font-size, 1rem);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .host-error {
    border: 3px solid var(--_error); padding: 0.5rem 0.75rem; margin: 0 0 var(--_space); background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .host-error-title { font-weight: 700; color: var(--_error); margin: 0 0 0.25rem; }
  .host-error ul { margin: 0; padding-left: 1.25rem; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;

/**
 * The date a date field holds once it is settled, or null while a person is still typing it: a part-typed
 * field reads '' with validity.badInput in Chromium, and a year is typed digit by digit (0002, 0020, 0201…).
 * Writing either back into the field would wipe what is being typed. '' (a field emptied on purpose) is
 * returned as ''.
 */
export function settledDate(input: HTMLInputElement, typing: boolean): string | null {
  if (input.validity.badInput) return null;
  const v = input.value;
  if (typing && v && Number(v.slice(0, 4)) < 1900) return null;
  return v;
}
