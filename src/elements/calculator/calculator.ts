// <dbbx-calculator>: the whole widget a portal or a discharge desk embeds. It gathers what the engine needs,
// shows the engine's answer, and keeps every character the user typed; every rule — which schemes and groups
// a policy offers, what an amount means, what is paid — comes from the engine.
import { html, nothing, type PropertyValues } from 'lit';
import { DbbxElement, settledDate, type HostIssue, type DbbxClearedDetail, type TextProp } from '../shared/base.js';
import { warningsFirst } from '../shared/policies.js';
import { EngineElement, engineNow, engineFailed } from '../shared/engine.js';
import { calculatorStyles } from './styles.js';
import '../breakdown/breakdown.js';
import { isGroup, isScheme, groupChoiceIssue, schemeChoiceIssue } from '../../engine/choices.js';
import { DbbxInputError, type InputIssue } from '../../engine/errors.js';
import type {
  Amount, CalculationRequest, CalculationResult, Group, PolicySummary, ResolvedPolicy, Scheme,
} from '../../engine/types.js';
import { localToday } from '../../engine/dates.js';
import { formatMoney, pick, type MessageKey } from '../../i18n/index.js';
import { programmeName } from '../../help/programmes.js';
import type { SlipLineId } from '../../help/slip-help.js';
import { nextStep } from '../../help/next-step.js';

// The 结算单 help (every line of every document, quoted) is fetched when a person first opens it, not with the
// page (issue 13); the next step under a result is small and stays in the first load (../../help/next-step.ts).
type SlipHelpModule = typeof import('../../help/slip-help.js');
let slipHelpModule: SlipHelpModule | null = null;
let slipHelpLoading: Promise<SlipHelpModule> | null = null;
function loadSlipHelp(): Promise<SlipHelpModule> {
  slipHelpLoading ??= import('../../help/slip-help.js').then((m) => (slipHelpModule = m), (e: unknown) => {
    slipHelpLoading = null; // tried again the next time the help is opened
    throw e;
  });
  return slipHelpLoading;
}
import type { Bilingual } from '../../engine/types.js';

type MoneyField = 'selfPaid' | 'priorSelfPaid' | 'otherSelfPaid' | 'priorOtherSelfPaid' | 'otherSelfPaidLimit'
  | 'thisDischarge' | 'thisOther' | 'earlierOther';
const XINBEI_FIELDS: MoneyField[] = ['otherSelfPaid', 'priorOtherSelfPaid', 'otherSelfPaidLimit'];
const MONEY_FIELDS: MoneyField[] = ['selfPaid', 'priorSelfPaid', ...XINBEI_FIELDS, 'thisDischarge', 'thisOther', 'earlierOther'];
/** Per-discharge entry: engine fields (year to date) back to the fields a person filled in. */
const DISCHARGE_FIELD: Record<string, string> = {
  selfPaid: 'thisDischarge', priorSelfPaid: 'earlier[0]', otherSelfPaid: 'thisOther', priorOtherSelfPaid: 'earlierOther',
};
const ENTRIES = ['year-to-date', 'discharge'] as const;
/** The text properties a host sets, with their attributes and what "not set" means for each. */
const TEXT_PROPS: readonly TextProp[] = [
  ['region', 'region', ''], ['date', 'date', () => localToday()], ['scheme', 'scheme', ''], ['group', 'group', ''],
  ['entry', 'entry', 'year-to-date'], ['context', 'context', 'portal'], ['heading', 'heading', null],
  ['otherLimit', 'other-self-paid-limit', null],
];
const CONTEXTS = ['portal', 'desk'] as const;
/** How long typing must pause before the result is read out to a screen reader. */
const ANNOUNCE_PAUSE_MS = 1200;
/** Fields that are choices (the page's or the person's), not typing: their errors show at once. */
const CONTEXT_FIELDS = new Set(['region', 'date', 'scheme', 'group']);
const NO_VALUES: Record<MoneyField, string> = {
  selfPaid: '', priorSelfPaid: '', otherSelfPaid: '', priorOtherSelfPaid: '', otherSelfPaidLimit: '', thisDischarge: '', thisOther: '', earlierOther: '',
};

interface ExcludedRow { reason: string; amount: string }

export interface DbbxErrorDetail { issues: InputIssue[] }

export type { DbbxClearedDetail };


/** The id of the control an engine issue is about, inside this element's shadow root. */
function controlId(field: string): string {
  const m = /^excluded\[(\d+)\]\.(reason|amount)$/.exec(field);
  if (m) return `f-excluded-${m[1]}-${m[2]}`;
  const e = /^earlier\[(\d+)\]$/.exec(field);
  if (e) return `f-earlier-${e[1]}`;
  return `f-${field}`;
}

/**
 * 大病保险 calculator: region and date pick the policy version, the person's year-to-date burden gives the
 * payout for this discharge, tier by tier, with every figure's source.
 *
 * @tag dbbx-calculator
 * @fires dbbx-result - A new result; detail: the engine's CalculationResult.
 * @fires dbbx-error - The inputs cannot be calculated; detail: { issues: InputIssue[] }, each { field, zh, en, message }.
 * @fires dbbx-cleared - Cleared for the next person (group back to the policy's default); detail: { region, date, scheme, group }.
 * @csspart title - The element's own heading (hide or replace it with the heading attribute).
 * @csspart help - The "where do I find this on my 结算单?" help.
 * @csspart next-step - The line saying what happens after the calculation, as the document states it.
 * @csspart host-error - What the host page set wrongly (an attribute, a property, setAmounts), shown above the form.
 * @csspart warnings - Warnings on the result (a document whose figures may be out of date, a group the policy does not know),
 *   above the payout.
 * @csspart form - The form.
 * @csspart field - Each field (label, hint, error and control).
 * @csspart label - Field labels.
 * @csspart hint - Field hints.
 * @csspart input - Text inputs and selects.
 * @csspart error - Inline error messages.
 * @csspart error-summary - The error summary at the top.
 * @csspart policy - The line naming the policy in force.
 * @csspart result - The live result region.
 * @csspart payout - The payout sentence.
 * @csspart button - Buttons.
 * @csspart print-button - The print button.
 * @csspart breakdown - The embedded <dbbx-breakdown>.
 * @cssprop --dbbx-font-family - Font stack.
 * @cssprop --dbbx-font-size - Base font size (default 1rem).
 * @cssprop --dbbx-color-text - Text colour.
 * @cssprop --dbbx-color-muted - Hints and secondary text.
 * @cssprop --dbbx-color-accent - Buttons, links and the result border.
 * @cssprop --dbbx-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --dbbx-color-error - Errors.
 * @cssprop --dbbx-color-border - Input borders.
 * @cssprop --dbbx-color-rule - Table rules.
 * @cssprop --dbbx-color-surface - Background.
 * @cssprop --dbbx-color-surface-alt - Panels and the below-threshold part of the bar.
 * @cssprop --dbbx-color-focus - Focus ring.
 * @cssprop --dbbx-color-paid - The paid part of the bar.
 * @cssprop --dbbx-color-unpaid - The unpaid part of the bar.
 * @cssprop --dbbx-color-warning-bg - Warning box background.
 * @cssprop --dbbx-color-warning-border - Warning box border.
 * @cssprop --dbbx-radius - Corner radius.
 * @cssprop --dbbx-space - Base spacing.
 */
export class DbbxCalculator extends EngineElement {
  static override properties = {
    ...DbbxElement.properties,
    region: { type: String, reflect: true },
    date: { type: String, reflect: true },
    scheme: { type: String, reflect: true },
    group: { type: String, reflect: true },
    lockRegion: { type: Boolean, reflect: true, attribute: 'lock-region' },
    entry: { type: String, reflect: true },
    context: { type: String, reflect: true },
    heading: { type: String },
    otherLimit: { type: String, attribute: 'other-self-paid-limit' },
    _earlier: { state: true, attribute: false },
    _slipValues: { state: true, attribute: false },
    _announced: { state: true, attribute: false },
    _values: { state: true, attribute: false },
    _excluded: { state: true, attribute: false },
    _shown: { state: true, attribute: false },
    _summary: { state: true, attribute: false },
  };

  static override styles = calculatorStyles;

  /** GB/T 2260 code of the region whose policy applies, e.g. 330200. */
  declare region: string;
  /** Settlement date, YYYY-MM-DD; default today. Picks the policy version in force. */
  declare date: string;
  /** 'resident' or 'employee'; empty: the first scheme the policy covers. Any other value is shown as an error. */
  declare scheme: string;
  /** 困难群体 group; empty: the policy's default. Only the groups the policy (or an overlay) recognises are offered. */
  declare group: string;
  /** Show only the given region (a city portal). */
  declare lockRegion: boolean;
  /**
   * 'year-to-date' (default): the year's burden including this discharge, and before it (a desk that has those
   * figures). 'discharge': this discharge's burden and the earlier ones of the year (how a patient thinks).
   */
  declare entry: string;
  /** 'portal' (default) or 'desk': the wording a person there expects (重新填写 / 清空，下一位). */
  declare context: string;
  /** The element's own heading: absent, the default; empty, none (the page has its own); text, that text. */
  declare heading: string | null;
  /** 元: a tendered annual limit on other self-paid costs (Xinbei), set by the operator; patients are never asked for it. */
  declare otherLimit: string | null;

  declare private _values: Record<MoneyField, string>;
  declare private _excluded: ExcludedRow[];
  /**
   * Fields whose errors are on screen. They appear when 计算 is pressed (GOV.UK's pattern: nothing moves under
   * the pointer while a person is typing) and then follow the text until it is fixed.
   */
  declare private _shown: Set<string>;
  declare private _summary: boolean;
  /** Earlier discharges of the year, one amount each (per-discharge entry). */
  declare private _earlier: string[];
  /** The amounts read off a 结算单 in the help's adder, by line. */
  declare private _slipValues: Partial<Record<SlipLineId, string>>;
  /** What the screen reader is told: the result, once typing pauses or the form is submitted. */
  declare private _announced: string;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;

  private _policies: PolicySummary[] = [];
  private _resolved: ResolvedPolicy | null = null;
  /** The help's chunk could not be fetched (offline, a server that lost it): said in the help, tried again when reopened. */
  private _helpFailed = false;
  private _contextIssues: InputIssue[] = [];
  private _issues: InputIssue[] = [];
  private _result: CalculationResult | null = null;
  /** What the host set wrongly through setAmounts (attributes are checked at each update). */
  private _setAmountsIssues: HostIssue[] = [];
  private _attrIssues: HostIssue[] = [];
  /** The request behind the current result or errors: a new one is announced once, whatever changed in it. */
  private _eventKey = '';
  private _lastEvent = '';
  private _registryChanged = false;
  /** 计算 pressed (or validate() called) before the engine arrived: its errors are shown when it does. */
  private _submitPending = false;

  constructor() {
    super();
    this.region = '';
    this.date = localToday();
    this.scheme = '';
    this.group = '';
    this.lockRegion = false;
    this.entry = 'year-to-date';
    this.context = 'portal';
    this.heading = null;
    this.otherLimit = null;
    this._earlier = [''];
    this._slipValues = {};
    this._announced = '';
    this._values = { ...NO_VALUES };
    this._excluded = [];
    this._shown = new Set();
    this._summary = false;
  }

  /** The last result shown, or null when there is none (nothing is ever left stale). */
  get result(): CalculationResult | null {
    return this._result;
  }

  /** The issues that stop a calculation now, shown or not yet. */
  get issues(): InputIssue[] {
    return this._issues;
  }

  /**
   * Fills the amounts for a known patient, as a desk system would, replacing every amount of the last person:
   * a field not given is empty, and excluded items and earlier discharges are cleared (the group stays as set).
   * Texts are kept as given; numbers are amounts. Anything else, or a field that does not exist, is shown as an
   * error.
   */
  setAmounts(values: Partial<Record<MoneyField, Amount | null>>): void {
    // A known patient's amounts replace the last person's: a field not given is empty, never the previous
    // patient's figure, and the last person's excluded items, earlier discharges and 结算单 sums go too.
    const next = { ...NO_VALUES };
    this._earlier = [''];
    this._excluded = [];
    this._slipValues = {};
    this._summary = false;
    const problems: HostIssue[] = [];
    if (values === null || typeof values !== 'object') {
      problems.push({ field: 'setAmounts()', zh: `应传入一个对象，例如 { selfPaid: '18000' }。`, en: `expects an object such as { selfPaid: '18000' }.` });
    } else {
      for (const [k, v] of Object.entries(values)) {
        if (!(MONEY_FIELDS as string[]).includes(k)) {
          problems.push({ field: `setAmounts({ ${k} })`, zh: `没有 ${k} 这一金额；可用：${MONEY_FIELDS.join('、')}。`, en: `there is no amount ${k}; the amounts are: ${MONEY_FIELDS.join(', ')}.` });
        } else if (v === null || v === undefined) next[k as MoneyField] = '';
        else if (typeof v === 'string' || typeof v === 'number') next[k as MoneyField] = String(v);
        else {
          problems.push({ field: `setAmounts({ ${k} })`, zh: '不是金额（应为文字或数字）。', en: 'is not an amount (give text or a number).' });
          next[k as MoneyField] = '';
        }
      }
    }
    this._setAmountsIssues = problems;
    this._values = next;
    // Amounts a system filled in are shown checked at once: nobody is typing them.
    this._shown = new Set(MONEY_FIELDS.filter((f) => next[f].trim()));
  }

  /**
   * Shows every error (as pressing 计算 does) and returns whether the inputs calculate. While the engine is still
   * loading (the one-file page) it returns false (nothing is known to calculate yet) and the errors are shown
   * when it arrives.
   */
  validate(): boolean {
    if (!engineNow()) {
      this._submitPending = true;
      return false;
    }
    this._shown = new Set([...this._shown, ...this._issues.map((i) => i.field), ...this._contextIssues.map((i) => i.field)]);
    this._summary = true;
    return this._issues.length === 0 && this._contextIssues.length === 0;
  }

  /**
   * Clears the amounts, excluded items, errors and result for the next patient; keeps region, date and scheme
   * (a desk's settings), puts the group back to the policy's default (telling the host with dbbx-cleared) and
   * the cursor in the first amount field.
   */
  clear(): void {
    this._values = { ...NO_VALUES };
    this._earlier = [''];
    this._slipValues = {};
    this._announced = '';
    this._excluded = [];
    this._shown = new Set();
    this._summary = false;
    this._submitPending = false;
    this._setAmountsIssues = [];
    // A hardship group is the person's, not the desk's: the next person starts as the policy's default.
    this.group = '';
    void this.drawn().then(() => {
      this.dispatchEvent(new CustomEvent<DbbxClearedDetail>('dbbx-cleared', {
        detail: { region: this.region, date: this.date, scheme: this.scheme_ ?? this.scheme, group: this._resolved ? this.group_ : null },
        bubbles: true, composed: true,
      }));
      this.renderRoot.querySelector<HTMLElement>(this.perDischarge ? '#f-thisDischarge' : '#f-selfPaid')?.focus();
    });
  }

  private get perDischarge(): boolean {
    return this.entry === 'discharge';
  }

  protected override programme(): Bilingual {
    return programmeName(this._resolved?.policy.id);
  }

  // The engine arrived, or a policy was registered after the first render: it is offered, and the result
  // recalculated under it.
  protected override engineChanged(): void {
    this._policies = [];
    this._resolved = null;
    this._registryChanged = true;
  }

  /** Opens the browser's print dialog; the print layout fits one A4 page. */
  print(): void {
    window.print();
  }

  // ---- deriving what to show -------------------------------------------------------------------

  /** The scheme calculated: the one asked for, or the policy's first when none is; null when it cannot be. */
  private get scheme_(): Scheme | null {
    const r = this._resolved;
    if (!r) return null;
    if (!this.scheme) return r.schemes[0]!;
    return isScheme(this.scheme) && r.schemes.includes(this.scheme) ? this.scheme : null;
  }

  /**
   * The group calculated: the one asked for (the engine warns when the policy has no rule for it, or refuses
   * it when the policy does not cover it), or the policy's default when none is; null for a value that is
   * no group at all. Never another group in its place.
   */
  private get group_(): Group | null {
    const r = this._resolved;
    if (!this.group) return r?.defaultGroup ?? 'general';
    return isGroup(this.group) ? this.group : null;
  }

  private get usesOther(): boolean {
    return !!this._resolved?.otherSelfPaid;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Hosts set properties with odd types (a number for region, a Date for date, null for "not set", an
    // object by mistake): read them as the attribute would be, or say what is wrong and calculate nothing.
    if ((this.date as unknown) instanceof Date) this.date = localToday(this.date as unknown as Date);
    this.readTextProps(changed, TEXT_PROPS);
    if (!this._policies.length) this._policies = engineNow()?.listPolicies().filter((p) => p.kind === 'city') ?? [];
    const contextChanged = changed.has('region') || changed.has('date') || changed.has('scheme') || changed.has('group')
      || changed.has('entry') || changed.has('context') || changed.has('otherLimit') || changed.has('heading');
    const registry = this._registryChanged;
    this._registryChanged = false;
    if (contextChanged || registry || !this._resolved) this.resolveContext();
    if (contextChanged || registry || changed.has('_values' as keyof DbbxCalculator) || changed.has('_excluded' as keyof DbbxCalculator)
      || changed.has('_earlier' as keyof DbbxCalculator)) {
      this.recalculate();
    }
    // 计算 pressed while the engine loaded: pressed now.
    if (this._submitPending && engineNow()) this.validate();
  }

  private resolveContext(): void {
    this._contextIssues = [];
    this._resolved = null;
    this._attrIssues = [...this.unknownAttributeIssues(), ...this.hostPropIssues.values()];
    if (this.scheme && !isScheme(this.scheme)) this._attrIssues.push(schemeChoiceIssue(this.scheme));
    if (this.group && !isGroup(this.group)) this._attrIssues.push(groupChoiceIssue(this.group));
    for (const [name, value, allowed] of [['entry', this.entry, ENTRIES], ['context', this.context, CONTEXTS]] as const) {
      if (!(allowed as readonly string[]).includes(value)) {
        this._attrIssues.push({ field: name, zh: `${name}“${value}”不是可选值；可选：${allowed.join('、')}。`, en: `${name} "${value}" is not one of: ${allowed.join(', ')}.` });
      }
    }
    const engine = engineNow();
    if (!this.region || !engine) return;
    const { resolvePolicy } = engine;
    try {
      // The policy without a scheme first, so the form can offer the schemes it covers even when the one asked
      // for is not among them (that is then an error, never a quiet switch to another scheme).
      const first = resolvePolicy(this.region, this.date);
      this._resolved = first;
      if (isScheme(this.scheme) && this.scheme !== first.scheme) this._resolved = resolvePolicy(this.region, this.date, this.scheme);
    } catch (e) {
      if (!(e instanceof DbbxInputError)) throw e;
      this._contextIssues = e.issues;
    }
    // A bad date, region or scheme is a choice, not half-typed text: say so at once.
    this._shown = new Set([...this._shown, ...this._contextIssues.map((i) => i.field)]);
  }

  private request(): { req: CalculationRequest; excludedIndex: number[] } | { issues: InputIssue[] } | null {
    const scheme = this.scheme_;
    const group = this.group_;
    const engine = engineNow();
    if (!engine || !this._resolved || !scheme || !group || this._contextIssues.length || this._attrIssues.length) return null;
    const v = this._values;
    const req: CalculationRequest = { region: this.region, date: this.date, scheme, group, selfPaid: v.selfPaid };
    if (this.perDischarge) {
      // The year-to-date figures are the engine's sum of what the person typed, each amount read exactly.
      try {
        const ytd = engine.yearToDateFromDischarges({
          thisDischarge: v.thisDischarge, earlier: this._earlier,
          ...(this.usesOther ? { thisOther: v.thisOther, earlierOther: v.earlierOther } : {}),
        });
        req.selfPaid = ytd.selfPaid;
        req.priorSelfPaid = ytd.priorSelfPaid;
        if (ytd.otherSelfPaid !== null) req.otherSelfPaid = ytd.otherSelfPaid;
        if (ytd.priorOtherSelfPaid !== null) req.priorOtherSelfPaid = ytd.priorOtherSelfPaid;
      } catch (e) {
        if (!(e instanceof DbbxInputError)) throw e;
        return { issues: e.issues };
      }
    } else if (v.priorSelfPaid.trim()) req.priorSelfPaid = v.priorSelfPaid;
    const excludedIndex: number[] = [];
    if (this.usesOther && !this.perDischarge) {
      if (v.otherSelfPaid.trim()) req.otherSelfPaid = v.otherSelfPaid;
      if (v.priorOtherSelfPaid.trim()) req.priorOtherSelfPaid = v.priorOtherSelfPaid;
    }
    // The tendered limit: the operator's attribute, else (at a desk, year-to-date) the field.
    const limit = this.otherLimit ?? (this.usesOther && !this.perDischarge ? v.otherSelfPaidLimit : '');
    if (this.usesOther && limit.trim()) req.otherSelfPaidLimit = limit;
    if (this._resolved.exclusions.length) {
      req.excluded = [];
      this._excluded.forEach((x, i) => {
        if (!x.reason && !x.amount.trim()) return;
        excludedIndex.push(i);
        req.excluded!.push({ reason: x.reason, amount: x.amount });
      });
    }
    return { req, excludedIndex };
  }

  private recalculate(): void {
    const built = this.request();
    let result: CalculationResult | null = null;
    let issues: InputIssue[] = [];
    const first = this.perDischarge ? this._values.thisDischarge : this._values.selfPaid;
    if (built && first.trim() === '' && !this._summary) {
      issues = [];
    } else if (built && 'issues' in built) {
      issues = built.issues;
    } else if (built) {
      try {
        // request() gives a request only once the engine is here.
        result = engineNow()!.calculate(built.req);
      } catch (e) {
        if (!(e instanceof DbbxInputError)) throw e;
        // Excluded rows are sent without the empty ones, and per-discharge amounts as year-to-date sums: point
        // each issue back at the field on screen.
        issues = e.issues.map((i) => {
          const m = /^excluded\[(\d+)\](.*)$/.exec(i.field);
          if (m) return { ...i, field: `excluded[${built.excludedIndex[Number(m[1])]}]${m[2]}` };
          if (i.field === 'otherSelfPaidLimit' && this.otherLimit !== null) return { ...i, field: 'other-self-paid-limit' };
          return this.perDischarge && DISCHARGE_FIELD[i.field] ? { ...i, field: DISCHARGE_FIELD[i.field]! } : i;
        });
        // The operator's attribute is the page's to fix: shown above the form, nothing calculated.
        const attr = issues.filter((i) => i.field === 'other-self-paid-limit');
        if (attr.length) this._attrIssues = [...this._attrIssues, ...attr.map((i) => ({ field: i.field, zh: i.zh, en: i.en }))];
      }
    }
    this._issues = issues;
    const changedResult = (result ? result.payout : '') !== (this._result ? this._result.payout : '') || !result !== !this._result;
    this._result = result;
    this.scheduleAnnouncement(changedResult);
    // Every input that reaches the engine (excluded items' reasons and amounts included) makes the key.
    this._eventKey = built && (result || issues.length)
      ? `${result ? 'r' : 'e'}:${JSON.stringify('req' in built ? built.req : built.issues.map((i) => [i.field, i.code]))}` : '';
    // A group the policy does not cover is the page's choice, not typing: shown at once.
    const now = issues.filter((i) => CONTEXT_FIELDS.has(i.field)).map((i) => i.field);
    // Errors already on screen follow the text: they update or disappear, and none is added while typing.
    const live = new Set(issues.map((i) => i.field).concat(this._contextIssues.map((i) => i.field)));
    const shown = new Set([...this._shown, ...now].filter((f) => live.has(f)));
    if (shown.size !== this._shown.size || now.length) this._shown = shown;
    if (!this._shown.size) this._summary = false;
  }

  override updated(): void {
    const all = [...this._contextIssues, ...this._issues];
    const key = this._eventKey || (this._contextIssues.length ? `c:${JSON.stringify(this._contextIssues.map((i) => [i.field, i.code]))}:${this.region}:${this.date}:${this.scheme}` : '');
    if (key === this._lastEvent) return;
    this._lastEvent = key;
    if (this._result) {
      this.dispatchEvent(new CustomEvent<CalculationResult>('dbbx-result', { detail: this._result, bubbles: true, composed: true }));
    } else if (all.length) {
      this.dispatchEvent(new CustomEvent<DbbxErrorDetail>('dbbx-error', { detail: { issues: all }, bubbles: true, composed: true }));
    }
  }

  // ---- events ----------------------------------------------------------------------------------

  private onDate(input: HTMLInputElement, typing: boolean): void {
    const v = settledDate(input, typing);
    if (v !== null && v !== this.date) this.date = v;
  }

  private onMoney(field: MoneyField, e: Event): void {
    this._values = { ...this._values, [field]: (e.target as HTMLInputElement).value };
  }

  private editEarlier(i: number, value: string): void {
    this._earlier = this._earlier.map((x, j) => (j === i ? value : x));
  }

  private addEarlier(): void {
    this._earlier = [...this._earlier, ''];
    const i = this._earlier.length - 1;
    void this.drawn().then(() => this.renderRoot.querySelector<HTMLElement>(`#f-earlier-${i}`)?.focus());
  }

  private removeEarlier(i: number): void {
    this._earlier = this._earlier.length > 1 ? this._earlier.filter((_, j) => j !== i) : [''];
    this._shown = new Set([...this._shown].filter((f) => !f.startsWith('earlier[')));
    void this.drawn().then(() => this.renderRoot.querySelector<HTMLElement>('.add-earlier')?.focus());
  }

  /**
   * The result is read out once typing pauses (or at once on 计算): a screen reader must not say "0.00 元…
   * 未超过起付标准" after the first digit typed.
   */
  private scheduleAnnouncement(changed: boolean, now = false): void {
    clearTimeout(this._announceTimer);
    if (!changed && !now) return;
    const say = () => { this._announced = this.announcementText(); };
    if (now) say();
    else this._announceTimer = setTimeout(say, ANNOUNCE_PAUSE_MS);
  }

  private announcementText(): string {
    const r = this._result;
    if (!r) return '';
    const lang = this.language;
    const f = engineNow()!.claimFigures(r);
    return [
      this.t('payoutLine', { amount: formatMoney(lang, r.payout) }),
      this.t('remainingLine', { amount: formatMoney(lang, f.remaining), burden: formatMoney(lang, f.burden) }),
    ].join(' ');
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this._summary = true;
    this.recalculate();
    this.scheduleAnnouncement(true, true);
    if (!this.validate()) {
      void this.drawn().then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
    }
  }

  private focusField(e: Event, field: string): void {
    e.preventDefault();
    const el = this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`)
      ?? this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`);
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }

  private addExcluded(): void {
    this._excluded = [...this._excluded, { reason: '', amount: '' }];
    const i = this._excluded.length - 1;
    void this.drawn().then(() => this.renderRoot.querySelector<HTMLElement>(`#f-excluded-${i}-reason`)?.focus());
  }

  private removeExcluded(i: number): void {
    this._excluded = this._excluded.filter((_, j) => j !== i);
    this._shown = new Set([...this._shown].filter((f) => !f.startsWith('excluded[')));
    void this.drawn().then(() => this.renderRoot.querySelector<HTMLElement>('.add-excluded')?.focus());
  }

  private editExcluded(i: number, key: keyof ExcludedRow, value: string): void {
    this._excluded = this._excluded.map((x, j) => (j === i ? { ...x, [key]: value } : x));
  }

  // ---- rendering -------------------------------------------------------------------------------

  private shownIssues(): InputIssue[] {
    return [...this._contextIssues, ...this._issues].filter((i) => this._shown.has(i.field));
  }

  private issueFor(field: string): InputIssue | undefined {
    return this.shownIssues().find((i) => i.field === field);
  }

  /** The on-screen name of the field an issue is about. */
  private labelFor(field: string): string {
    const m = /^excluded\[(\d+)\]/.exec(field);
    if (m) return `${this.t('excluded')} · ${this.t('excludedItem', { n: Number(m[1]) + 1 })}`;
    const e = /^earlier\[(\d+)\]/.exec(field);
    if (e) return this.t('earlierItem', { n: Number(e[1]) + 1 });
    if (field === 'selfPaid' && this.usesOther) return this.t('selfPaidXinbei');
    const keys: Record<string, MessageKey> = {
      region: 'region', date: 'date', scheme: 'scheme', group: 'group', selfPaid: 'selfPaid', priorSelfPaid: 'priorSelfPaid',
      otherSelfPaid: 'otherSelfPaid', priorOtherSelfPaid: 'priorOtherSelfPaid', otherSelfPaidLimit: 'otherSelfPaidLimit', excluded: 'excluded',
      thisDischarge: 'thisDischarge', thisOther: 'thisOther', earlierOther: 'earlierOther',
    };
    return keys[field] ? this.t(keys[field]!) : field;
  }

  private errorText(i: InputIssue): string {
    return this.language === 'en' ? i.en : i.zh;
  }

  private fieldShell(id: string, field: string, label: string, hint: string, control: unknown, help: unknown = nothing) {
    const err = this.issueFor(field);
    // Help sits between the hint and the control, so Tab still goes from one amount to the next.
    return html`
      <div class="field ${err ? 'has-error' : ''}" part="field">
        <label for=${id} part="label">${label}</label>
        ${hint ? html`<div class="hint" id="${id}-hint" part="hint">${hint}</div>` : nothing}
        ${help}
        ${err ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${this.t('errorSummary')}: </span>${this.errorText(err)}</p>` : nothing}
        ${control}
      </div>`;
  }

  private moneyField(field: MoneyField, labelKey: MessageKey, hintKey: MessageKey, extra: unknown = nothing) {
    const id = controlId(field);
    const err = this.issueFor(field);
    return this.fieldShell(id, field, this.t(labelKey), this.t(hintKey), html`
      <input id=${id} name=${field} part="input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
        .value=${this._values[field]}
        aria-describedby="${id}-hint${err ? ` ${id}-error` : ''}"
        aria-invalid=${err ? 'true' : 'false'}
        @input=${(e: Event) => this.onMoney(field, e)} />`, extra);
  }

  /** Earlier discharges of the year, one amount each (GOV.UK's "add another"), and how they were added. */
  private earlierField() {
    const shownErr = this._earlier.map((_, i) => this.issueFor(`earlier[${i}]`));
    const read = engineNow()?.sumAmounts(this._earlier.map((value, i) => ({ field: `earlier[${i}]`, label: { zh: '', en: '' }, value })));
    const sumLine = read && read.used.length > 1 && !read.issues.length
      ? this.t('earlierSum', { parts: read.used.map((x) => formatMoney(this.language, x)).join(' + '), total: formatMoney(this.language, read.total) })
      : '';
    return html`
      <fieldset class="field earlier" part="field" aria-describedby="f-earlier-hint">
        <legend part="label">${this.t('earlier')}</legend>
        <div class="hint" id="f-earlier-hint" part="hint">${this.t('earlierHint')}</div>
        ${this._earlier.map((v, i) => html`
          <div class="earlier-row ${shownErr[i] ? 'has-error' : ''}">
            <label for="f-earlier-${i}" class="sub-label">${this.t('earlierItem', { n: i + 1 })}</label>
            ${shownErr[i] ? html`<p class="error" id="f-earlier-${i}-error" part="error">${this.errorText(shownErr[i]!)}</p>` : nothing}
            <input id="f-earlier-${i}" part="input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" .value=${v}
              aria-invalid=${shownErr[i] ? 'true' : 'false'} aria-describedby=${shownErr[i] ? `f-earlier-${i}-error` : 'f-earlier-hint'}
              @input=${(e: Event) => this.editEarlier(i, (e.target as HTMLInputElement).value)} />
            ${this._earlier.length > 1 ? html`<button type="button" class="secondary small" part="button" @click=${() => this.removeEarlier(i)}>${this.t('earlierRemove', { n: i + 1 })}</button>` : nothing}
          </div>`)}
        ${sumLine ? html`<p class="sum" aria-live="polite">${sumLine}</p>` : nothing}
        <button type="button" class="secondary add-earlier" part="button" @click=${this.addEarlier}>${this.t('earlierAdd')}</button>
      </fieldset>`;
  }

  /**
   * "Where do I find this?": which lines of a hospital settlement slip count under this document, drawn as a
   * slip with those lines marked, each statement with its clause, and an adder for the lines that count.
   */
  private helpBlock(field: 'selfPaid' | 'otherSelfPaid') {
    const r = this._resolved;
    if (!r) return nothing;
    // One <details> whatever it holds, so it stays open while its contents arrive.
    return html`
      <details class="help" part="help" data-field=${field} @toggle=${this.onHelpToggle}>
        <summary>${this.t('helpSummary')}</summary>
        ${this.helpContent(r)}
      </details>`;
  }

  private readonly onHelpToggle = (e: Event) => {
    if (!(e.currentTarget as HTMLDetailsElement).open || slipHelpModule) return;
    this._helpFailed = false;
    loadSlipHelp().catch(() => { this._helpFailed = true; }).finally(() => this.requestUpdate());
  };

  private helpContent(r: ResolvedPolicy) {
    const mod = slipHelpModule;
    if (!mod) return html`<p class="help-loading" role="status">${this.t(this._helpFailed ? 'helpLoadFailed' : 'helpLoading')}</p>`;
    const lang = this.language;
    const help = mod.slipHelp(r.policy.id);
    const SLIP_LINES = mod.SLIP_LINES;
    if (!help) return html`<p class="help-none">${this.t('helpNone')}</p>`;
    const mark = { counts: this.t('helpCounts'), not: this.t('helpNot'), open: this.t('helpOpen') };
    const lines = SLIP_LINES.map((l) => ({ line: l, help: help.lines.find((h) => h.line === l.id) }));
    const adding = help.lines.filter((h) => h.treatment === 'counts');
    // The help opens only under a resolved policy, which the engine gave.
    const { sumAmounts } = engineNow()!;
    const sums = (['selfPaid', 'otherSelfPaid'] as const).map((f) => ({
      f,
      read: sumAmounts(adding.filter((h) => h.field === f).map((h) => ({
        field: `slip-${h.line}`, label: SLIP_LINES.find((l) => l.id === h.line)!.name, value: this._slipValues[h.line],
      }))),
    })).filter((x) => x.read.used.length || x.read.issues.length);
    const target = (f: 'selfPaid' | 'otherSelfPaid'): MoneyField => (this.perDischarge ? (f === 'selfPaid' ? 'thisDischarge' : 'thisOther') : f);
    return html`
        <p class="help-def">${this.t('helpDefinition')}<q lang="zh-CN">${help.definition.quote}</q> <span class="cite" lang="zh-CN">${help.definition.document} ${help.definition.clause}</span></p>
        <figure class="slip-drawing" aria-labelledby="slip-cap">
          <figcaption id="slip-cap">${this.t('helpSlipCaption')}</figcaption>
          <table>
            <thead><tr><th scope="col">${this.t('helpSlipLine')}</th><th scope="col" class="num">${this.t('helpSlipExample')}</th><th scope="col">${this.t('helpHere')}</th></tr></thead>
            <tbody>${lines.map(({ line, help: h }) => html`
              <tr class="line ${h?.treatment ?? 'none'}">
                <th scope="row">${pick(lang, line.name)}${lang === 'en' ? html` <span lang="zh-CN">${line.name.zh}</span>` : nothing}</th>
                <td class="num">${line.example}</td>
                <td>${h ? html`<span class="visually-hidden">${mark[h.treatment]}: </span>${pick(lang, h)} <span class="cite"
                    lang="zh-CN">${h.citation.document} ${h.citation.clause}</span>`
                  : html`<span class="muted">${this.t('helpNotAsked')}</span>`}</td>
              </tr>`)}</tbody>
          </table>
        </figure>
        <div class="adder">
          <p class="adder-title">${this.t('helpAdder')}</p>
          ${adding.map((h) => {
            const name = SLIP_LINES.find((l) => l.id === h.line)!.name;
            const err = sums.flatMap((x) => x.read.issues).find((i) => i.field === `slip-${h.line}`);
            return html`<div class="adder-row ${err ? 'has-error' : ''}">
              <label for="f-slip-${h.line}">${pick(lang, name)}${h.field === 'otherSelfPaid' ? ` · ${this.t('otherSelfPaid')}` : ''}</label>
              ${err ? html`<p class="error" part="error">${this.errorText(err)}</p>` : nothing}
              <input id="f-slip-${h.line}" part="input" type="text" inputmode="decimal" autocomplete="off" .value=${this._slipValues[h.line] ?? ''}
                @input=${(e: Event) => { this._slipValues = { ...this._slipValues, [h.line]: (e.target as HTMLInputElement).value }; }} />
            </div>`;
          })}
          ${sums.filter((x) => !x.read.issues.length).map((x) => html`
            <p class="sum">${this.t('helpSum', { parts: x.read.used.map((a) => formatMoney(lang, a)).join(' + '), total: formatMoney(lang, x.read.total) })}
              <button type="button" class="secondary small use-sum" part="button"
                @click=${() => { this._values = { ...this._values, [target(x.f)]: x.read.total }; }}>${this.t(x.f === 'selfPaid' ? 'helpUse' : 'helpUseOther')}</button></p>`)}
        </div>
      `;
  }

  private regionField() {
    const lang = this.language;
    const current = this._policies.find((p) => p.region === this.region);
    // A locked region whose name has not arrived yet (the engine loads after the form) shows its code, not a picker.
    if (this.lockRegion && (current || (!this._policies.length && this.region))) {
      return html`<div class="field" part="field"><span class="label" part="label">${this.t('regionLocked')}</span>
        <p class="fixed-value">${current ? html`${pick(lang, current.name)}${lang === 'en' ? html` · <span lang="zh-CN">${current.name.zh}</span>` : nothing}` : this.region}</p></div>`;
    }
    const provinces = new Map<string, PolicySummary[]>();
    for (const p of this._policies) {
      const key = p.province.code;
      provinces.set(key, [...(provinces.get(key) ?? []), p]);
    }
    const other = (b: { zh: string; en: string }) => (lang === 'en' ? b.zh : b.en);
    return this.fieldShell('f-region', 'region', this.t('region'), this.t('regionHint'), html`
      <select id="f-region" name="region" part="input" aria-describedby="f-region-hint"
        @change=${(e: Event) => { this.region = (e.target as HTMLSelectElement).value; }}>
        ${!this._policies.length && this.region
          // The rules are still loading: the host's region is kept, shown by its code.
          ? html`<option value=${this.region} selected>${this.region}</option>`
          : !current ? html`<option value="" selected>—</option>` : nothing}
        ${[...provinces.values()].map((list) => html`
          <optgroup label="${pick(lang, list[0]!.province)} ${other(list[0]!.province)}">
            ${list.map((p) =>
              html`<option value=${p.region} ?selected=${p.region === this.region}>${pick(lang, p.name)} · ${other(p.name)}</option>`)}
          </optgroup>`)}
      </select>`);
  }

  private dateField() {
    const r = this._resolved;
    const err = this.issueFor('date');
    const policy = r
      ? html`<p class="policy" part="policy" id="f-date-policy">
          <strong>${this.t('policyInForce')}</strong>${this.policyLine(r.policy)}${r.overlays.map((o) => html`${this.t('listSep')}${this.t('overlayApplies', { doc: '' })}<span lang="zh-CN">${o.documentNo}</span>`)}
        </p>`
      : nothing;
    return this.fieldShell('f-date', 'date', this.t('date'), this.t('dateHint'), html`
      <input id="f-date" name="date" part="input" type="date" .value=${this.date} class="date"
        aria-describedby="f-date-hint${err ? ' f-date-error' : ''}${r ? ' f-date-policy' : ''}" aria-invalid=${err ? 'true' : 'false'}
        @change=${(e: Event) => this.onDate(e.target as HTMLInputElement, true)}
        @blur=${(e: Event) => this.onDate(e.target as HTMLInputElement, false)} />
      ${policy}`);
  }

  /** A policy named in the reader's language; its number and title stay Chinese data, marked as such. */
  private policyLine(p: { documentNo: string; title: string; effectiveFrom: string; effectiveTo: string | null }) {
    const dates = p.effectiveTo
      ? this.t('policyFromTo', { from: p.effectiveFrom, to: p.effectiveTo })
      : this.t('policyFrom', { from: p.effectiveFrom });
    const [before, afterDoc] = this.t('policyLine', { doc: '\u0000', title: '\u0001', dates }).split('\u0000') as [string, string];
    const [middle, after] = afterDoc.split('\u0001') as [string, string];
    return html`${before}<span lang="zh-CN">${p.documentNo}</span>${middle}<span lang="zh-CN">${p.title}</span>${after}`;
  }

  private radios(name: 'scheme' | 'group', options: string[], current: string | null, labelKey: MessageKey, hint: string) {
    return html`
      <fieldset class="field" part="field" aria-describedby=${hint ? `f-${name}-hint` : nothing}>
        <legend part="label">${this.t(labelKey)}</legend>
        ${hint ? html`<div class="hint" id="f-${name}-hint" part="hint">${hint}</div>` : nothing}
        ${this.issueFor(name)
          ? html`<p class="error" id="f-${name}-error" part="error">${this.errorText(this.issueFor(name)!)}</p>`
          : nothing}
        <div class="radios">
          ${options.map((o) => html`
            <label class="radio"><input type="radio" name=${name} .value=${o} .checked=${o === current}
              @change=${() => { if (name === 'scheme') this.scheme = o; else this.group = o; }} />
              <span>${this.t(`${name}.${o}` as MessageKey)}</span></label>`)}
        </div>
      </fieldset>`;
  }

  private schemeField() {
    const r = this._resolved;
    if (!r) return nothing;
    // One scheme only, and it is the one calculated: nothing to choose. Otherwise the choice is offered, so a
    // scheme the policy does not cover can be corrected here.
    if (r.schemes.length === 1 && this.scheme_) {
      return html`<div class="field" part="field"><span class="label" part="label">${this.t('scheme')}</span>
        <p class="fixed-value">${this.t('schemeOnly', { scheme: this.t(`scheme.${r.schemes[0]!}` as MessageKey) })}</p></div>`;
    }
    return this.radios('scheme', r.schemes, this.scheme_, 'scheme', '');
  }

  private groupField() {
    const r = this._resolved;
    if (!r) return nothing;
    const groups = r.groups.map((g) => g.group);
    if (groups.length === 1 && (groups[0] === 'general' || this.group_ === groups[0])) {
      // Only the general insured: a group asked for anyway is calculated as general with the engine's warning.
      if (groups[0] === 'general') return nothing;
      return html`<div class="field" part="field"><span class="label" part="label">${this.t('group')}</span>
        <p class="fixed-value">${this.t('groupOnly', { group: this.t(`group.${groups[0]!}` as MessageKey) })}</p></div>`;
    }
    return this.radios('group', groups, this.group_, 'group', this.t('groupHint'));
  }

  private excludedField() {
    const r = this._resolved;
    if (!r || !r.exclusions.length) return nothing;
    const lang = this.language;
    return html`
      <fieldset class="field excluded" part="field" aria-describedby="f-excluded-hint">
        <legend part="label">${this.t('excluded')}</legend>
        <div class="hint" id="f-excluded-hint" part="hint">${this.t('excludedHint')}</div>
        ${this._excluded.map((x, i) => {
          const reasonErr = this.issueFor(`excluded[${i}].reason`);
          const amountErr = this.issueFor(`excluded[${i}].amount`);
          return html`
            <div class="excluded-row" role="group" aria-label=${this.t('excludedItem', { n: i + 1 })}>
              <div class="sub ${reasonErr ? 'has-error' : ''}">
                <label for="f-excluded-${i}-reason">${this.t('excludedReason')}</label>
                ${reasonErr
                  ? html`<p class="error" id="f-excluded-${i}-reason-error" part="error">${this.errorText(reasonErr)}</p>`
                  : nothing}
                <select id="f-excluded-${i}-reason" part="input" aria-invalid=${reasonErr ? 'true' : 'false'}
                  aria-describedby=${reasonErr ? `f-excluded-${i}-reason-error` : nothing}
                  @change=${(e: Event) => this.editExcluded(i, 'reason', (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!x.reason}>${this.t('chooseReason')}</option>
                  ${r.exclusions.map((ex) =>
                    html`<option value=${ex.id} ?selected=${ex.id === x.reason}>${ex.item}. ${pick(lang, ex)}</option>`)}
                </select>
              </div>
              <div class="sub amount ${amountErr ? 'has-error' : ''}">
                <label for="f-excluded-${i}-amount">${this.t('excludedAmount')}</label>
                ${amountErr
                  ? html`<p class="error" id="f-excluded-${i}-amount-error" part="error">${this.errorText(amountErr)}</p>`
                  : nothing}
                <input id="f-excluded-${i}-amount" type="text" inputmode="decimal" autocomplete="off" part="input"
                  .value=${x.amount} aria-invalid=${amountErr ? 'true' : 'false'}
                  aria-describedby=${amountErr ? `f-excluded-${i}-amount-error` : nothing}
                  @input=${(e: Event) => this.editExcluded(i, 'amount', (e.target as HTMLInputElement).value)} />
              </div>
              <button type="button" class="secondary remove" part="button" @click=${() => this.removeExcluded(i)}>${this.t('removeExcluded', { n: i + 1 })}</button>
            </div>`;
        })}
        <button type="button" class="secondary add-excluded" part="button" @click=${this.addExcluded}>${this.t('addExcluded')}</button>
      </fieldset>`;
  }

  private summaryBox() {
    const shown = this.shownIssues();
    if (!this._summary || !shown.length) return nothing;
    return html`
      <div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="es-title">
        <h2 id="es-title">${this.t('errorSummary')}</h2>
        <ul>${shown.map((i) => html`<li><a href="#${controlId(i.field)}"
          @click=${(e: Event) => this.focusField(e, i.field)}>${this.errorText(i)}</a></li>`)}</ul>
      </div>`;
  }

  private hostIssues(): HostIssue[] {
    return [...this._attrIssues, ...this._setAmountsIssues];
  }

  private resultBox() {
    const r = this._result;
    const lang = this.language;
    let body;
    if (r) {
      // Nothing in any band: the reason is the threshold, not the cap.
      const belowThreshold = r.tiers.every((t) => t.base === '0.00');
      const capLine = belowThreshold ? this.t('belowThreshold', { amount: formatMoney(lang, r.threshold) })
        : r.cap.kind === 'none' ? this.t('capNone')
        : r.cap.amount === null ? this.t('capUnknown')
        : r.cap.applied ? this.t(r.cap.kind === 'expense' ? 'capExpenseReached' : 'capReached', { amount: formatMoney(lang, r.cap.amount) })
        : this.t('capNotReached');
      // A result comes from the engine, so it is here.
      const engine = engineNow()!;
      const f = engine.claimFigures(r);
      const next = nextStep(r.policy.id);
      // Warnings stand above the payout: a figure from a document years old must not be read without them.
      body = html`
        ${r.warningDetails.length ? html`<div class="warnings" part="warnings">
          <p class="warnings-title">${this.t('warningsTitle')}</p>
          <ul>${warningsFirst(r.warningDetails).map((w) => html`<li class=${w.code}>${pick(lang, w)}</li>`)}</ul>
        </div>` : nothing}
        <p class="payout" part="payout">${this.t('payoutLine', { amount: formatMoney(lang, r.payout) })}</p>
        <p class="capital">${this.t('printCapital')}<span lang="zh-CN">${engine.toChineseCapital(r.payout)}</span></p>
        <p class="remaining">${this.t('remainingLine', { amount: formatMoney(lang, f.remaining), burden: formatMoney(lang, f.burden) })}</p>
        <p class="ytd">${this.t('ytdLine', { amount: formatMoney(lang, r.yearToDatePayout) })} ${capLine}</p>
        ${next
          ? html`<p class="next-step" part="next-step">${pick(lang, next)} <span class="cite"
              lang="zh-CN">${next.citation.document} ${next.citation.clause}</span></p>`
          : nothing}`;
    } else {
      const fields = [...new Set(this._issues.map((i) => this.labelFor(i.field)))];
      // A choice the page or the person made (a group the policy does not cover) is said at once, in words.
      const context = [...this._contextIssues, ...this._issues.filter((i) => CONTEXT_FIELDS.has(i.field))];
      const blocked = this.hostIssues().length ? this.t('hostBlocked')
        : engineFailed() ? this.t('engineFailed')
        : !engineNow() ? this.t('engineLoading')
        : context.length ? context.map((i) => this.errorText(i)).join(' ')
        : this._issues.length && this._summary && this.shownIssues().length ? this.t('fixErrorsShown')
        : this._issues.length && (this.perDischarge ? this._values.thisDischarge : this._values.selfPaid).trim()
          ? this.t('fixErrors', { fields: fields.join(this.language === 'en' ? '; ' : '；') })
        : this.t('awaiting');
      body = html`<p class="awaiting" role=${engineFailed() ? 'alert' : nothing}>${blocked}</p>`;
    }
    // The box updates as a person types; what a screen reader hears is the announcement below, once typing pauses.
    return html`<div class="result ${r ? 'has-result' : ''} ${!r && engineFailed() ? 'engine-failed' : ''}" part="result">${body}</div>
      <p class="visually-hidden announcer" aria-live="polite" aria-atomic="true">${this._announced}</p>`;
  }

  private printBlock() {
    const r = this._result;
    const res = this._resolved;
    if (!r || !res) return nothing;
    const lang = this.language;
    const inputs: [string, string | null][] = [
      [this.usesOther ? this.t('selfPaidXinbei') : this.t('selfPaid'), r.inputs.selfPaid],
      [this.t('priorSelfPaid'), r.inputs.priorSelfPaid],
      ...(this.usesOther ? [
        [this.t('otherSelfPaid'), r.inputs.otherSelfPaid],
        [this.t('priorOtherSelfPaid'), r.inputs.priorOtherSelfPaid],
        [this.t('otherSelfPaidLimit'), r.inputs.otherSelfPaidLimit],
      ] as [string, string | null][] : []),
    ];
    return html`
      <header class="print-only print-head">
        <h1>${this.t('printTitle')}</h1>
        <dl>
          <dt>${this.t('printPolicy')}</dt><dd class="wide">${this.policyLine(r.policy)}${r.overlays.map((o) => html`${this.t('listSep')}<span lang="zh-CN">${o.documentNo}</span>`)}</dd>
          <dt>${this.t('region')}</dt><dd>${pick(lang, res.name)}</dd>
          <dt>${this.t('printDate')}</dt><dd>${this.date}</dd>
          <dt>${this.t('scheme')} / ${this.t('group')}</dt><dd>${this.t(`scheme.${r.scheme}` as MessageKey)} / ${this.t(`group.${r.group}` as MessageKey)}</dd>
          ${inputs.filter(([, v]) => v !== null).map(([k, v]) => html`<dt>${k.replace(/（选填）$| \(optional\)$/, '')}</dt><dd>${formatMoney(lang, v!)} ${this.t('yuan')}</dd>`)}
        </dl>
      </header>`;
  }

  private amountFields() {
    const xinbei = this.usesOther;
    if (this.perDischarge) {
      return html`
        ${this.moneyField('thisDischarge', xinbei ? 'thisDischargeXinbei' : 'thisDischarge', xinbei ? 'thisDischargeXinbeiHint' : 'thisDischargeHint', this.helpBlock('selfPaid'))}
        ${this.earlierField()}
        ${xinbei ? html`${this.moneyField('thisOther', 'thisOther', 'thisOtherHint')}${this.moneyField('earlierOther', 'earlierOther', 'earlierOtherHint')}` : nothing}`;
    }
    // A tendered limit given by the operator is not asked for again.
    const xinbeiFields = XINBEI_FIELDS.filter((f) => f !== 'otherSelfPaidLimit' || this.otherLimit === null);
    return html`
      ${this.moneyField('selfPaid', xinbei ? 'selfPaidXinbei' : 'selfPaid', xinbei ? 'selfPaidXinbeiHint' : 'selfPaidHint', this.helpBlock('selfPaid'))}
      ${this.moneyField('priorSelfPaid', 'priorSelfPaid', 'priorSelfPaidHint')}
      ${xinbei ? xinbeiFields.map((f) => this.moneyField(f, f, `${f}Hint` as MessageKey)) : nothing}`;
  }

  override render() {
    const heading = this.heading === null ? this.t('title') : this.heading;
    return html`
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${heading ? html`<h2 class="title" part="title">${heading}</h2>` : nothing}
        <p class="intro">${this.t('intro')}</p>
        ${this.hostIssuesBox(this.hostIssues())}
        ${this.summaryBox()}
        ${this.printBlock()}
        <div class="fields">
          ${this.regionField()}
          ${this.dateField()}
          ${this.schemeField()}
          ${this.groupField()}
          ${this.amountFields()}
          ${this.excludedField()}
          <div class="actions">
            <button type="submit" part="button">${this.t('calculate')}</button>
            <button type="button" class="secondary" part="button print-button" ?disabled=${!this._result} @click=${this.print}>${this.t('print')}</button>
            <button type="button" class="secondary clear" part="button" @click=${this.clear}>${this.t(this.context === 'desk' ? 'clear' : 'clearPortal')}</button>
          </div>
        </div>
        ${this.resultBox()}
        ${this._result
          ? html`<dbbx-breakdown part="breakdown" .result=${this._result} lang=${this.language} hide-warnings></dbbx-breakdown>`
          : nothing}
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'dbbx-calculator': DbbxCalculator }
}
