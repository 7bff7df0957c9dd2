// <dbbx-ledger>: one patient's year at a discharge desk. The rows are the host's (it persists them); every
// figure comes from the engine's settleYear; the patient's name and ID exist only for the printed slip.
import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DbbxElement, settledDate } from '../shared/base.js';
import { ledgerStyles } from './styles.js';
import '../breakdown/breakdown.js';
import {
  settleYear, resolvePolicy, toChineseCapital, DbbxInputError,
  type DischargeResult, type DischargeProblem, type InputIssue, type ResolvedPolicy, type Scheme, type Group, type YearResult,
} from '../../engine/core.js';
import { localToday } from '../../engine/dates.js';
import { formatMoney, pick, type MessageKey } from '../../i18n/index.js';

/** One discharge as typed at the desk: texts are kept exactly as entered. */
export interface LedgerRow {
  id: string;
  date: string;
  selfPaid: string;
  otherSelfPaid?: string;
  excluded?: { reason: string; amount: string }[];
}

export interface DbbxLedgerChangeDetail { rows: LedgerRow[] }

let seq = 0;
const newId = () => `d${Date.now().toString(36)}${(seq++).toString(36)}`;


/**
 * A year of discharges for one insured person: each discharge's own 大病保险 payout, the running
 * year-to-date figures, where the threshold is crossed and the cap reached, and a printable settlement slip.
 *
 * @tag dbbx-ledger
 * @fires dbbx-ledger-change - The rows changed (added, edited, removed, sorted, cleared); detail: { rows }. The host persists them.
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
export class DbbxLedger extends DbbxElement {
  static override properties = {
    ...DbbxElement.properties,
    region: { type: String, reflect: true },
    scheme: { type: String, reflect: true },
    group: { type: String, reflect: true },
    rows: { attribute: false },
    _selected: { state: true, attribute: false },
    _patientName: { state: true, attribute: false },
    _patientId: { state: true, attribute: false },
    _openExcluded: { state: true, attribute: false },
    _confirmReset: { state: true, attribute: false },
  };

  static override styles = ledgerStyles;

  /** GB/T 2260 code of the region whose policy applies. */
  declare region: string;
  /** 'resident' or 'employee'. */
  declare scheme: string;
  /** 困难群体 group, chosen once for the year. */
  declare group: string;
  /** The discharges; set it to load a saved ledger, listen to dbbx-ledger-change to save it. */
  declare rows: LedgerRow[];

  declare private _selected: string | null;
  declare private _patientName: string;
  declare private _patientId: string;
  declare private _openExcluded: string | null;
  declare private _confirmReset: boolean;

  private _year: YearResult | null = null;
  private _policy: ResolvedPolicy | null = null;
  /** Why no policy applies (kept in both languages: the text follows lang at render). */
  private _policyIssues: InputIssue[] = [];

  constructor() {
    super();
    this.region = '';
    this.scheme = 'resident';
    this.group = 'general';
    this.rows = [];
    this._selected = null;
    this._patientName = '';
    this._patientId = '';
    this._openExcluded = null;
    this._confirmReset = false;
  }

  /** The engine's figures for the year, as last computed. */
  get year(): YearResult | null {
    return this._year;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The patient's name and ID never outlive the page's use of the slip.
    this._patientName = '';
    this._patientId = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rows') || changed.has('region') || changed.has('scheme') || changed.has('group')) this.settle();
  }

  /** The group asked for where the policy recognises it, else the policy's own default (Xinbei: 低保对象). */
  private get group_(): Group {
    const p = this._policy;
    if (!p) return 'general';
    return p.groups.some((g) => g.group === this.group) ? (this.group as Group) : p.defaultGroup;
  }

  private settle(): void {
    const dates = this.rows.map((r) => r.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    const on = dates.at(-1) ?? localToday();
    this._policy = null;
    this._policyIssues = [];
    try {
      this._policy = resolvePolicy(this.region, on, this.scheme as Scheme);
    } catch (e) {
      if (!(e instanceof DbbxInputError)) throw e;
      this._policyIssues = e.issues;
    }
    const filled = this.rows.filter((r) => r.date || r.selfPaid.trim());
    this._year = this._policy && filled.length
      ? settleYear({
          region: this.region, scheme: (this._policy.scheme ?? this.scheme) as Scheme, group: this.group_,
          discharges: this.rows.map((r) => ({
            id: r.id, date: r.date, selfPaid: r.selfPaid,
            ...(r.otherSelfPaid?.trim() ? { otherSelfPaid: r.otherSelfPaid } : {}),
            ...(r.excluded?.length ? { excluded: r.excluded.filter((x) => x.reason || x.amount.trim()) } : {}),
          })),
        })
      : null;
    if (this._selected && !this.rows.some((r) => r.id === this._selected)) this._selected = null;
  }

  // ---- editing -----------------------------------------------------------------------------------

  private commit(rows: LedgerRow[]): void {
    this.rows = rows;
    this.dispatchEvent(new CustomEvent<DbbxLedgerChangeDetail>('dbbx-ledger-change', {
      detail: { rows: rows.map((r) => ({ ...r, ...(r.excluded ? { excluded: r.excluded.map((x) => ({ ...x })) } : {}) })) },
      bubbles: true, composed: true,
    }));
  }

  private edit(id: string, patch: Partial<LedgerRow>, emit: boolean): void {
    const rows = this.rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
    if (emit) this.commit(rows);
    else this.rows = rows;
  }

  /** A row's date, taken only once it is a settled date (never while it is being typed). */
  private onDate(row: LedgerRow, input: HTMLInputElement, typing: boolean): void {
    const v = settledDate(input, typing);
    if (v !== null && v !== row.date) this.edit(row.id, { date: v }, false);
  }

  /** Puts rows in date order when a person leaves a date field, so no row moves while it is being typed. */
  private sortByDate(): void {
    const sorted = [...this.rows].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
    this.commit(sorted);
  }

  private addRow(): void {
    const last = [...this.rows].reverse().find((r) => r.date);
    const id = newId();
    this.commit([...this.rows, { id, date: last?.date ?? localToday(), selfPaid: '' }]);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#date-${id}`)?.focus());
  }

  private removeRow(id: string): void {
    this.commit(this.rows.filter((r) => r.id !== id));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-row')?.focus());
  }

  /** A whole year is one Enter away from gone: the first press asks, the second clears. */
  private askReset(): void {
    if (!this._confirmReset) {
      this._confirmReset = true;
      setTimeout(() => { this._confirmReset = false; }, 6000);
      return;
    }
    this.reset();
  }

  private reset(): void {
    this._confirmReset = false;
    this._selected = null;
    this._patientName = '';
    this._patientId = '';
    this._openExcluded = null;
    this.commit([]);
  }

  private printSlip(): void {
    if (this.selectedResult()) window.print();
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
              <label>${this.t('excludedReason')}
                <select part="input" .value=${x.reason} @change=${(e: Event) => set(list.map((y, j) => (j === i ? { ...y, reason: (e.target as HTMLSelectElement).value } : y)), true)}>
                  <option value="" ?selected=${!x.reason}>${this.t('chooseReason')}</option>
                  ${p.exclusions.map((ex) => html`<option value=${ex.id} ?selected=${ex.id === x.reason}>${ex.item}. ${pick(this.language, ex)}</option>`)}
                </select></label>
              <label>${this.t('excludedAmount')}
                <input part="input" type="text" inputmode="decimal" autocomplete="off" .value=${x.amount}
                  @input=${(e: Event) => set(list.map((y, j) => (j === i ? { ...y, amount: (e.target as HTMLInputElement).value } : y)), false)}
                  @change=${() => this.commit(this.rows)} /></label>
              <button type="button" class="secondary" part="button" @click=${() => set(list.filter((_, j) => j !== i), true)}>${this.t('removeExcluded', { n: i + 1 })}</button>
            </div>`)}
          <button type="button" class="secondary" part="button" @click=${() => set([...list, { reason: '', amount: '' }], true)}>${this.t('addExcluded')}</button>
        </fieldset>
      </td></tr>`;
  }

  private rowView(row: LedgerRow, n: number, other: boolean, exclusions: boolean) {
    const r = this.resultFor(row.id);
    const blank = !row.selfPaid.trim() && !(r && !r.ok && r.issues.some((i) => i.code !== 'required'));
    const issues = r && !r.ok ? r.issues : [];
    const bad = (field: string) => issues.some((i) => i.field.endsWith(`.${field}`));
    const notes = r?.ok
      ? [r.crossesThreshold ? this.t('ledgerCrosses', { amount: this.money(r.result.threshold) }) : '', r.reachesCap ? this.t('ledgerCap') : '']
          .filter(Boolean)
      : [];
    const describedBy = `notes-${row.id}`;
    return html`
      <tr part="row" class="${r && !r.ok && !blank ? 'has-error' : ''} ${this._selected === row.id ? 'chosen' : ''}">
        <td class="pick"><input type="radio" name="slip" .checked=${this._selected === row.id} ?disabled=${!r?.ok}
          aria-label=${this.t('ledgerSelect', { n })} @change=${() => { this._selected = row.id; }} /></td>
        <td class="num">${n}</td>
        <td><input id="date-${row.id}" part="input" type="date" .value=${row.date} aria-label=${this.t('ledgerDateOf', { n })}
          aria-invalid=${bad('date') ? 'true' : 'false'} aria-describedby=${describedBy}
          @input=${(e: Event) => this.onDate(row, e.target as HTMLInputElement, true)}
          @change=${(e: Event) => this.onDate(row, e.target as HTMLInputElement, true)}
          @blur=${(e: Event) => { this.onDate(row, e.target as HTMLInputElement, false); this.sortByDate(); }} /></td>
        <td><input part="input" type="text" inputmode="decimal" autocomplete="off" class="amount" .value=${row.selfPaid}
          aria-label=${this.t('ledgerSelfPaidOf', { n })} aria-invalid=${bad('selfPaid') ? 'true' : 'false'} aria-describedby=${describedBy}
          @input=${(e: Event) => this.edit(row.id, { selfPaid: (e.target as HTMLInputElement).value }, false)}
          @change=${() => this.commit(this.rows)} /></td>
        ${other ? html`<td><input part="input" type="text" inputmode="decimal" autocomplete="off" class="amount" .value=${row.otherSelfPaid ?? ''}
          aria-label=${this.t('ledgerOtherOf', { n })} aria-invalid=${bad('otherSelfPaid') ? 'true' : 'false'} aria-describedby=${describedBy}
          @input=${(e: Event) => this.edit(row.id, { otherSelfPaid: (e.target as HTMLInputElement).value }, false)}
          @change=${() => this.commit(this.rows)} /></td>` : nothing}
        ${exclusions ? html`<td><button type="button" class="link" part="button" aria-expanded=${this._openExcluded === row.id ? 'true' : 'false'}
          @click=${() => { this._openExcluded = this._openExcluded === row.id ? null : row.id; }}>${this.t('ledgerExcludedCount', { n: row.excluded?.length ?? 0 })}<span
            class="visually-hidden"> · ${this.t('ledgerExcludedEdit', { n })}</span></button></td>` : nothing}
        <td class="num">${r?.ok ? this.money(r.yearToDateSelfPaid) : ''}</td>
        <td class="num strong">${r?.ok ? this.money(r.payout) : ''}</td>
        <td class="num">${r?.ok ? this.money(r.yearToDatePayout) : ''}</td>
        <td class="notes" id=${describedBy}>
          ${blank ? html`<span class="muted">${this.t(row.date ? 'ledgerNewAmount' : 'ledgerNew')}</span>` : nothing}
          ${!blank ? issues.map((i) => html`<span class="error">${this.language === 'en' ? i.en : i.zh}</span>`) : nothing}
          ${notes.map((x) => html`<span class="mark">${x}</span>`)}
        </td>
        <td><button type="button" class="secondary small" part="button" @click=${() => this.removeRow(row.id)}>${this.t('ledgerRemove', { n })}</button></td>
      </tr>
      ${exclusions && this._openExcluded === row.id ? this.excludedEditor(row, n) : nothing}`;
  }

  private slip() {
    const d = this.selectedResult();
    const p = this._policy;
    if (!d || !p) return nothing;
    const lang = this.language;
    const before = d.result.inputs.priorSelfPaid;
    const dash = '＿＿＿＿＿＿＿＿';
    return html`
      <section class="slip print-only" part="slip" aria-hidden="true">
        <h1>${this.t('slipHeading')}</h1>
        <dl>
          <dt>${this.t('slipPatient')}</dt><dd>${this._patientName || dash}</dd>
          <dt>${this.t('slipIdNo')}</dt><dd>${this._patientId || dash}</dd>
          <dt>${this.t('region')}</dt><dd>${pick(lang, p.name)}</dd>
          <dt>${this.t('printPolicy')}</dt><dd><span lang="zh-CN">${d.result.policy.documentNo}</span>${d.result.overlays.map((o) => html`${this.t('listSep')}<span lang="zh-CN">${o.documentNo}</span>`)}</dd>
          <dt>${this.t('scheme')} / ${this.t('group')}</dt><dd>${this.t(`scheme.${d.result.scheme}` as MessageKey)} / ${this.t(`group.${d.result.group}` as MessageKey)}</dd>
          <dt>${this.t('slipDischarge')}</dt><dd>${d.date}</dd>
          <dt>${this.t('slipThis')}</dt><dd>${this.money(d.selfPaid)} ${this.t('yuan')}</dd>
          <dt>${this.t('slipBefore')}</dt><dd>${this.money(before)} ${this.t('yuan')}</dd>
          <dt>${this.t('slipAfter')}</dt><dd>${this.money(d.yearToDateSelfPaid)} ${this.t('yuan')}</dd>
        </dl>
        <div class="slip-payout">
          <p class="payout">${this.t('payoutLine', { amount: this.money(d.payout) })}</p>
          <p>${this.t('printCapital')}<span lang="zh-CN">${toChineseCapital(d.payout)}</span></p>
          <p>${this.t('ytdLine', { amount: this.money(d.yearToDatePayout) })}</p>
        </div>
        <dbbx-breakdown .result=${d.result} lang=${lang}></dbbx-breakdown>
        <p class="sign">${this.t('slipSign')}${dash}</p>
      </section>`;
  }

  override render() {
    const p = this._policy;
    const other = !!p?.otherSelfPaid;
    const exclusions = !!p?.exclusions.length;
    const y = this._year;
    const year = y?.year ?? Number(localToday().slice(0, 4));
    const selected = this.selectedResult();
    // A row in error (other than one of another year) leaves the year's totals unknown, not smaller.
    const incomplete = !!y?.discharges.some((d) => !d.ok && d.issues.some((i) => i.code !== 'other-year') && this.rows.find((r) => r.id === d.id)?.selfPaid.trim());
    return html`
      <div class="screen">
        <h2 class="title">${this.t('ledgerTitle')}${p ? html` · ${pick(this.language, p.name)}` : nothing}</h2>
        <p class="intro">${this.t('ledgerIntro')}</p>
        ${this._policyIssues.length
          ? html`<p class="error" role="alert">${this._policyIssues.map((i) => (this.language === 'en' ? i.en : i.zh)).join(' ')}</p>` : nothing}
        <div class="scroll" tabindex="0" role="region" aria-labelledby="ledger-caption">
          <table part="table">
            <caption id="ledger-caption">${this.t('ledgerCaption', { year })}${p
              ? html` · ${this.t(`scheme.${p.scheme ?? 'resident'}` as MessageKey)} · ${this.t(`group.${this.group_}` as MessageKey)}`
              : nothing}</caption>
            <thead><tr>
              <th scope="col">${this.t('ledgerPick')}</th>
              <th scope="col" class="num">${this.t('ledgerNo')}</th>
              <th scope="col">${this.t('ledgerDate')}</th>
              <th scope="col">${this.t('ledgerSelfPaid')}</th>
              ${other ? html`<th scope="col">${this.t('ledgerOther')}</th>` : nothing}
              ${exclusions ? html`<th scope="col">${this.t('ledgerExcluded')}</th>` : nothing}
              <th scope="col" class="num">${this.t('ledgerYtdSelfPaid')}</th>
              <th scope="col" class="num">${this.t('ledgerPayout')}</th>
              <th scope="col" class="num">${this.t('ledgerYtdPayout')}</th>
              <th scope="col">${this.t('ledgerNotes')}</th>
              <th scope="col"><span class="visually-hidden">${this.t('ledgerActions')}</span></th>
            </tr></thead>
            <tbody>
              ${this.rows.length
                ? repeat(this.rows, (r) => r.id, (r, i) => this.rowView(r, i + 1, other, exclusions))
                : html`<tr><td colspan="11" class="muted">${this.t('ledgerEmpty')}</td></tr>`}
            </tbody>
            ${y ? html`<tfoot><tr part="total">
              <th scope="row" colspan=${3}>${this.t('ledgerTotal')}${incomplete ? html` <span class="error">${this.t('ledgerTotalIncomplete')}</span>` : nothing}</th>
              <td></td>${other ? html`<td></td>` : nothing}${exclusions ? html`<td></td>` : nothing}
              <td class="num">${this.money(y.totalSelfPaid)}</td>
              <td class="num strong">${this.money(y.totalPayout)}</td>
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
            <label for="patient-name">${this.t('patientName')}</label>
            <input id="patient-name" part="input" type="text" autocomplete="off" .value=${this._patientName} aria-describedby="slip-hint"
              @input=${(e: Event) => { this._patientName = (e.target as HTMLInputElement).value; }} />
            <label for="patient-id">${this.t('patientId')}</label>
            <input id="patient-id" part="input" type="text" autocomplete="off" .value=${this._patientId} aria-describedby="slip-hint"
              @input=${(e: Event) => { this._patientId = (e.target as HTMLInputElement).value; }} />
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
