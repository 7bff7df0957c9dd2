// The small base every dbbx element shares: which language to speak (its own lang attribute, else the
// nearest ancestor's, else the document's) and the theme tokens. No business rules live here.
import { LitElement, css } from 'lit';
import { normaliseLang, msg, type Lang, type MessageKey } from '../../i18n/index.js';

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

export class DbbxElement extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
  };

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

  /** The language the element speaks: its own lang, else the nearest ancestor's (across shadow roots). */
  get language(): Lang {
    if (this.lang) return normaliseLang(this.lang);
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return normaliseLang(node.getAttribute('lang'));
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return 'zh-CN';
  }

  protected t(key: MessageKey, params?: Record<string, string | number>): string {
    return msg(this.language, key, params);
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
