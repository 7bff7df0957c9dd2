// <dbbx-policy-source>: how a page with only the one-file bundle registers an operator's policy data (a
// county's own figures, this year's threshold) before the calculators use it. No code on the page: the data is
// a JSON file named by `src` (same origin, so the README's strict CSP allows it) or a JSON block inside the
// element. It validates with the same checks as registerPolicy and `dbbx lint` (the validator is loaded only
// now), registers everything or nothing, and shows the operator's errors on the page, in the page's language.
import { html, nothing } from 'lit';
import { DbbxElement } from '../shared/base.js';
import { policySourceStyles } from './styles.js';
import { DbbxPolicyError, type PolicyProblem } from '../../engine/errors.js';
import { loadEngine } from '../shared/engine.js';
import { pick } from '../../i18n/index.js';

export interface DbbxPoliciesDetail {
  /** ids of the policy versions registered. */
  ids: string[];
}
export interface DbbxPoliciesErrorDetail {
  problems: PolicyProblem[];
}

const T = {
  title: { zh: '政策数据未能载入，本页不会用它计算', en: 'The policy data was not loaded; this page will not calculate with it' },
  intro: { zh: '请运营方更正以下问题（可用 npx dbbx lint 文件名.json 检查）：', en: 'For the operator to correct (check with npx dbbx lint file.json):' },
  loaded: { zh: '已载入政策数据：{ids}', en: 'Policy data loaded: {ids}' },
  fetch: { zh: '无法载入 {src}（{why}）。', en: 'Could not load {src} ({why}).' },
  json: { zh: '不是有效的 JSON：{why}', en: 'is not valid JSON: {why}' },
  engine: { zh: '计算规则未能载入，政策数据无法登记。请检查网络后刷新页面。', en: 'The calculation rules could not be loaded, so the policy data cannot be registered. Check the connection and reload the page.' },
  empty: { zh: '没有政策数据：请用 src 属性指向 JSON 文件，或在元素内放入 <script type="application/json">。', en: 'No policy data: point src at a JSON file, or put a <script type="application/json"> inside the element.' },
};

/**
 * Registers operator policy data from a JSON file or an inline JSON block, and shows its problems.
 *
 * @fires dbbx-policies - The data was registered. detail: DbbxPoliciesDetail
 * @fires dbbx-policies-error - The data was refused; nothing was registered. detail: DbbxPoliciesErrorDetail
 * @csspart error - The box listing the problems.
 * @csspart status - The line saying what was loaded (with the `show-status` attribute).
 */
export class DbbxPolicySource extends DbbxElement {
  static override styles = policySourceStyles;
  static override properties = {
    ...DbbxElement.properties,
    src: { type: String },
    showStatus: { type: Boolean, attribute: 'show-status' },
    _state: { state: true },
    _problems: { state: true },
    _ids: { state: true },
  };

  /** URL of a JSON file holding one policy or a list of them (same origin under a strict CSP). */
  declare src: string;
  /** Also say what was loaded (for an operator's test page); errors are always shown. */
  declare showStatus: boolean;
  declare private _state: 'idle' | 'loading' | 'loaded' | 'error';
  declare private _problems: PolicyProblem[];
  declare private _ids: string[];
  /** Settles when this element's data has been registered or refused. */
  loaded: Promise<void> = Promise.resolve();
  private _started = false;

  constructor() {
    super();
    this.src = '';
    this.showStatus = false;
    this._state = 'idle';
    this._problems = [];
    this._ids = [];
  }

  /** 'loading', then 'loaded' (registered) or 'error' (refused: nothing registered). */
  get state(): 'idle' | 'loading' | 'loaded' | 'error' {
    return this._state;
  }

  /** The problems found, each with its path, in Chinese and English ([] unless state is 'error'). */
  get problems(): PolicyProblem[] {
    return this._problems;
  }

  /** The ids of the policy versions registered. */
  get ids(): string[] {
    return this._ids;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._started) return;
    this._started = true;
    // Children written after the element by the parser (a classic script above it) arrive after connection.
    if (!this.src && !this.querySelector('script') && document.readyState === 'loading') {
      // A once-only listener for the end of the document's parse: it removes itself, nothing to tear down.
      // eslint-disable-next-line wc/require-listener-teardown
      this.loaded = new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true })).then(() => this._load());
    } else this.loaded = this._load();
  }

  private async _read(): Promise<{ data: unknown[]; problems: PolicyProblem[] }> {
    const out: unknown[] = [];
    const problems: PolicyProblem[] = [];
    const add = (v: unknown) => (Array.isArray(v) ? out.push(...v) : out.push(v));
    const fill = (t: { zh: string; en: string }, p: Record<string, string>) => {
      const f = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => p[k] ?? '');
      return { zh: f(t.zh), en: f(t.en) };
    };
    for (const s of this.querySelectorAll('script[type="application/json"]')) {
      try { add(JSON.parse(s.textContent ?? '')); } catch (e) {
        problems.push({ path: '<script type="application/json">', ...fill(T.json, { why: (e as Error).message }) });
      }
    }
    if (this.src) {
      try {
        const res = await fetch(this.src, { credentials: 'same-origin', headers: { accept: 'application/json' } });
        if (!res.ok) problems.push({ path: this.src, ...fill(T.fetch, { src: this.src, why: `HTTP ${res.status}` }) });
        else {
          const text = (await res.text()).replace(/^\uFEFF/, '');
          try { add(JSON.parse(text)); } catch (e) { problems.push({ path: this.src, ...fill(T.json, { why: (e as Error).message }) }); }
        }
      } catch (e) {
        problems.push({ path: this.src, ...fill(T.fetch, { src: this.src, why: (e as Error).message }) });
      }
    }
    if (!problems.length && !out.length) problems.push({ path: '', ...T.empty });
    return { data: out, problems };
  }

  private async _load(): Promise<void> {
    this._state = 'loading';
    const { data, problems } = await this._read();
    if (problems.length) return this._fail(problems);
    const engine = await loadEngine().catch(() => null);
    if (!engine) return this._fail([{ path: '', ...T.engine }]);
    try {
      const registered = await engine.registerPolicies(data);
      this._ids = registered.map((p) => p.id);
      this._state = 'loaded';
      this.dispatchEvent(new CustomEvent<DbbxPoliciesDetail>('dbbx-policies', { detail: { ids: this._ids }, bubbles: true, composed: true }));
    } catch (e) {
      if (!(e instanceof DbbxPolicyError)) throw e;
      this._fail(e.problems);
    }
  }

  private _fail(problems: PolicyProblem[]): void {
    this._problems = problems;
    this._state = 'error';
    // The console too, for whoever opens the developer tools first.
    console.error(new DbbxPolicyError(problems).message);
    this.dispatchEvent(new CustomEvent<DbbxPoliciesErrorDetail>('dbbx-policies-error', { detail: { problems }, bubbles: true, composed: true }));
  }

  override render() {
    const lang = this.language;
    if (this._state === 'error') {
      return html`<div class="error" part="error" role="alert">
        <h2>${pick(lang, T.title)}</h2>
        <p>${pick(lang, T.intro)}</p>
        <ul>${this._problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>：` : nothing}${pick(lang, p)}</li>`)}</ul>
      </div>`;
    }
    if (this._state === 'loaded' && this.showStatus) {
      return html`<p class="status" part="status" role="status">${pick(lang, T.loaded).replace('{ids}', this._ids.join(', '))}</p>`;
    }
    return nothing;
  }
}
