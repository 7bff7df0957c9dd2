// <dbbx-ledger>: one patient's year at a discharge desk. The rows are the host's (it persists them); every
// figure comes from the engine's settleYear; the patient's name and ID exist only for the printed slip.
import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DbbxElement, settledDate, type HostIssue, type DbbxClearedDetail, type TextProp } from '../shared/base.js';
import { ledgerStyles } from './styles.js';
import { normaliseRows, rowsKey, newRowId, type LedgerRow } from './rows.js';
import { warningsFirst } from '../shared/policies.js';
import { EngineElement, engineNow, engineFailed } from '../shared/engine.js';
import '../breakdown/breakdown.js';
import type { Bilingual, Notice, ResolvedPolicy, Scheme, Group } from '../../engine/types.js';
import type { DischargeResult, DischargeProblem, YearResult } from '../../engine/year.js';
import { checkIdNumber, type IdNumberCheck } from '../../engine/id-number.js';
import { DbbxInputError, type InputIssue } from '../../engine/errors.js';
import { isGroup, isScheme, groupChoiceIssue, schemeChoiceIssue } from '../../engine/choices.js';
import { localToday, isIsoDate } from '../../engine/dates.js';
import { formatMoney, pick, type MessageKey } from '../../i18n/index.js';
import { programmeName } from '../../help/programmes.js';

export type { LedgerRow };

export interface DbbxLedgerChangeDetail { rows: LedgerRow[] }

export type { DbbxClearedDetail };

/** What is typed for the slip only: never in rows or events, wiped whenever the patient may have changed. */
interface SlipPatient { name: string; idNo: string; admissionNo: string; settlementNo: string }
const NO_PATIENT: SlipPatient = { name: '', idNo: '', admissionNo: '', settlementNo: '' };
const PATIENT_IDS: Record<keyof SlipPatient, string> = {
  name: 'patient-name', idNo: 'patient-id', admissionNo: 'patient-admission', settlementNo: 'patient-settlement',
};

/** How long typing in an amount must pause before the year is settled and drawn again. */
const TYPING_PAUSE_MS = 200;

const stamp = (d: Date) => `${localToday(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;


/** The text properties read as the calculator reads them (region=" 330200" and region=330200 are Ningbo). */
const TEXT_PROPS: readonly TextProp[] = [['region', 'region', '']];

/**
 * A year of discharges for one insured person: each discharge's own 大病保险 payout, the running
 * year-to-date figures, where the threshold is crossed and the cap reached, and a printable settlement slip.
 *
 * @tag dbbx-ledger
 * @fires dbbx-ledger-change - The rows changed (added, edited, removed, sorted, cleared); detail: { rows }. The host persists them.
 * @fires dbbx-cleared - Cleared for the next patient: rows emptied, slip details wiped, group back to the policy's default;
 *   detail: { region, scheme, group }.
 * @csspart host-error - What the host page set wrongly (attributes, rows).
 * @csspart warnings - Warnings about the year's figures (currency of the policy, a change of rule).
 * @csspart table - The ledger table.
 * @csspart row - Each discharge row.
 * @csspart input - Date and amount inputs.
 * @csspart button - Buttons.
 * @csspart total - The total row.
 * @csspart check - The line that checks the sum against one claim of the year's total.
 * @csspart slip-controls - The slip section (choice, optional name and ID, print).
 * @csspart slip - The printed settlement slip.
 * @cssprop --dbbx-font-family - Font stack.
 * @cssprop --dbbx-font-size - Base font size (default 1rem).
 * @cssprop --dbbx-color-text - Text colour.
 * @cssprop --dbbx-color-muted - Hints and secondary text.
 * @cssprop --dbbx-color-accent - Buttons, links and accents.
 * @cssprop --dbbx-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --dbbx-color-error - Errors and cap rows.
 * @cssprop --dbbx-color-border - Input and table borders.
 * @cssprop --dbbx-color-rule - Table rules.
 * @cssprop --dbbx-color-surface - Background.
 * @cssprop --dbbx-color-surface-alt - Panels and the below-threshold part of the bar.
 * @cssprop --dbbx-color-focus - Focus ring.
 * @cssprop --dbbx-color-paid - The paid part of the bar; marks.
 * @cssprop --dbbx-color-unpaid - The unpaid part of the bar.
 * @cssprop --dbbx-color-warning-bg - Warning box background.
 * @cssprop --dbbx-color-warning-border - Warning box border.
 * @cssprop --dbbx-radius - Corner radius.
 * @cssprop --dbbx-space - Base spacing.
 */
export class DbbxLedger extends EngineElement {
  static override properties = {
    ...DbbxElement.properties,
    region: { type: String, reflect: true },
    scheme: { type: String, reflect: true },
    group: { type: String, reflect: true },
    hospital: { type: String },
    rows: { attribute: false, noAccessor: true },
    _selected: { state: true, attribute: false },
    _patient: { state: true, attribute: false },
    _idCheck: { state: true, attribute: false },
    _openExcluded: { state: true, attribute: false },
    _confirmReset: { state: true, attribute: false },
    _printedAt: { state: true, attribute: false },
  };

  static override styles = ledgerStyles;

  /** GB/T 2260 code of the region whose policy applies. */
  declare region: string;
  /** 'resident' or 'employee'; empty: the first scheme the policy covers. */
  declare scheme: string;
  /** 困难群体 group, chosen once for the year; empty: the policy's default (the general insured, or Xinbei's 低保对象). */
  declare group: string;
  /** The hospital's name, printed at the head of the settlement slip. */
  declare hospital: string;

  declare private _selected: string | null;
  declare private _patient: SlipPatient;
  declare private _idCheck: IdNumberCheck | null;
  declare private _openExcluded: string | null;
  declare private _confirmReset: boolean;
  declare private _printedAt: Date | null;

  private _rows: LedgerRow[] = [];
  /** rowsKey() of the rows last sent in dbbx-ledger-change: a host setting these back is echoing, not loading. */
  private _lastSent: string | null = null;
  /** Problems with rows as the host gave them, by row id; a row's go when it is edited. */
  private _hostProblems = new Map<string, Bilingual[]>();
  /** Rows whose id the host gave twice (kept until the host sets rows again). */
  private _duplicates = new Map<string, Bilingual>();
  /** Why the last update could not be drawn: the screen then shows this and nothing of any patient. */
  private _failure: string | null = null;
  /** Attributes Lit does not observe (a misspelt goup= added or removed): checked again when they change. */
  private readonly _attributeWatch = typeof MutationObserver === 'undefined' ? null : new MutationObserver((records) => {
    const own = DbbxLedger.observedAttributes;
    if (!records.some((r) => r.attributeName && !own.includes(r.attributeName) && r.attributeName !== 'class' && r.attributeName !== 'style')) return;
    this._attributesChanged = true;
    this.requestUpdate();
  });
  private _attributesChanged = false;
  private _rowsIssue: Bilingual | null = null;
  private _attrIssues: HostIssue[] = [];
  /** Attributes the ledger does not have, checked when it first renders (not on every keystroke). */
  private _unknownAttributes: HostIssue[] = [];
  private _year: YearResult | null = null;
  private _policy: ResolvedPolicy | null = null;
  /** Why no policy applies (kept in both languages: the text follows lang at render). */
  private _policyIssues: InputIssue[] = [];
  private _resetTimer: ReturnType<typeof setTimeout> | undefined;
  private _typingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly _beforePrint = () => { this._printedAt = new Date(); };

  constructor() {
    super();
    this.region = '';
    this.scheme = '';
    this.group = '';
    this.hospital = '';
    this._selected = null;
    this._patient = NO_PATIENT;
    this._idCheck = null;
    this._openExcluded = null;
    this._confirmReset = false;
    this._printedAt = null;
  }

  /** The discharges; set it to load a saved ledger (or [] for the next patient), listen to dbbx-ledger-change to save it. */
  get rows(): LedgerRow[] {
    return this._rows;
  }

  set rows(value: LedgerRow[]) {
    const old = this._rows;
    // Whatever happens below, the last patient's details go first unless this is plainly the same patient.
    const same = value === old;
    let n: ReturnType<typeof normaliseRows>;
    try {
      n = normaliseRows(value);
    } catch (e) {
      this.failed(e);
      return;
    }
    // A host echoing back the rows the ledger sent it (or setting the very list it holds) is the same patient;
    // anything else may be the next one, even rows equal to the current ones (two patients' templates), whose
    // slip must not carry this one's name or ID.
    const echo = same || (this._lastSent !== null && rowsKey(n.rows) === this._lastSent);
    if (n.whole || n.rows.length === 0 || !echo) this.wipePatient();
    this._rows = n.rows;
    this._hostProblems = n.problems;
    this._duplicates = n.duplicates;
    this._rowsIssue = n.whole;
    this._failure = null;
    this.requestUpdate('rows', old);
  }

  /**
   * An update that cannot be drawn (a host value no check foresaw) must not leave the last patient on screen:
   * the figures, rows and slip details are dropped and the screen says what happened.
   */
  private failed(e: unknown): void {
    this.wipePatient();
    this._rows = [];
    this._year = null;
    this._hostProblems = new Map();
    this._duplicates = new Map();
    this._failure = e instanceof Error ? e.message : String(e);
    console.error('<dbbx-ledger>', e);
    this.requestUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (e) {
      this.failed(e);
      try {
        // Draw the empty, explained state now (a template other than the one that failed replaces it whole).
        super.update(new Map() as PropertyValues<this>);
      } catch {
        // Not even that: nothing of the patient may stay. Lit starts afresh on an empty root next time.
        this.renderRoot.replaceChildren();
        delete (this.renderRoot as unknown as Record<string, unknown>)['_$litPart$'];
      }
    }
  }

  protected override programme(): Bilingual {
    return programmeName(this._policy?.policy.id);
  }

  /** The engine's figures for the year, as last computed. */
  get year(): YearResult | null {
    return this._year;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._beforePrint);
    // Attributes the ledger does not have are not observed by Lit: a host fixing goup= must be seen too.
    this._attributeWatch?.observe(this, { attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._beforePrint);
    this._attributeWatch?.disconnect();
    clearTimeout(this._typingTimer);
    clearTimeout(this._resetTimer);
    // The patient's details never outlive the page's use of the slip.
    this.wipePatient();
  }

  private wipePatient(): void {
    this._patient = NO_PATIENT;
    this._idCheck = null;
    this._selected = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Hosts set properties with odd types (a number for region, spaces from a template): read as the calculator does.
    this.readTextProps(changed, TEXT_PROPS);
    const context = changed.has('region') || changed.has('scheme') || changed.has('group');
    const attributes = this._attributesChanged;
    this._attributesChanged = false;
    if (!this.hasUpdated || context || attributes) this._unknownAttributes = this.unknownAttributeIssues();
    if (context) this._failure = null;
    // Another region, scheme or group is another patient's year.
    if (context && this.hasUpdated) this.wipePatient();
    if (context || attributes || changed.has('rows')) this.settle();
  }

  /** The group the year is settled for: the one asked for, or the policy's default when none is. */
  private get group_(): Group {
    if (isGroup(this.group)) return this.group;
    return this._policy?.defaultGroup ?? 'general';
  }

  private attributeIssues(): HostIssue[] {
    const out: HostIssue[] = [...this._unknownAttributes, ...this.hostPropIssues.values()];
    if (this.scheme && !isScheme(this.scheme)) out.push(schemeChoiceIssue(this.scheme));
    if (this.group && !isGroup(this.group)) out.push(groupChoiceIssue(this.group));
    if (!this.region && !this.hostPropIssues.has('region')) out.push({ field: 'region', zh: '请设置参保地区的行政区划代码，例如 region="330200"。', en: 'Set the region code, e.g. region="330200".' });
    return out;
  }

  /** The year's last discharge date (today when none is given): its policy settles the year. */
  private lastDate(): string {
    const dates = this._rows.map((r) => r.date).filter(isIsoDate).sort();
    return dates[dates.length - 1] ?? localToday();
  }

  private settle(): void {
    const on = this.lastDate();
    this._policy = null;
    this._policyIssues = [];
    this._year = null;
    this._attrIssues = this.attributeIssues();
    // Any attribute in error (a misspelt goup= included) leaves the year unsettled: figures under the default
    // group or scheme would be another person's, and the slip would print them.
    if (this._attrIssues.length) return;
    // In the one-file page the engine arrives after the first paint; the controller settles again then.
    const engine = engineNow();
    if (!engine) return;
    try {
      this._policy = engine.resolvePolicy(this.region, on, (this.scheme || undefined) as Scheme | undefined);
    } catch (e) {
      if (!(e instanceof DbbxInputError)) throw e;
      this._policyIssues = e.issues;
      return;
    }
    const eligible = this._policy.eligibleGroups;
    if (eligible && this.group && !eligible.includes(this.group as Group)) {
      // A policy that covers some groups only (Xinbei: 低保对象) pays nobody else: never settle under another.
      this._attrIssues.push({
        field: 'group',
        zh: `${this._policy.policy.documentNo}只覆盖${eligible.map((g) => this.t(`group.${g}` as MessageKey)).join('、')}；group="${this.group}" 不适用。`,
        en: `${this._policy.policy.documentNo} covers ${eligible.join(', ')} only; group="${this.group}" does not apply.`,
      });
      return;
    }
    const filled = this._rows.filter((r) => r.date || r.selfPaid.trim());
    if (!filled.length || this._rowsIssue) return;
    this._year = engine.settleYear({
      region: this.region, scheme: this._policy.scheme ?? 'resident', group: this.group_,
      discharges: this._rows.map((r) => ({
        id: r.id, date: r.date, selfPaid: r.selfPaid,
        ...(r.otherSelfPaid?.trim() ? { otherSelfPaid: r.otherSelfPaid } : {}),
        ...(r.excluded?.length ? { excluded: r.excluded.filter((x) => x.reason || x.amount.trim()) } : {}),
      })),
    });
    if (this._selected && !this._rows.some((r) => r.id === this._selected)) this._selected = null;
  }

  // ---- editing -----------------------------------------------------------------------------------

  /** The ledger's own edits: the same patient, so the slip's details stay. */
  private setRows(rows: LedgerRow[]): void {
    clearTimeout(this._typingTimer);
    const old = this._rows;
    this._rows = rows;
    // Typing already holds the new rows (see typed()): settle them now, though the list is the same object.
    this.requestUpdate('rows', old === rows ? null : old);
  }

  private commit(rows: LedgerRow[]): void {
    this.setRows(rows);
    this._lastSent = rowsKey(rows);
    this.dispatchEvent(new CustomEvent<DbbxLedgerChangeDetail>('dbbx-ledger-change', {
      detail: { rows: rows.map((r) => ({ ...r, ...(r.excluded ? { excluded: r.excluded.map((x) => ({ ...x })) } : {}) })) },
      bubbles: true, composed: true,
    }));
  }

  /**
   * An amount being typed: the text is kept at once (the field shows it), and the year is settled and drawn
   * again when typing pauses, the field is left or Enter is pressed. Settling re-draws every row below the one
   * typed in; doing it for every key made typing lag on a long year on a slow PC.
   */
  private typed(id: string, patch: Partial<LedgerRow>): void {
    this._rows = this._rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
    this._hostProblems.delete(id);
    clearTimeout(this._typingTimer);
    this._typingTimer = setTimeout(() => this.requestUpdate('rows'), TYPING_PAUSE_MS);
  }

  private edit(id: string, patch: Partial<LedgerRow>, emit: boolean): void {
    const rows = this._rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
    this._hostProblems.delete(id);
    if (emit) this.commit(rows);
    else this.setRows(rows);
  }

  /** A row's date, taken only once it is a settled date (never while it is being typed). */
  private onDate(row: LedgerRow, input: HTMLInputElement, typing: boolean): void {
    const v = settledDate(input, typing);
    if (v === null || v === row.date) return;
    // A host's date the field cannot show (2017-03-14T00:00:00, 2017/3/5) reads '' there: focusing and leaving
    // the field is not changing it, and the host's text stays until the person picks a date.
    if (v === '' && !typing && row.date && !isIsoDate(row.date)) return;
    this.edit(row.id, { date: v }, false);
  }

  /** Puts rows in date order when a person leaves a date field, so no row moves while it is being typed. */
  private sortByDate(): void {
    const sorted = [...this._rows].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
    this.commit(sorted);
  }

  /** A new discharge is today's (a desk settles the patient in front of it): the cursor goes to its amount. */
  private addRow(): void {
    const id = newRowId(new Set(this._rows.map((r) => r.id)));
    this.commit([...this._rows, { id, date: localToday(), selfPaid: '' }]);
    this._selected = id;
    void this.drawn().then(() => this.renderRoot.querySelector<HTMLElement>(`#amount-${id}`)?.focus());
  }

  /** Enter in an amount takes it and moves on: to printing the chosen discharge's slip, else to adding one. */
  private async amountEnter(e: KeyboardEvent): Promise<void> {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    this.commit(this._rows);
    await this.drawn();
    const print = this.renderRoot.querySelector<HTMLButtonElement>('.print-slip');
    (print && !print.disabled ? print : this.renderRoot.querySelector<HTMLElement>('.add-row'))?.focus();
  }

  private removeRow(id: string): void {
    this.commit(this._rows.filter((r) => r.id !== id));
    void this.drawn().then(() => this.renderRoot.querySelector<HTMLElement>('.add-row')?.focus());
  }

  /** A whole year is one Enter away from gone: the first press asks, the second clears. */
  private askReset(): void {
    if (!this._confirmReset) {
      this._confirmReset = true;
      clearTimeout(this._resetTimer);
      this._resetTimer = setTimeout(() => { this._confirmReset = false; }, 6000);
      return;
    }
    this.reset();
  }

  /**
   * Clears for the next patient: the rows, the slip's details and the group (a hardship group is a person's,
   * not the desk's), keeping region and scheme. The host is told, so its own pickers follow.
   */
  reset(): void {
    clearTimeout(this._resetTimer);
    this._confirmReset = false;
    this.wipePatient();
    this._openExcluded = null;
    this._hostProblems = new Map();
    this._rowsIssue = null;
    this.group = '';
    this.commit([]);
    void this.drawn().then(() => {
      this.dispatchEvent(new CustomEvent<DbbxClearedDetail>('dbbx-cleared', {
        detail: { region: this.region, scheme: this._policy?.scheme ?? this.scheme, group: this._policy ? this.group_ : null },
        bubbles: true, composed: true,
      }));
      this.renderRoot.querySelector<HTMLElement>('.add-row')?.focus();
    });
  }

  protected override engineChanged(): void {
    this.settle();
  }

  private async printSlip(): Promise<void> {
    if (!this.selectedResult()) return;
    this._printedAt = new Date();
    await this.updateComplete;
    window.print();
  }

  private setPatient(key: keyof SlipPatient, value: string): void {
    this._patient = { ...this._patient, [key]: value };
    if (key === 'idNo' && this._idCheck && (!value.trim() || checkIdNumber(value).ok)) this._idCheck = null;
  }

  /** An ID number is checked when the field is left (not while typing it); printing stays allowed. */
  private checkId(): void {
    const v = this._patient.idNo.trim();
    this._idCheck = v ? checkIdNumber(v) : null;
  }

  // ---- rendering -----------------------------------------------------------------------------------

  private resultFor(id: string): DischargeResult | DischargeProblem | undefined {
    return this._year?.discharges.find((d) => d.id === id);
  }

  private selectedResult(): DischargeResult | null {
    const r = this._selected ? this.resultFor(this._selected) : undefined;
    return r && r.ok ? r : null;
  }

  private money(s: string | null | undefined): string {
    return s ? formatMoney(this.language, s) : '';
  }

  private excludedEditor(row: LedgerRow, n: number) {
    const p = this._policy!;
    const list = row.excluded ?? [];
    const set = (excluded: LedgerRow['excluded'], emit: boolean) => this.edit(row.id, { excluded }, emit);
    return html`
      <tr class="excluded-editor"><td colspan="11">
        <fieldset>
          <legend>${this.t('ledgerExcludedEdit', { n })}</legend>
          ${list.map((x, i) => html`
            <div class="ex-row">
              <label class="reason">${this.t('excludedReason')}
                <select part="input" .value=${x.reason} @change=${(e: Event) =>
                  set(list.map((y, j) => (j === i ? { ...y, reason: (e.target as HTMLSelectElement).value } : y)), true)}>
                  <option value="" ?selected=${!x.reason}>${this.t('chooseReason')}</option>
                  ${p.exclusions.map((ex) =>
                    html`<option value=${ex.id} ?selected=${ex.id === x.reason}>${ex.item}. ${pick(this.language, ex)}</option>`)}
                </select></label>
              <label>${this.t('excludedAmount')}
                <input part="input" type="text" inputmode="decimal" autocomplete="off" .value=${x.amount}
                  @input=${(e: Event) =>
                    set(list.map((y, j) => (j === i ? { ...y, amount: (e.target as HTMLInputElement).value } : y)), false)}
                  @change=${() => this.commit(this._rows)} /></label>
              <button type="button" class="secondary" part="button" @click=${() => set(list.filter((_, j) => j !== i), true)}>${this.t('removeExcluded', { n: i + 1 })}</button>
            </div>`)}
          <button type="button" class="secondary" part="button" @click=${() => set([...list, { reason: '', amount: '' }], true)}>${this.t('addExcluded')}</button>
        </fieldset>
      </td></tr>`;
  }

  /**
   * Discharges that share a date, by row id: the numbers of the others. The engine counts a day's discharges in
   * the table's order (YearResult: "equal dates keep the request's order"), so their order decides the split.
   */
  private sameDates(): Map<string, number[]> {
    const byDate = new Map<string, number[]>();
    this._rows.forEach((r, i) => {
      if (isIsoDate(r.date) && r.selfPaid.trim()) byDate.set(r.date, [...(byDate.get(r.date) ?? []), i]);
    });
    const out = new Map<string, number[]>();
    for (const list of byDate.values()) {
      if (list.length < 2) continue;
      for (const i of list) out.set(this._rows[i]!.id, list.filter((j) => j !== i).map((j) => j + 1));
    }
    return out;
  }

  private rowView(row: LedgerRow, n: number, other: boolean, exclusions: boolean, sameDay: number[] | undefined) {
    const r = this.resultFor(row.id);
    const host = this._hostProblems.get(row.id) ?? [];
    const duplicate = this._duplicates.get(row.id);
    // A host's date the date field cannot show is kept and shown beside it (the field reads blank).
    const given = row.date && !isIsoDate(row.date) ? row.date : '';
    const blank = !host.length && !row.selfPaid.trim() && !(r && !r.ok && r.issues.some((i) => i.code !== 'required'));
    const issues = r && !r.ok ? r.issues : [];
    const bad = (field: string) => issues.some((i) => i.field.endsWith(`.${field}`));
    const notes = r?.ok
      ? [r.crossesThreshold ? this.t('ledgerCrosses', { amount: this.money(r.result.threshold) }) : '', r.reachesCap ? this.t('ledgerCap') : '']
          .filter(Boolean)
      : [];
    const describedBy = `notes-${row.id}`;
    const lang = this.language;
    const same = sameDay && r?.ok ? this.t('ledgerSameDate', { others: sameDay.join(this.t('listSep')) }) : null;
    const any = host.length || duplicate || blank || issues.length || notes.length || same;
    return html`
      <tr part="row" class="${r && !r.ok && !blank ? 'has-error' : ''} ${this._selected === row.id ? 'chosen' : ''}">
        <td class="pick" data-label=${this.t('ledgerPick')}><input type="radio" name="slip" .checked=${this._selected === row.id} ?disabled=${!r?.ok}
          aria-label=${this.t('ledgerSelect', { n })} @change=${() => { this._selected = row.id; }} /></td>
        <td class="num no" data-label=${this.t('ledgerNo')}>${n}</td>
        <td data-label=${this.t('ledgerDate')}><div class="cell"><input id="date-${row.id}" part="input" type="date" .value=${given ? '' : row.date} aria-label=${this.t('ledgerDateOf', { n })}
          aria-invalid=${bad('date') ? 'true' : 'false'} aria-describedby=${given ? `given-${row.id} ${describedBy}` : describedBy}
          @input=${(e: Event) => this.onDate(row, e.target as HTMLInputElement, true)}
          @change=${(e: Event) => this.onDate(row, e.target as HTMLInputElement, true)}
          @blur=${(e: Event) => { this.onDate(row, e.target as HTMLInputElement, false); this.sortByDate(); }} />${given
            ? html`<span class="given-date" id="given-${row.id}">${this.t('ledgerGivenDate', { date: given })}</span>`
            : nothing}</div></td>
        <td data-label=${this.t('ledgerSelfPaid')}><input id="amount-${row.id}" part="input" type="text" inputmode="decimal" autocomplete="off" class="amount" .value=${row.selfPaid}
          aria-label=${this.t('ledgerSelfPaidOf', { n })} aria-invalid=${bad('selfPaid') ? 'true' : 'false'} aria-describedby=${describedBy}
          @input=${(e: Event) => this.typed(row.id, { selfPaid: (e.target as HTMLInputElement).value })}
          @keydown=${(e: KeyboardEvent) => this.amountEnter(e)}
          @change=${() => this.commit(this._rows)} /></td>
        ${other ? html`<td data-label=${this.t('ledgerOther')}><input part="input" type="text" inputmode="decimal" autocomplete="off" class="amount" .value=${row.otherSelfPaid ?? ''}
          aria-label=${this.t('ledgerOtherOf', { n })} aria-invalid=${bad('otherSelfPaid') ? 'true' : 'false'} aria-describedby=${describedBy}
          @input=${(e: Event) => this.typed(row.id, { otherSelfPaid: (e.target as HTMLInputElement).value })}
          @keydown=${(e: KeyboardEvent) => this.amountEnter(e)}
          @change=${() => this.commit(this._rows)} /></td>` : nothing}
        ${exclusions ? html`<td data-label=${this.t('ledgerExcluded')}><button type="button" class="link" part="button" aria-expanded=${this._openExcluded === row.id ? 'true' : 'false'}
          @click=${() => { this._openExcluded = this._openExcluded === row.id ? null : row.id; }}>${this.t('ledgerExcludedCount', { n: row.excluded?.length ?? 0 })}<span
            class="visually-hidden"> · ${this.t('ledgerExcludedEdit', { n })}</span></button></td>` : nothing}
        <td class="num" data-label=${this.t('ledgerYtdSelfPaid')}>${r?.ok ? this.money(r.yearToDateSelfPaid) : ''}</td>
        <td class="num strong" data-label=${this.t('ledgerPayout')}>${r?.ok ? this.money(r.payout) : ''}</td>
        <td class="num" data-label=${this.t('ledgerYtdPayout')}>${r?.ok ? this.money(r.yearToDatePayout) : ''}</td>
        <td class="notes ${any ? '' : 'none'}" id=${describedBy} data-label=${this.t('ledgerNotes')}><div class="note-list">
          ${duplicate ? html`<span class="error">${pick(lang, duplicate)}</span>` : nothing}
          ${host.map((x) => html`<span class="error">${pick(lang, x)}</span>`)}
          ${blank ? html`<span class="muted">${this.t(row.date ? 'ledgerNewAmount' : 'ledgerNew')}</span>` : nothing}
          ${!blank ? issues.map((i) => html`<span class="error">${lang === 'en' ? i.en : i.zh}</span>`) : nothing}
          ${notes.map((x) => html`<span class="mark">${x}</span>`)}
          ${same ? html`<span class="same-date">${same}</span>` : nothing}
        </div></td>
        <td class="act"><button type="button" class="secondary small" part="button"
          aria-label=${this.t('ledgerRemove', { n })} @click=${() => this.removeRow(row.id)}>${this.t('ledgerRemoveShort')}</button></td>
      </tr>
      ${exclusions && this._openExcluded === row.id ? this.excludedEditor(row, n) : nothing}`;
  }

  /** Warnings on the year's figures (a stale document, a group the policy does not know), once each. */
  private yearWarnings(): Notice[] {
    const seen = new Set<string>();
    const out: Notice[] = [];
    for (const d of this._year?.discharges ?? []) {
      if (!d.ok) continue;
      for (const w of d.result.warningDetails) {
        if (!seen.has(w.zh)) { seen.add(w.zh); out.push(w); }
      }
    }
    return warningsFirst(out);
  }

  /** A year whose rule changes between discharges says so, naming the documents on each side. */
  private ruleChangeText(): string[] {
    return (this._year?.ruleChanges ?? []).map((c) => this.t('ledgerRuleChange', {
      date: c.date, after: c.after.join(this.t('listSep')), before: c.before.join(this.t('listSep')),
    }));
  }

  private slip() {
    const d = this.selectedResult();
    const p = this._policy;
    if (!d || !p) return nothing;
    const lang = this.language;
    const dash = '＿＿＿＿＿＿＿＿';
    const pt = this._patient;
    const usesOther = d.otherSelfPaid !== null;
    const warnings = warningsFirst(d.result.warningDetails);
    const changes = this.ruleChangeText();
    return html`
      <section class="slip print-only ${d.result.excluded.length >= 3 ? 'dense' : ''}" part="slip" aria-hidden="true" inert>
        ${this.hospital ? html`<p class="hospital">${this.hospital}</p>` : nothing}
        <h1>${this.t('slipHeading')}</h1>
        <p class="printed">${this.t('slipPrinted', { at: stamp(this._printedAt ?? new Date()) })}</p>
        <dl>
          <dt>${this.t('slipPatient')}</dt><dd>${pt.name || dash}</dd>
          <dt>${this.t('slipIdNo')}</dt><dd>${pt.idNo || dash}</dd>
          <dt>${this.t('slipAdmissionNo')}</dt><dd>${pt.admissionNo || dash}</dd>
          <dt>${this.t('slipSettlementNo')}</dt><dd>${pt.settlementNo || dash}</dd>
          <dt>${this.t('region')}</dt><dd>${pick(lang, p.name)}</dd>
          <dt>${this.t('printPolicy')}</dt><dd><span lang="zh-CN">${d.result.policy.documentNo}</span>${d.result.overlays.map((o) => html`${this.t('listSep')}<span lang="zh-CN">${o.documentNo}</span>`)}</dd>
          <dt>${this.t('scheme')} / ${this.t('group')}</dt><dd>${this.t(`scheme.${d.result.scheme}` as MessageKey)} / ${this.t(`group.${d.result.group}` as MessageKey)}</dd>
          <dt>${this.t('slipDischarge')}</dt><dd>${d.date}</dd>
          <dt>${this.t('slipThis')}</dt><dd>${this.money(d.selfPaid)} ${this.t('yuan')}</dd>
          ${usesOther ? html`<dt>${this.t('slipThisOther')}</dt><dd>${this.money(d.otherSelfPaid)} ${this.t('yuan')}</dd>` : nothing}
          <dt>${this.t('slipBefore')}</dt><dd>${this.money(d.result.inputs.priorSelfPaid)} ${this.t('yuan')}</dd>
          <dt>${this.t('slipAfter')}</dt><dd>${this.money(d.yearToDateSelfPaid)} ${this.t('yuan')}</dd>
        </dl>
        ${warnings.length || changes.length ? html`<ul class="slip-warnings">
          ${changes.map((c) => html`<li>${c}</li>`)}
          ${warnings.map((w) => html`<li>${pick(lang, w)}</li>`)}
        </ul>` : nothing}
        <div class="slip-payout">
          <p class="payout">${this.t('payoutLine', { amount: this.money(d.payout) })}</p>
          <p>${this.t('printCapital')}<span lang="zh-CN">${engineNow()!.toChineseCapital(d.payout)}</span></p>
          <p>${this.t('slipRemaining', { amount: this.money(d.remaining) })}</p>
          <p>${this.t('slipPaidBefore', { amount: this.money(d.paidBefore) })}</p>
          <p>${this.t('slipPaidYear', { amount: this.money(d.yearToDatePayout) })}</p>
        </div>
        <dbbx-breakdown .result=${d.result} lang=${lang} hide-warnings mode=${d.ruleChanged ? 'claim' : 'year'}></dbbx-breakdown>
        <p class="sign"><span>${this.t('slipSign')}${dash}</span><span>${this.t('slipPatientSign')}${dash}</span></p>
      </section>`;
  }

  private patientField(key: keyof SlipPatient, label: MessageKey, extra: Partial<{ describedBy: string; onBlur: () => void }> = {}) {
    const id = PATIENT_IDS[key];
    return html`
      <label for=${id}>${this.t(label)}</label>
      <input id=${id} part="input" type="text" autocomplete="off" spellcheck="false" .value=${this._patient[key]}
        aria-describedby="slip-hint${extra.describedBy ? ` ${extra.describedBy}` : ''}"
        @input=${(e: Event) => this.setPatient(key, (e.target as HTMLInputElement).value)}
        @change=${() => extra.onBlur?.()} />`;
  }

  override render() {
    if (this._failure) {
      const m = this.t('ledgerFailed', { why: this._failure });
      return html`<div class="screen failed">${this.hostIssuesBox([{ field: 'rows', zh: m, en: m }])}</div>`;
    }
    const p = this._policy;
    const other = !!p?.otherSelfPaid;
    const exclusions = !!p?.exclusions.length;
    const y = this._year;
    // Without figures (the engine still loading, a policy error) the year is the rows' own, as settle() reads it.
    const year = y?.year ?? Number(this.lastDate().slice(0, 4));
    const selected = this.selectedResult();
    const rows = this._rows;
    // A row in error (other than one of another year) leaves the year's totals unknown, not smaller.
    const incomplete = !!y?.discharges.some((d) => !d.ok && d.issues.some((i) => i.code !== 'other-year') && rows.find((r) => r.id === d.id)?.selfPaid.trim());
    const hostIssues = [...this._attrIssues, ...(this._rowsIssue ? [{ field: 'rows', ...this._rowsIssue }] : [])];
    const warnings = this.yearWarnings();
    const changes = this.ruleChangeText();
    const idWarn = this._idCheck && !this._idCheck.ok ? this._idCheck : null;
    const sameDates = this.sameDates();
    return html`
      <div class="screen">
        <h2 class="title">${this.t('ledgerTitle')}${p ? html` · ${pick(this.language, p.name)}` : nothing}</h2>
        <p class="intro">${this.t('ledgerIntro')}</p>
        ${this.hostIssuesBox(hostIssues)}
        ${this._policyIssues.length
          ? html`<p class="error" role="alert">${this._policyIssues.map((i) => (this.language === 'en' ? i.en : i.zh)).join(' ')}</p>` : nothing}
        ${engineFailed() ? html`<p class="error" role="alert">${this.t('engineFailed')}</p>`
          : !engineNow() ? html`<p class="check" role="status">${this.t('engineLoading')}</p>` : nothing}
        ${warnings.length || changes.length ? html`<section class="warnings" part="warnings" aria-labelledby="lw-title">
            <h3 id="lw-title">${this.t('warningsTitle')}</h3>
            <ul>${changes.map((c) => html`<li>${c}</li>`)}${warnings.map((w) => html`<li>${pick(this.language, w)}</li>`)}</ul>
          </section>` : nothing}
        <div class="scroll" tabindex="0" role="region" aria-labelledby="ledger-caption">
          <table part="table">
            <caption id="ledger-caption">${this.t('ledgerCaption', { year })}${p
              ? html` · ${this.t(`scheme.${p.scheme ?? 'resident'}` as MessageKey)} · ${this.t(`group.${this.group_}` as MessageKey)}`
              : nothing}</caption>
            <thead><tr>
              <th scope="col" class="c-pick">${this.t('ledgerPick')}</th>
              <th scope="col" class="num c-no">${this.t('ledgerNo')}</th>
              <th scope="col" class="c-date">${this.t('ledgerDate')}</th>
              <th scope="col" class="c-amount">${this.t('ledgerSelfPaid')}</th>
              ${other ? html`<th scope="col" class="c-amount">${this.t('ledgerOther')}</th>` : nothing}
              ${exclusions ? html`<th scope="col" class="c-ex">${this.t('ledgerExcluded')}</th>` : nothing}
              <th scope="col" class="num c-fig">${this.t('ledgerYtdSelfPaid')}</th>
              <th scope="col" class="num c-fig">${this.t('ledgerPayout')}</th>
              <th scope="col" class="num c-fig">${this.t('ledgerYtdPayout')}</th>
              <th scope="col" class="c-notes">${this.t('ledgerNotes')}</th>
              <th scope="col" class="c-act"><span class="visually-hidden">${this.t('ledgerActions')}</span></th>
            </tr></thead>
            <tbody>
              ${rows.length
                ? repeat(rows, (r) => r.id, (r, i) => this.rowView(r, i + 1, other, exclusions, sameDates.get(r.id)))
                : html`<tr><td colspan="11" class="muted">${this.t('ledgerEmpty')}</td></tr>`}
            </tbody>
            ${y ? html`<tfoot><tr part="total">
              <th scope="row" colspan=${3}>${this.t('ledgerTotal')}${incomplete ? html` <span class="error">${this.t('ledgerTotalIncomplete')}</span>` : nothing}</th>
              <td></td>${other ? html`<td></td>` : nothing}${exclusions ? html`<td></td>` : nothing}
              <td class="num" data-label=${this.t('ledgerYtdSelfPaid')}>${this.money(y.totalSelfPaid)}</td>
              <td class="num strong" data-label=${this.t('ledgerPayout')}>${this.money(y.totalPayout)}</td>
              <td></td><td></td><td></td>
            </tr></tfoot>` : nothing}
          </table>
        </div>
        ${y && incomplete ? html`<p class="check error" part="check" role="status">${this.t('ledgerIncomplete')}</p>`
          : y?.yearPayout ? html`<p class="check" part="check">${this.t(y.yearPayout === y.totalPayout ? 'ledgerCheck' : 'ledgerCheckDiffers',
          { total: this.money(y.totalSelfPaid), year: this.money(y.yearPayout), sum: this.money(y.totalPayout) })}</p>` : nothing}
        <button type="button" class="add-row" part="button" @click=${this.addRow}>${this.t('ledgerAdd')}</button>

        <section class="slip-controls" part="slip-controls" aria-labelledby="slip-title">
          <h3 id="slip-title">${this.t('slipTitle')}</h3>
          <p class="hint" id="slip-hint">${this.t('slipHint')}</p>
          <div class="patient">
            ${this.patientField('name', 'patientName')}
            ${this.patientField('idNo', 'patientId', { describedBy: idWarn ? 'patient-id-warn' : '', onBlur: () => this.checkId() })}
            ${idWarn ? html`<p class="warn" id="patient-id-warn" role="status">${pick(this.language, idWarn)} ${this.t('idStillPrints')}</p>` : nothing}
            ${this.patientField('admissionNo', 'patientAdmissionNo')}
            ${this.patientField('settlementNo', 'patientSettlementNo')}
          </div>
          <p class="selected" aria-live="polite">${selected
            ? this.t('payoutLine', { amount: this.money(selected.payout) }) + ` · ${selected.date}`
            : this.t('slipNone')}</p>
          <div class="actions">
            <button type="button" part="button" class="print-slip" ?disabled=${!selected} @click=${this.printSlip}>${this.t('printSlip')}</button>
            <button type="button" part="button" class="secondary reset" @click=${this.askReset}>${this.t(this._confirmReset ? 'resetConfirm' : 'resetLedger')}</button>
          </div>
        </section>
      </div>
      ${this.slip()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'dbbx-ledger': DbbxLedger }
}
