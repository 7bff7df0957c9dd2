// <dbbx-fund>: a policy officer's projection tool. Loads a claims file (CSV through csv-parse, XLSX through
// read-excel-file — the file never leaves the page) or a stated synthetic population, runs the published rule
// and a what-if edit through the engine's compiled path in slices small enough to keep the page responsive,
// and shows the comparison, a histogram, a payout curve and a CSV export. Every figure is the engine's.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import { readSheet } from 'read-excel-file/browser';
import { DbbxElement, settledDate } from '../shared/base.js';
import { fundStyles } from './styles.js';
import { fundZh, fundEn, type FundKey } from './strings.js';
import {
  listPolicies, resolvePolicy, parseAmountField, fenToYuan, DbbxInputError, GROUPS, GROUP_WORDS,
  type Group, type InputIssue, type ResolvedPolicy, type Scheme,
} from '../../engine/core.js';
import {
  Projector, checkProjection, compileRule, syntheticPopulation,
  type PolicyEdit, type ProjectionFigures, type ProjectionRequest,
} from '../../fund/index.js';
import { formatMoney, formatPercent, pick } from '../../i18n/index.js';

type Field = 'selfPaid' | 'group' | 'otherSelfPaid';
/** A row that cannot be used, with its reason in both languages (the text follows lang at render). */
interface BadRow { line: number; zh: string; en: string }

/** People handled per slice: a few milliseconds of work, so typing and scrolling never wait. */
const SLICE = 100_000;
const yield_ = () => new Promise<void>((r) => setTimeout(r, 0));

const GUESS: Record<Field, RegExp> = {
  selfPaid: /selfpaid|个人负担|自付|负担|burden/i,
  group: /group|人群|类别|身份/i,
  otherSelfPaid: /other|其他/i,
};

/**
 * Fund projection: the policy as published beside a what-if edit, over a claims file or a synthetic population.
 *
 * @tag dbbx-fund
 * @fires dbbx-projection - A projection finished; detail: { published, whatIf } (the engine's ProjectionFigures).
 * @csspart form - The inputs.
 * @csspart table - The comparison table.
 * @csspart histogram - The histogram of payouts per person.
 * @csspart curve - The payout curve.
 * @csspart progress - The progress bar while calculating.
 * @csspart button - Buttons.
 * @cssprop --dbbx-color-accent - Buttons, links and the what-if series.
 * @cssprop --dbbx-color-paid - The published series.
 */
export class DbbxFund extends DbbxElement {
  static override properties = {
    ...DbbxElement.properties,
    region: { type: String, reflect: true },
    date: { type: String, reflect: true },
    scheme: { type: String, reflect: true },
    _tick: { state: true, attribute: false },
  };

  static override styles = fundStyles;

  /** GB/T 2260 code of the region projected. */
  declare region: string;
  /** A date in the year projected (picks the policy version). */
  declare date: string;
  /** 'resident' or 'employee'. */
  declare scheme: string;
  declare private _tick: number;

  private burdens: Float64Array | null = null;
  private others: Float64Array | null = null;
  private groups: Uint8Array | null = null;
  private sourceText = '';
  private header: string[] = [];
  private rows: string[][] = [];
  private fileName = '';
  private mapping: Record<Field, number> = { selfPaid: -1, group: -1, otherSelfPaid: -1 };
  private badRows: BadRow[] = [];
  private values: Record<string, string> = {
    insured: '', premium: '', margin: '0.04', threshold: '', cap: '', people: '100000', median: '8000', spread: '1.3', seed: '1',
  };
  private ratios: string[] = [];
  private issues: InputIssue[] = [];
  private progress: number | null = null;
  private published: ProjectionFigures | null = null;
  private whatIf: ProjectionFigures | null = null;
  private payoutsA: Float64Array | null = null;
  private payoutsB: Float64Array | null = null;
  private run = 0;

  constructor() {
    super();
    this.region = '445100';
    this.date = '2017-06-01';
    this.scheme = 'resident';
    this._tick = 0;
  }

  private f(key: FundKey, params: Record<string, string | number> = {}): string {
    const text = (this.language === 'en' ? fundEn : fundZh)[key];
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  }

  private onDate(input: HTMLInputElement, typing: boolean): void {
    const v = settledDate(input, typing);
    if (v !== null && v !== this.date) { this.date = v; this.stale(); }
  }

  /** Any input changed: the figures on screen no longer match it, so they go (as the calculator's do). */
  private stale(): void {
    this.published = this.whatIf = null;
    this.payoutsA = this.payoutsB = null;
    this.refresh();
  }

  private refresh(): void {
    this._tick++;
  }

  private policy(): ResolvedPolicy | null {
    try {
      return resolvePolicy(this.region, this.date, this.scheme as Scheme);
    } catch {
      return null;
    }
  }

  /** Loaded people, for hosts and tests. */
  get population(): { people: number; bad: BadRow[] } {
    return { people: this.burdens?.length ?? 0, bad: this.badRows };
  }

  /** The last projection, published and what-if. */
  get results(): { published: ProjectionFigures | null; whatIf: ProjectionFigures | null } {
    return { published: this.published, whatIf: this.whatIf };
  }

  // ---- data in ---------------------------------------------------------------------------------------

  /** Reads a claims file (CSV or XLSX) chosen by the person; nothing is uploaded. */
  async loadFile(file: File): Promise<void> {
    this.fileName = file.name;
    let table: string[][];
    if (/\.xlsx$/i.test(file.name)) {
      const sheet = await readSheet<string>(file, { parseNumber: (s: string) => s });
      table = sheet.map((row) => row.map((c) => (c === null || c === undefined ? '' : String(c))));
    } else {
      const text = await file.text();
      table = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
    }
    this.header = (table[0] ?? []).map((h) => String(h).trim());
    this.rows = table.slice(1);
    for (const field of Object.keys(GUESS) as Field[]) this.mapping[field] = this.header.findIndex((h) => GUESS[field].test(h));
    await this.applyMapping();
  }

  /** Turns the file's rows into the population, by the column mapping; bad rows are listed, the rest used. */
  private async applyMapping(): Promise<void> {
    const n = this.rows.length;
    const burdens = new Float64Array(n);
    const others = this.mapping.otherSelfPaid >= 0 ? new Float64Array(n) : null;
    const groups = this.mapping.group >= 0 ? new Uint8Array(n) : null;
    const bad: BadRow[] = [];
    let kept = 0;
    const groupByName = new Map<string, number>();
    GROUPS.forEach((g, i) => { groupByName.set(g, i); groupByName.set(GROUP_WORDS[g].zh, i); });
    const en = this.language === 'en';
    this.stale();
    if (this.mapping.selfPaid < 0) {
      this.burdens = null;
      this.badRows = [];
      return;
    }
    for (let i = 0; i < n; i++) {
      if (i % SLICE === SLICE - 1) { this.progress = i / n; this.refresh(); await yield_(); }
      const row = this.rows[i]!;
      const line = i + 2;
      const amount = parseAmountField(row[this.mapping.selfPaid] ?? '', 'selfPaid', { zh: this.f('field.selfPaid').replace(/（必选）$/, ''), en: 'Personal burden' });
      if (!amount.ok) { bad.push({ line, zh: amount.issue.zh, en: amount.issue.en }); continue; }
      let other = 0;
      if (others) {
        const o = parseAmountField(row[this.mapping.otherSelfPaid] ?? '', 'otherSelfPaid', { zh: '其他自付', en: 'Other self-paid' });
        if (!o.ok && String(row[this.mapping.otherSelfPaid] ?? '').trim() !== '') { bad.push({ line, zh: o.issue.zh, en: o.issue.en }); continue; }
        other = o.ok ? o.value.times(100).toNumber() : 0;
      }
      let g = 0;
      if (groups) {
        const name = String(row[this.mapping.group] ?? '').trim();
        if (name) {
          const code = groupByName.get(name);
          if (code === undefined) {
            bad.push({ line, en: `Group "${name}" is not one of: ${GROUPS.map((x) => GROUP_WORDS[x].en).join(', ')}.`, zh: `人群“${name}”不是可选值：${GROUPS.map((x) => GROUP_WORDS[x].zh).join('、')}。` });
            continue;
          }
          g = code;
        }
      }
      burdens[kept] = amount.value.times(100).toNumber();
      if (others) others[kept] = other;
      if (groups) groups[kept] = g;
      kept++;
    }
    this.burdens = burdens.slice(0, kept);
    this.others = others ? others.slice(0, kept) : null;
    this.groups = groups ? groups.slice(0, kept) : null;
    this.badRows = bad;
    this.sourceText = this.f('sourceFile', { name: this.fileName });
    this.progress = null;
    this.stale();
  }

  /** Generates the stated synthetic population. */
  generate(): void {
    try {
      const v = this.values;
      this.burdens = syntheticPopulation({ people: Number(v.people), median: Number(v.median), spread: Number(v.spread), seed: Number(v.seed) });
      this.others = this.groups = null;
      this.badRows = [];
      this.sourceText = this.f('sourceSynthetic', { people: Number(v.people).toLocaleString(), median: v.median!, spread: v.spread!, seed: v.seed! });
      this.issues = [];
    } catch (e) {
      if (!(e instanceof DbbxInputError)) throw e;
      this.issues = e.issues;
    }
    this.stale();
  }

  // ---- the projection --------------------------------------------------------------------------------

  private edit(): PolicyEdit | undefined {
    const v = this.values;
    const e: PolicyEdit = {};
    if (v.threshold!.trim()) e.threshold = v.threshold!;
    if (this.ratios.some((r) => r.trim())) e.ratios = this.ratios.map((r) => r.trim() || undefined);
    if (v.cap!.trim()) e.cap = /^0+(\.0+)?$/.test(v.cap!.trim()) ? null : v.cap!;
    return Object.keys(e).length ? e : undefined;
  }

  /** Runs the published rule and the what-if over the population, a slice at a time, with progress. */
  async calculate(): Promise<void> {
    const token = ++this.run;
    this.issues = [];
    if (!this.burdens) { this.refresh(); return; }
    const v = this.values;
    const req: ProjectionRequest = {
      region: this.region, date: this.date, scheme: this.scheme as Scheme,
      population: { burdenFen: this.burdens, ...(this.others ? { otherFen: this.others } : {}), ...(this.groups ? { group: this.groups } : {}) },
      premiumPerPerson: v.premium!, ...(v.insured!.trim() ? { insured: Number(v.insured) } : {}),
      ...(v.margin!.trim() ? { targetMargin: v.margin!.trim() } : {}),
    };
    const edit = this.edit();
    let a: Projector;
    let b: Projector | null = null;
    try {
      checkProjection(req);
      a = new Projector(req);
      if (edit) b = new Projector(req, edit);
    } catch (e) {
      if (!(e instanceof DbbxInputError)) throw e;
      this.issues = e.issues;
      this.stale();
      return;
    }
    const n = this.burdens.length;
    const pa = new Float64Array(n);
    const pb = b ? new Float64Array(n) : null;
    for (let i = 0; i < n; i += SLICE) {
      const end = Math.min(n, i + SLICE);
      a.add(i, end, pa);
      b?.add(i, end, pb!);
      this.progress = end / n;
      this.refresh();
      await yield_();
      if (token !== this.run) return;
    }
    this.published = a.result();
    this.whatIf = b ? b.result() : null;
    this.payoutsA = pa;
    this.payoutsB = pb;
    this.progress = null;
    this.refresh();
    this.dispatchEvent(new CustomEvent('dbbx-projection', { detail: { published: this.published, whatIf: this.whatIf }, bubbles: true, composed: true }));
  }

  private exportCsv(): void {
    if (!this.burdens || !this.payoutsA) return;
    const parts: string[] = [`person,selfPaid,group,payout${this.payoutsB ? ',payoutWhatIf' : ''}\n`];
    for (let i = 0; i < this.burdens.length; i++) {
      const g = this.groups ? GROUPS[this.groups[i]!] : 'general';
      parts.push(`${i + 1},${fenToYuan(this.burdens[i]!)},${g},${fenToYuan(this.payoutsA[i]!)}${this.payoutsB ? `,${fenToYuan(this.payoutsB[i]!)}` : ''}\n`);
    }
    const url = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'dbbx-projection.csv';
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---- pictures ----------------------------------------------------------------------------------------

  private histogram(): TemplateResult | typeof nothing {
    const A = this.payoutsA;
    if (!A) return nothing;
    const B = this.payoutsB;
    let max = 0;
    for (const p of A) if (p > max) max = p;
    if (B) for (const p of B) if (p > max) max = p;
    if (max <= 0) return nothing;
    const bins = 20;
    const width = Math.ceil(max / bins / 100) * 100 || 100;
    const count = (xs: Float64Array) => {
      const c = new Array<number>(bins).fill(0);
      for (const p of xs) if (p > 0) c[Math.min(bins - 1, Math.floor(p / width))]!++;
      return c;
    };
    const ca = count(A);
    const cb = B ? count(B) : null;
    const top = Math.max(...ca, ...(cb ?? [0]), 1);
    const W = 600; const H = 180; const bw = W / bins;
    return html`<figure part="histogram">
      <figcaption>${this.f('histogram')}</figcaption>
      <svg viewBox="0 0 ${W} ${H + 20}" role="img" aria-label=${this.f('histLabel', { bins, max: formatMoney(this.language, fenToYuan(width * bins)) })}>
        ${ca.map((c, i) => svg`<rect class="a" x=${i * bw + 1} y=${H - (c / top) * H} width=${cb ? bw / 2 - 1 : bw - 2} height=${(c / top) * H}></rect>`)}
        ${cb ? cb.map((c, i) => svg`<rect class="b" x=${i * bw + bw / 2} y=${H - (c / top) * H} width=${bw / 2 - 1} height=${(c / top) * H}></rect>`) : nothing}
        <line class="axis" x1="0" x2=${W} y1=${H} y2=${H}></line>
        <text x="0" y=${H + 16}>0</text><text x=${W} y=${H + 16} text-anchor="end">${formatMoney(this.language, fenToYuan(width * bins))}</text>
      </svg>
      <p class="axis-label">${this.f('payoutAxis')} · ${this.f('peopleAxis')}</p>
    </figure>`;
  }

  private curve(): TemplateResult | typeof nothing {
    if (!this.published) return nothing;
    let a: ReturnType<typeof compileRule>;
    let b: ReturnType<typeof compileRule> | null = null;
    try {
      a = compileRule(this.region, this.date, this.scheme as Scheme);
      const e = this.edit();
      if (e && this.whatIf) b = compileRule(this.region, this.date, this.scheme as Scheme, undefined, e);
    } catch {
      return nothing;
    }
    const maxFen = Math.max(a.capFen > 0 && a.capKind === 'expense' ? a.capFen * 1.2 : 0, ...a.tiers.map((t) => (Number.isFinite(t.toFen) ? t.toFen * 2 : 0)), 20_000_000);
    const steps = 120;
    const W = 600; const H = 180;
    const ys = (r: typeof a) => Array.from({ length: steps + 1 }, (_, i) => r.ytdFen(Math.round((maxFen * i) / steps)));
    const ya = ys(a);
    const yb = b ? ys(b) : null;
    const top = Math.max(...ya, ...(yb ?? [0]), 1);
    const pts = (y: number[]) => y.map((v, i) => `${((i / steps) * W).toFixed(1)},${(H - (v / top) * H).toFixed(1)}`).join(' ');
    return html`<figure part="curve">
      <figcaption>${this.f('curve')}</figcaption>
      <svg viewBox="0 0 ${W} ${H + 20}" role="img" aria-label=${this.f('curveLabel', { max: formatMoney(this.language, fenToYuan(maxFen)) })}>
        <polyline class="a" points=${pts(ya)}></polyline>
        ${yb ? svg`<polyline class="b" points=${pts(yb)}></polyline>` : nothing}
        <line class="axis" x1="0" x2=${W} y1=${H} y2=${H}></line>
        <text x="0" y=${H + 16}>0</text><text x=${W} y=${H + 16} text-anchor="end">${formatMoney(this.language, fenToYuan(maxFen))}</text>
      </svg>
      <p class="axis-label">${this.f('burdenAxis')}</p>
    </figure>`;
  }

  // ---- rendering ---------------------------------------------------------------------------------------

  private input(key: string, label: string, hint = '', mode = 'decimal') {
    const err = this.issues.find((i) => i.field === key || i.field === `edit.${key}` || (key === 'premium' && i.field === 'premiumPerPerson') || (key === 'margin' && i.field === 'targetMargin'));
    return html`<div class="field ${err ? 'has-error' : ''}">
      <label for="f-${key}">${label}</label>
      ${hint ? html`<div class="hint" id="f-${key}-hint">${hint}</div>` : nothing}
      ${err ? html`<p class="error" id="f-${key}-error">${this.language === 'en' ? err.en : err.zh}</p>` : nothing}
      <input id="f-${key}" type="text" inputmode=${mode} autocomplete="off" .value=${this.values[key] ?? ''}
        aria-invalid=${err ? 'true' : 'false'} aria-describedby=${[hint ? `f-${key}-hint` : '', err ? `f-${key}-error` : ''].filter(Boolean).join(' ') || nothing}
        @input=${(e: Event) => { this.values[key] = (e.target as HTMLInputElement).value; this.stale(); }} />
    </div>`;
  }

  private table(): TemplateResult | typeof nothing {
    const A = this.published;
    if (!A) return nothing;
    const B = this.whatIf;
    const lang = this.language;
    const m = (s: string) => formatMoney(lang, s);
    const rows: [string, string, string | null][] = [
      [this.f('m.total'), m(A.totalPayout), B ? m(B.totalPayout) : null],
      ...A.byTier.map((t, i): [string, string, string | null] => [this.f('m.tier', { n: i + 1 }), m(t), B ? m(B.byTier[i] ?? '0') : null]),
      [this.f('m.capCut'), m(A.capCut), B ? m(B.capCut) : null],
      ...(A.otherPayout !== '0.00' ? [[this.f('m.other'), m(A.otherPayout), B ? m(B.otherPayout) : null] as [string, string, string | null]] : []),
      ...GROUPS.filter((g) => A.byGroup[g]).map((g): [string, string, string | null] =>
        [this.f('m.group', { group: pick(lang, GROUP_WORDS[g]) }), m(A.byGroup[g]!.payout), B?.byGroup[g] ? m(B.byGroup[g]!.payout) : null]),
      [this.f('m.people'), A.people.toLocaleString(), B ? B.people.toLocaleString() : null],
      [this.f('m.above'), A.peopleAboveThreshold.toLocaleString(), B ? B.peopleAboveThreshold.toLocaleString() : null],
      [this.f('m.atCap'), A.peopleAtCap.toLocaleString(), B ? B.peopleAtCap.toLocaleString() : null],
      [this.f('m.income'), m(A.premiumIncome), B ? m(B.premiumIncome) : null],
      [this.f('m.lossRatio'), formatPercent(lang, A.lossRatio), B ? formatPercent(lang, B.lossRatio) : null],
      ...(A.premiumForMargin ? [[this.f('m.premiumFor'), m(A.premiumForMargin), B?.premiumForMargin ? m(B.premiumForMargin) : null] as [string, string, string | null]] : []),
    ];
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${this.f('published')}>
      <table part="table">
        <thead><tr><th scope="col">${this.f('metric')}</th><th scope="col" class="num">${this.f('published')}</th>${B ? html`<th scope="col" class="num">${this.f('edited')}</th>` : nothing}</tr></thead>
        <tbody>${rows.map(([k, a, b]) => html`<tr><th scope="row">${k}</th><td class="num">${a}</td>${B ? html`<td class="num">${b ?? '—'}</td>` : nothing}</tr>`)}</tbody>
      </table></div>`;
  }

  override render() {
    const policy = this.policy();
    const lang = this.language;
    const tiers = policy?.groups[0]?.tiers ?? [];
    const cities = listPolicies().filter((p) => p.kind === 'city');
    return html`
      <div class="wrap" part="form">
        <h2>${this.f('title')}</h2>
        <p class="intro">${this.f('intro')}</p>
        ${this.issues.length ? html`<div class="error-summary" role="alert"><h3>${this.f('errors')}</h3><ul>${this.issues.map((i) => html`<li>${lang === 'en' ? i.en : i.zh}</li>`)}</ul></div>` : nothing}
        <fieldset><legend>${this.f('policy')}</legend>
          <div class="row">
            <div class="field"><label for="f-region">${this.f('region')}</label>
              <select id="f-region" @change=${(e: Event) => { this.region = (e.target as HTMLSelectElement).value; this.ratios = []; this.stale(); }}>
                ${cities.map((c) => html`<option value=${c.region} ?selected=${c.region === this.region}>${pick(lang, c.name)}</option>`)}
              </select></div>
            <div class="field"><label for="f-date">${this.f('date')}</label>
              <input id="f-date" type="date" .value=${this.date}
                @change=${(e: Event) => this.onDate(e.target as HTMLInputElement, true)}
                @blur=${(e: Event) => this.onDate(e.target as HTMLInputElement, false)} /></div>
            <div class="field"><label for="f-scheme">${this.f('scheme')}</label>
              <select id="f-scheme" @change=${(e: Event) => { this.scheme = (e.target as HTMLSelectElement).value; this.stale(); }}>
                ${(policy?.schemes ?? ['resident']).map((s) => html`<option value=${s} ?selected=${s === this.scheme}>${this.f(`scheme.${s}` as FundKey)}</option>`)}
              </select></div>
          </div>
          ${policy ? html`<p class="policy"><span lang="zh-CN">${policy.policy.documentNo}</span>${policy.overlays.map((o) => html` + <span lang="zh-CN">${o.documentNo}</span>`)}</p>` : nothing}
        </fieldset>

        <fieldset><legend>${this.f('source')}</legend>
          <div class="field"><label for="f-file">${this.f('file')}</label>
            <div class="hint" id="f-file-hint">${this.f('fileHint')}</div>
            <input id="f-file" type="file" accept=".csv,.xlsx,text/csv" aria-describedby="f-file-hint"
              @change=${(e: Event) => { const file = (e.target as HTMLInputElement).files?.[0]; if (file) void this.loadFile(file); }} /></div>
          ${this.header.length ? html`<div class="mapping"><p class="hint">${this.f('mappingHint')}</p>
            ${(['selfPaid', 'group', 'otherSelfPaid'] as Field[]).map((field) => html`<div class="field"><label for="map-${field}">${this.f(`field.${field}` as FundKey)}</label>
              <select id="map-${field}" @change=${(e: Event) => { this.mapping[field] = Number((e.target as HTMLSelectElement).value); void this.applyMapping(); }}>
                <option value="-1" ?selected=${this.mapping[field] < 0}>${this.f('none')}</option>
                ${this.header.map((h, i) => html`<option value=${i} ?selected=${this.mapping[field] === i}>${h}</option>`)}
              </select></div>`)}</div>` : nothing}
          ${this.badRows.length ? html`<div class="bad" role="status"><p>${this.f('badRows', { n: this.badRows.length, ok: this.burdens?.length ?? 0 })}</p>
            <ul>${this.badRows.slice(0, 20).map((b) => html`<li>${this.f('line', { n: b.line })}${this.language === 'en' ? `: ${b.en}` : `：${b.zh}`}</li>`)}</ul>
            ${this.badRows.length > 20 ? html`<p>${this.f('badRowsMore', { n: this.badRows.length - 20 })}</p>` : nothing}</div>` : nothing}
          <details class="synthetic"><summary>${this.f('synthetic')}</summary>
            <p class="hint">${this.f('syntheticHint')}</p>
            <div class="row">${this.input('people', this.f('people'), '', 'numeric')}${this.input('median', this.f('median'))}${this.input('spread', this.f('spread'))}${this.input('seed', this.f('seed'), '', 'numeric')}</div>
            <button type="button" part="button" class="secondary generate" @click=${() => this.generate()}>${this.f('generate')}</button>
          </details>
          <p class="loaded" aria-live="polite">${this.burdens ? this.f('loaded', { n: this.burdens.length.toLocaleString(), source: this.sourceText }) : this.f('noData')}</p>
        </fieldset>

        <fieldset><legend>${this.f('finance')}</legend>
          <div class="row">${this.input('insured', this.f('insured'), this.f('insuredHint'), 'numeric')}${this.input('premium', this.f('premium'))}${this.input('margin', this.f('margin'))}</div>
        </fieldset>

        <fieldset><legend>${this.f('whatIf')}</legend>
          <p class="hint">${this.f('whatIfHint')}</p>
          <div class="row">
            ${this.input('threshold', `${this.f('threshold')}${policy ? ` · ${formatMoney(lang, policy.groups[0]!.threshold)}` : ''}`)}
            ${tiers.map((t, i) => {
              const err = this.issues.find((x) => x.field === `edit.ratios[${i}]`);
              return html`<div class="field ${err ? 'has-error' : ''}"><label for="f-ratio-${i}">${this.f('tierRatio', { n: i + 1 })} · ${t.ratio}</label>
                ${err ? html`<p class="error">${lang === 'en' ? err.en : err.zh}</p>` : nothing}
                <input id="f-ratio-${i}" type="text" inputmode="decimal" autocomplete="off" .value=${this.ratios[i] ?? ''} aria-invalid=${err ? 'true' : 'false'}
                  @input=${(e: Event) => { this.ratios[i] = (e.target as HTMLInputElement).value; this.stale(); }} />
                <input class="slider" type="range" min="0" max="1" step="0.01" aria-label=${this.f('tierRatio', { n: i + 1 })}
                  .value=${this.ratios[i]?.trim() || t.ratio}
                  @input=${(e: Event) => { this.ratios[i] = (e.target as HTMLInputElement).value; this.stale(); }}
                  @change=${() => { if (this.burdens) void this.calculate(); }} /></div>`;
            })}
            ${this.input('cap', this.f('cap'))}
          </div>
        </fieldset>

        <div class="actions">
          <button type="button" part="button" class="calculate" ?disabled=${!this.burdens?.length} @click=${() => void this.calculate()}>${this.f('calculate')}</button>
          <button type="button" part="button" class="secondary export" ?disabled=${!this.payoutsA || !this.published} @click=${() => this.exportCsv()}>${this.f('export')}</button>
        </div>
        <div aria-live="polite">${this.progress !== null
          ? html`<label class="progress">${this.f('computing', { pct: Math.round(this.progress * 100) })}<progress part="progress" max="1" .value=${this.progress}></progress></label>`
          : nothing}</div>
        ${this.table()}
        ${this.published ? html`<p class="legend"><span><i class="key a"></i>${this.f('published')}</span>${this.whatIf
          ? html`<span><i class="key b"></i>${this.f('edited')}</span>` : nothing}</p>` : nothing}
        <div class="charts">${this.histogram()}${this.curve()}</div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'dbbx-fund': DbbxFund }
}
