// <dbbx-breakdown>: renders a CalculationResult from the engine — the tier table, a bar of how the burden
// splits, every figure's source, the readings behind them, and warnings. It decides nothing: every figure
// and every row comes from the result; this element only lays them out in the reader's language.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { DbbxElement, hostText, type HostIssue } from '../shared/base.js';
import { breakdownStyles } from './styles.js';
import { resultProblem } from './shape.js';
import { warningsFirst } from '../shared/policies.js';
import { EngineElement, engineNow } from '../shared/engine.js';
import { formatMoney, formatPercent, pick, type Lang } from '../../i18n/index.js';
import { programmeName } from '../../help/programmes.js';
import type { Bilingual, CalculationResult, TierRow, Citation } from '../../engine/types.js';

/** Widths are geometry (plain numbers); the texts are the engine's exact amounts, for the spoken label. */
interface Segment { kind: 'below' | 'tier' | 'over' | 'other'; counted: number; paid: number; label: string; countedText: string; paidText: string }

/**
 * Shows how a 大病保险 payout is worked out, tier by tier, with the clause behind every figure.
 *
 * @tag dbbx-breakdown
 * @csspart warnings - The box of warnings.
 * @csspart table - The tier table.
 * @csspart row - Each tier row of the table.
 * @csspart total - The total rows of the table.
 * @csspart bar - The bar that shows how the burden splits.
 * @csspart excluded - The table of excluded items (Xinbei).
 * @csspart trace - The list of figures with their sources.
 * @csspart notes - The interpretation notes ("how we read this").
 * @csspart estimate - The line saying the figure is an estimate.
 * @csspart host-error - The message shown when `result` is not a result the element can read.
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
const MODES = ['year', 'claim'];

export class DbbxBreakdown extends EngineElement {
  static override properties = {
    ...DbbxElement.properties,
    result: { attribute: false },
    mode: { type: String, reflect: true },
    hideWarnings: { type: Boolean, attribute: 'hide-warnings' },
  };

  static override styles = breakdownStyles;

  /** The engine's CalculationResult to show; nothing is rendered without one. */
  declare result: CalculationResult | null;
  /**
   * 'year' (default): the year-to-date rows and the difference that is this claim. 'claim': this claim's
   * share of each row only — for a year whose rule changed, where the year-to-date figures under the new rule
   * were never paid and must not be printed as if they were.
   */
  declare mode: string;
  /** Leave the warnings out (a host that shows them itself, above the payout). */
  declare hideWarnings: boolean;

  constructor() {
    super();
    this.result = null;
    this.mode = 'year';
    this.hideWarnings = false;
  }

  private money(s: string): string {
    return formatMoney(this.language, s);
  }

  /** The insurance that paid (Xinbei's 低保对象大病补充保险, not 大病保险), from the result's own policy. */
  protected override programme(): Bilingual {
    const policy = (this.result as { policy?: { id?: unknown } } | null)?.policy;
    return programmeName(typeof policy?.id === 'string' ? policy.id : null);
  }

  /** A source: Chinese data in any language, so marked lang="zh-CN" for screen readers. */
  private cite(c: Citation | undefined) {
    return c ? html`<span class="cite" lang="zh-CN">${c.documentNo} ${c.clause}</span>` : nothing;
  }

  private rowLabel(r: TierRow): string {
    if (r.label) return pick(this.language, r.label);
    switch (r.kind) {
      case 'tier':
        return r.to === null
          ? this.t('tierAbove', { from: this.money(r.from) })
          : this.t('tierRange', { from: this.money(r.from), to: this.money(r.to) });
      case 'cap':
        return r.ratio === '0' ? this.t('capRowExpense', { amount: this.money(r.from) }) : this.t('capRowPayout', { amount: this.money(r.from) });
      case 'other':
        return this.t('otherRow');
      case 'other-cap':
        return this.t('otherCapRow', { amount: this.money(r.from) });
    }
  }

  private segments(r: CalculationResult): Segment[] {
    const n = (s: string) => Number(s);
    const out: Segment[] = [];
    const belowText = n(r.inputs.selfPaid) < n(r.threshold) ? r.inputs.selfPaid : r.threshold;
    if (n(belowText) > 0) out.push({ kind: 'below', counted: n(belowText), paid: 0, label: this.t('barBelow'), countedText: belowText, paidText: '0.00' });
    let capCut = 0;
    for (const row of r.tiers) {
      const seg = { counted: n(row.base), paid: n(row.amount), label: this.rowLabel(row), countedText: row.base, paidText: row.amount };
      if (row.kind === 'tier' && seg.counted > 0) out.push({ ...seg, kind: 'tier' });
      if (row.kind === 'other' && seg.counted > 0) out.push({ ...seg, kind: 'other' });
      if (row.kind === 'cap' && row.ratio === '0' && seg.counted > 0) out.push({ ...seg, kind: 'over', paid: 0, label: this.t('barOver') });
      if (row.kind === 'cap' && row.ratio !== '0') capCut += seg.counted;
      if (row.kind === 'other-cap') {
        const last = out[out.length - 1];
        if (last?.kind === 'other') last.paid -= seg.counted;
      }
    }
    // In the picture a payout cap takes its excess from the highest tiers first.
    for (let i = out.length - 1; i >= 0 && capCut > 0; i--) {
      const s = out[i]!;
      if (s.kind !== 'tier') continue;
      const cut = Math.min(s.paid, capCut);
      s.paid -= cut;
      capCut -= cut;
    }
    return out;
  }

  private bar(r: CalculationResult): TemplateResult | typeof nothing {
    const segs = this.segments(r);
    const total = segs.reduce((s, x) => s + x.counted, 0);
    // The figures under the bar are the engine's exact amounts; only the widths are geometry. A result handed
    // over before this page's engine has arrived is drawn in full when it does (the controller redraws).
    const split = engineNow()?.yearSplit(r);
    if (total <= 0 || !split) return nothing;
    const W = 1000;
    let x = 0;
    const rects = segs.map((s, i) => {
      const w = (s.counted / total) * W;
      const pw = s.counted > 0 ? (s.paid / s.counted) * w : 0;
      const out = svg`
        <rect class="seg ${s.kind}" x=${x} y="0" width=${Math.max(w, 0)} height="28"></rect>
        ${pw > 0 ? svg`<rect class="paid" x=${x} y="0" width=${pw} height="28"></rect>` : nothing}
        ${i > 0 ? svg`<line class="divider" x1=${x} x2=${x} y1="0" y2="28"></line>` : nothing}`;
      x += w;
      return out;
    });
    const tiers = segs.filter((s) => s.kind === 'tier' || s.kind === 'other')
      .map((s) => `${s.label} ${this.money(s.countedText)} → ${this.money(s.paidText)}`).join('; ');
    const label = this.t('barLabel', {
      below: this.money(segs.find((s) => s.kind === 'below')?.countedText ?? '0.00'),
      tiers: tiers || this.t('none'),
      over: this.money(segs.find((s) => s.kind === 'over')?.countedText ?? '0.00'),
      paid: this.money(r.yearToDatePayout),
    });
    return html`
      <figure class="bar" part="bar">
        <svg viewBox="0 0 ${W} 28" preserveAspectRatio="none" role="img" aria-label=${label}>${rects}</svg>
        <figcaption class="legend">
          <span><i class="key below"></i>${this.t('barBelowAmount', { amount: this.money(split.below) })}</span>
          <span><i class="key paid"></i>${this.t('barPaidAmount', { amount: this.money(split.paid) })}</span>
          <span><i class="key tier"></i>${this.t('barUnpaidAmount', { amount: this.money(split.unpaidAbove) })}</span>
          <span class="bar-total">${this.t('barRemaining', { amount: this.money(split.remaining) })}</span>
        </figcaption>
      </figure>`;
  }

  private estimate(doc: string) {
    const [before, after] = this.t('estimate', { doc: '\u0000' }).split('\u0000') as [string, string];
    return html`${before}<span lang="zh-CN">${doc}</span>${after}`;
  }

  /**
   * What the page set wrongly: an attribute that does not exist, a mode that is neither 'year' nor 'claim'
   * (mode="claims" must not print a rule-change year's never-paid figures as if they were paid).
   */
  private hostIssues(read: ReturnType<typeof hostText>): HostIssue[] {
    const out = this.unknownAttributeIssues();
    if ('issue' in read) out.push(read.issue);
    else if (read.value !== null && read.value !== '' && !MODES.includes(read.value)) {
      out.push({ field: 'mode', zh: `mode“${read.value}”不是可选值；可选：${MODES.join('、')}。`, en: `mode "${read.value}" is not one of: ${MODES.join(', ')}.` });
    }
    return out;
  }

  override render() {
    const r = this.result;
    const mode = hostText('mode', this.mode);
    const host = this.hostIssues(mode);
    if (r === null || r === undefined) return this.hostIssuesBox(host);
    // Like the calculator and the ledger: while the page's settings are wrong, no figure is shown.
    if (host.length) return this.hostIssuesBox(host);
    const problem = resultProblem(r);
    if (problem) {
      return this.hostIssuesBox([{
        field: 'result',
        zh: `不是 dbbx 引擎给出的计算结果（${problem} 无法读取），无法显示计算明细。请传入 calculate() 的结果。`,
        en: `is not a result from the dbbx engine (${problem} cannot be read), so no breakdown is shown. Pass what calculate() returns.`,
      }]);
    }
    if ('value' in mode && mode.value === 'claim') return this.renderClaim(r);
    const lang = this.language;
    const showClaim = r.inputs.priorSelfPaid !== '0.00' || (r.inputs.priorOtherSelfPaid ?? '0.00') !== '0.00';
    const claim = r.claimRows.length === r.tiers.length ? r.claimRows : null;
    const cols = showClaim && claim ? 5 : 4;
    return html`
      ${this.warningsBox(r)}
      ${this.tableYear(r, lang, showClaim, claim, cols)}
      ${this.bar(r)}
      ${this.tail(r, lang, () => true)}
    `;
  }

  private warningsBox(r: CalculationResult) {
    if (this.hideWarnings || !r.warningDetails.length) return nothing;
    return html`<section class="warnings" part="warnings" aria-labelledby="w-title">
        <h3 id="w-title">${this.t('warningsTitle')}</h3>
        <ul>${warningsFirst(r.warningDetails).map((w) => html`<li>${pick(this.language, w)}</li>`)}</ul>
      </section>`;
  }

  /** This claim's share of each row, and the payout: nothing year-to-date (see `mode`). */
  private renderClaim(r: CalculationResult) {
    const lang = this.language;
    // Year-to-date figures in the trace are the new rule's, never paid: the trace keeps the rule's figures only.
    const yearKeys = new Set(['yearToDatePayout', 'priorYearToDatePayout', 'payout']);
    return html`
      ${this.warningsBox(r)}
      <div class="scroll main" tabindex="0" role="region" aria-labelledby="t-caption">
        <table part="table">
          <caption id="t-caption">${this.t('breakdownClaimTitle')} · ${this.t('threshold', { amount: this.money(r.threshold) })}</caption>
          <thead><tr>
            <th scope="col">${this.t('tier')}</th>
            <th scope="col" class="num">${this.t('ratio')}</th>
            <th scope="col" class="num">${this.t('claimBase')}</th>
            <th scope="col" class="num">${this.t('thisClaim')}</th>
          </tr></thead>
          <tbody>
            ${r.claimRows.map((row) => html`
              <tr part="row" class=${row.kind}>
                <th scope="row">${this.rowLabel(row)}${this.cite(row.citation)}</th>
                <td class="num" data-label=${this.t('ratio')}>${row.kind === 'tier' || row.kind === 'other' ? formatPercent(lang, row.ratio) : this.t('empty')}</td>
                <td class="num" data-label=${this.t('claimBase')}>${this.money(row.base)}</td>
                <td class="num" data-label=${this.t('thisClaim')}>${this.money(row.amount)}</td>
              </tr>`)}
          </tbody>
          <tfoot><tr part="total" class="claim"><th scope="row" colspan="3">${this.t('claimTotal')}</th><td class="num">${this.money(r.payout)}</td></tr></tfoot>
        </table>
      </div>
      <p class="claim-note">${this.t('claimModeNote')}</p>
      ${this.tail(r, lang, (key) => !yearKeys.has(key))}
    `;
  }

  private tableYear(r: CalculationResult, lang: Lang, showClaim: boolean, claim: TierRow[] | null, cols: number) {
    return html`
      <div class="scroll main" tabindex="0" role="region" aria-labelledby="t-caption">
        <table part="table">
          <caption id="t-caption">${this.t('breakdownTitle')} · ${this.t('threshold', { amount: this.money(r.threshold) })}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('tier')}</th>
              <th scope="col" class="num">${this.t('ratio')}</th>
              <th scope="col" class="num">${this.t('base')}</th>
              <th scope="col" class="num">${this.t('amount')}</th>
              ${cols === 5 ? html`<th scope="col" class="num">${this.t('thisClaim')}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${r.tiers.map((row, i) => html`
              <tr part="row" class=${row.kind}>
                <th scope="row">${this.rowLabel(row)}${this.cite(row.citation)}</th>
                <td class="num" data-label=${this.t('ratio')}>${row.kind === 'tier' || row.kind === 'other' ? formatPercent(lang, row.ratio) : this.t('empty')}</td>
                <td class="num" data-label=${this.t('base')}>${this.money(row.base)}</td>
                <td class="num" data-label=${this.t('amount')}>${this.money(row.amount)}</td>
                ${cols === 5 ? html`<td class="num" data-label=${this.t('thisClaim')}>${this.money(claim![i]!.amount)}</td>` : nothing}
              </tr>`)}
          </tbody>
          <tfoot>
            <tr part="total">
              <th scope="row" colspan="3">${this.t('total')}</th>
              <td class="num" data-label=${this.t('amount')}>${this.money(r.yearToDatePayout)}</td>
              ${cols === 5 ? html`<td class="num" data-label=${this.t('thisClaim')}>${this.money(r.payout)}</td>` : nothing}
            </tr>
            ${showClaim
              ? html`<tr part="total"><th scope="row" colspan="3">${this.t('priorTotal')}</th><td class="num">${r.priorYearToDatePayout === '0.00' ? '' : '−'}${this.money(r.priorYearToDatePayout)}</td>${cols === 5 ? html`<td></td>` : nothing}</tr>
                  <tr part="total" class="claim"><th scope="row" colspan="3">${this.t('claimTotal')}</th><td class="num">${this.money(r.payout)}</td>${cols === 5 ? html`<td></td>` : nothing}</tr>`
              : nothing}
          </tfoot>
        </table>
      </div>
    `;
  }

  private tail(r: CalculationResult, lang: Lang, keep: (key: string) => boolean) {
    return html`
      ${r.excluded.length
        ? html`<div class="scroll" tabindex="0" role="region" aria-labelledby="x-caption"><table part="excluded">
            <caption id="x-caption">${this.t('excludedTitle')}</caption>
            <thead><tr><th scope="col">${this.t('excludedReason')}</th><th scope="col" class="num">${this.t('excludedAmount')}</th><th scope="col" class="num">${this.t('excludedPaid')}</th></tr></thead>
            <tbody>${r.excluded.map((x) =>
              html`<tr><th scope="row">${pick(lang, x.label)}${this.cite(x.citation)}</th><td class="num">${this.money(x.amount)}</td><td
                class="num">${this.money(x.paid)}</td></tr>`)}</tbody>
          </table></div>`
        : nothing}
      <details class="trace" part="trace">
        <summary>${this.t('traceTitle')}</summary>
        <div class="scroll" tabindex="0" role="region" aria-label=${this.t('traceTitle')}>
          <table class="trace-table">
            <thead><tr><th scope="col">${this.t('traceItem')}</th><th scope="col">${this.t('traceValue')}</th><th scope="col">${this.t('traceSource')}</th></tr></thead>
            <tbody>${r.trace.filter((t) => keep(t.key)).map((t) => html`<tr><th scope="row">${lang === 'en' ? t.labelEn : t.label}</th><td class="value">${lang === 'en' ? t.valueEn : t.value}</td><td>${this.cite(t.citation)}${t.citation?.quote ? html`<q lang="zh-CN">${t.citation.quote}</q>` : nothing}</td></tr>`)}</tbody>
          </table>
        </div>
      </details>
      <details class="notes" part="notes">
        <summary>${this.t('notesTitle')}</summary>
        <ul>${r.notes.map((n) => html`<li>${pick(lang, n)}${this.cite(n.citation)}</li>`)}</ul>
      </details>
      <p class="estimate" part="estimate">${this.estimate(r.policy.documentNo)}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'dbbx-breakdown': DbbxBreakdown }
}
