// <dbbx-fund>: a policy officer's projection tool. Loads a claims file (CSV in any encoding Chinese Excel or a
// database writes, or XLSX — the file never leaves the page) or a stated synthetic insured population, runs the
// published rule and a what-if edit through the engine's compiled path in slices small enough to keep the page
// responsive, and shows the comparison, a histogram, a payout curve, their tables and a CSV export. Every
// figure is the engine's.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { DbbxElement, settledDate, type HostIssue, type TextProp } from '../shared/base.js';
import { isScheme, schemeChoiceIssue } from '../../engine/choices.js';
import { fundStyles } from './styles.js';
import { fundZh, fundEn, type FundKey } from './strings.js';
import {
  CsvReader, DATE_MARK, FileProblem, Rows, decodeChunked, detectDelimiter, isZip, pause, readXlsx,
  type CsvBad, type Delimiter, type ReadEncoding,
} from './read.js';
import {
  listPolicies, resolvePolicy, fenToYuan, DbbxInputError, GROUPS, GROUP_WORDS,
  type InputIssue, type ResolvedPolicy, type Scheme,
} from '../../engine/core.js';
import { Decimal } from '../../engine/decimal.js';
import { parseAmountField } from '../../engine/amount.js';
import { readNumber, readNumbers, type NumberSpec } from '../../engine/numbers.js';
import { allPolicies } from '../../policies/index.js';
import type { EncodingChoice } from '../../fund/encoding.js';
import {
  COLUMN_NAMES, GROUP_NAMES, amountUnitOf, fieldOfColumn, inYuan, isTotalLabel, normName, type AmountUnit,
} from '../../fund/columns.js';
import { csvCell } from '../../fund/csv-cell.js';
import {
  Projector, checkProjection, compileRule, syntheticPopulation,
  type PolicyEdit, type ProjectionFigures, type ProjectionRequest,
} from '../../fund/index.js';
import { formatMoney, formatPercent, pick } from '../../i18n/index.js';

type Field = 'selfPaid' | 'group' | 'otherSelfPaid' | 'id';
const FIELDS: Field[] = ['selfPaid', 'group', 'otherSelfPaid', 'id'];
/** A row that cannot be used, with its reason in both languages (the text follows lang at render). */
interface BadRow { line: number; zh: string; en: string }
/** The funding and what-if fields as read (DbbxFund.readInputs): the edit, the request figures, every refusal. */
interface FundInputs { edit: PolicyEdit | undefined; insured: number | null; premium: string; margin: string | null; issues: InputIssue[] }

/** Rows read or mapped per slice, and people calculated per slice: tens of milliseconds of work each, so
 * typing, scrolling and the progress bar never wait long. */
const SLICE = 20_000;
const CALC_SLICE = 100_000;
/** Below this width (px) the comparison table is shown as cards: three columns of money do not fit. */
const NARROW = 560;

// Column names as offices write them. Exact names win over a guess by pattern, and a column that names
// "other" self-paid (新北's 其他自付费用) is never taken for the burden.
const norm = normName;
// The request fields' names are the CLI's (src/fund/columns.ts, listed in the README); the id column is the
// element's own (the export carries it so rows can be joined back).
const EXACT: Record<Field, string[]> = {
  selfPaid: COLUMN_NAMES.selfPaid.map(norm),
  group: COLUMN_NAMES.group.map(norm),
  otherSelfPaid: COLUMN_NAMES.otherSelfPaid.map(norm),
  id: ['id', 'personid', '编号', '个人编号', '人员编号', '参保人编号', '医保编号', '社会保障号', '社会保障号码', '身份证号', '身份证号码'],
};
const GUESS: Record<Field, RegExp> = {
  selfPaid: /selfpaid|个人负担|自付|负担|burden/i,
  group: /group|人群|类别|身份/i,
  otherSelfPaid: /^other|其他/i,
  id: /(^|[^a-z])id$|编号|号码/i,
};
/** Never the burden or the group: limits and other self-paid amounts. */
const NOT_BURDEN = /other|其他|limit|限额|上限/i;
/**
 * Never guessed for an amount: ratios (自付比例 holds 0.1, not yuan), totals before this claim (此前累计个人负担
 * is the CLI's priorSelfPaid), counts and dates. A column so named can still be chosen by hand.
 */
const NOT_AMOUNT = /比例|比率|占比|率|ratio|rate|percent|[%％]|此前|之前|以前|上次|上期|前期|本次前|prior|previous|before|earlier|人数|次数|天数|日期|count|date/i;
/** A column of the total before this claim, named beside the burden select so no one adds it in their head. */
const PRIOR_BURDEN = /(此前|之前|以前|上次|上期|前期|本次前|prior|previous).*(负担|自付|selfpaid|burden)/i;
/** Rows searched for the header: Excel exports put a title (and a 单位 line) above it. */
const HEADER_SEARCH = 10;

const GROUP_BY_NAME = new Map(GROUP_NAMES.map(([n, g]) => [norm(n), GROUPS.indexOf(g)]));

const PLAIN_FEN = /^\d{1,9}(\.\d{1,2})?$/;
/** '1234.5' → 123450 分 without a float step (digits only, at most 9 before the point). */
function plainFen(s: string): number {
  const dot = s.indexOf('.');
  if (dot < 0) return Number(s) * 100;
  const frac = s.slice(dot + 1);
  return Number(s.slice(0, dot)) * 100 + Number(frac.length === 1 ? `${frac}0` : frac);
}

// The synthetic population's defaults. They are assumptions, said so on the page: no statistical bulletin
// we could quote gives the distribution of yearly compliant burdens, so each is editable and labelled.
const SYNTHETIC_DEFAULTS = { people: '1,000,000', hospitalised: '15%', median: '230', spread: '1.85', seed: '1' };

/** The text properties a host sets; unset, each is empty (the form then says what is missing). */
const TEXT_PROPS: readonly TextProp[] = [['region', 'region', ''], ['date', 'date', ''], ['scheme', 'scheme', '']];

/**
 * Fund projection: the policy as published beside a what-if edit, over a claims file or a synthetic population.
 *
 * @tag dbbx-fund
 * @fires dbbx-projection - A projection finished; detail: { published, whatIf } (the engine's ProjectionFigures).
 * @csspart form - The inputs.
 * @csspart table - The comparison table.
 * @csspart histogram - The histogram of payouts per person.
 * @csspart curve - The payout curve.
 * @csspart progress - The progress bar while reading or calculating.
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
  /** Each person's line in the file (0 for synthetic people) and the file's own id, for the export. */
  private lines: Int32Array | null = null;
  private ids: string[] | null = null;
  private source: { kind: 'file'; name: string } | { kind: 'synthetic'; people: number } | null = null;
  private header: string[] = [];
  /** The file's rows; row 0 is the header. */
  private records = new Rows();
  private fileBad: CsvBad[] = [];
  private file: File | null = null;
  private encodingChoice: EncodingChoice = 'auto';
  private encodingUsed: { encoding: ReadEncoding; detected: boolean } | null = null;
  private delimiter: Delimiter = ',';
  /** A delimited text file (its rows must have as many fields as its header); XLSX rows need not. */
  private textFile = false;
  /** The text file had bytes its encoding could not read (U+FFFD in their place): rows holding one are refused. */
  private lossyText = false;
  /** The row of `records` that is the header; rows above it are titles, listed on the page. */
  private headerRow = 0;
  private titleRows: { line: number; text: string }[] = [];
  /** A unit a title line states for the whole table ("单位：万元"), and that line. */
  private tableUnit: { unit: AmountUnit; line: number } | null = null;
  /** Fields whose column was picked by a pattern, not an exact name: said beside the select. */
  private guessed: Record<Field, boolean> = { selfPaid: false, group: false, otherSelfPaid: false, id: false };
  /** A column that cannot be read at all (a unit we cannot convert): no one is loaded until it changes. */
  private mappingProblem: { zh: string; en: string } | null = null;
  /** Lines that are not people (合计 rows): left out, listed. */
  private skippedRows: BadRow[] = [];
  private fileProblem: FileProblem | null = null;
  private mapping: Record<Field, number> = { selfPaid: -1, group: -1, otherSelfPaid: -1, id: -1 };
  private badRows: BadRow[] = [];
  private values: Record<string, string> = {
    insured: '', premium: '', margin: '4%', threshold: '', cap: '', ...SYNTHETIC_DEFAULTS,
  };
  /** The premium we filled in from the document (replaced when the policy changes, unless the officer typed). */
  private premiumFilled: string | null = null;
  /** The insured count we filled in from the people loaded (replaced on the next load, unless the officer typed). */
  private insuredFilled: string | null = null;
  /** The officer's own insured count, kept over a load, and how many people that load had. */
  private insuredKept: { typed: string; n: number } | null = null;
  private ratios: string[] = [];
  private issues: InputIssue[] = [];
  private progress: { share: number; key: FundKey } | null = null;
  private published: ProjectionFigures | null = null;
  private whatIf: ProjectionFigures | null = null;
  private payoutsA: Float64Array | null = null;
  private payoutsB: Float64Array | null = null;
  private insuredUsed = 0;
  private run = 0;
  private load = 0;
  private chartWidth = 600;
  private resize: ResizeObserver | null = null;

  constructor() {
    super();
    this.region = '445100';
    this.date = '2017-06-01';
    this.scheme = 'resident';
    this._tick = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      // Charts are drawn at the width they get, so their labels keep a legible size on a phone.
      this.resize = new ResizeObserver((entries) => {
        const w = Math.round(entries[0]!.contentRect.width);
        if (w > 0 && Math.abs(w - this.chartWidth) > 8) { this.chartWidth = w; this.refresh(); }
      });
      void this.updateComplete.then(() => {
        const wrap = this.renderRoot.querySelector<HTMLElement>('.wrap')!;
        // Measured now as well: the observer reports only when the page is drawn (not in a background tab).
        const w = Math.round(wrap.getBoundingClientRect().width);
        if (w > 0 && Math.abs(w - this.chartWidth) > 8) { this.chartWidth = w; this.refresh(); }
        this.resize?.observe(wrap);
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = null;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // As the calculator reads them: a number as written, spaces dropped, null as empty; an object is named.
    this.readTextProps(changed, TEXT_PROPS);
    if (changed.has('region') || changed.has('date') || changed.has('scheme')) this.prefillPremium();
  }

  private f(key: FundKey, params: Record<string, string | number> = {}): string {
    const text = (this.language === 'en' ? fundEn : fundZh)[key];
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  }

  private count(n: number): string {
    return n.toLocaleString(this.language === 'en' ? 'en' : 'zh-CN');
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

  /** What the page set that the tool cannot use (a typo'd attribute, a scheme or region with no policy), shown. */
  private hostProblems(): HostIssue[] {
    const out = [...this.unknownAttributeIssues(), ...this.hostPropIssues.values()];
    if (this.scheme && !isScheme(this.scheme)) return [...out, schemeChoiceIssue(this.scheme)];
    try {
      resolvePolicy(String(this.region ?? ''), String(this.date ?? ''), (this.scheme || undefined) as Scheme | undefined);
    } catch (e) {
      if (!(e instanceof DbbxInputError)) throw e;
      // A date with no version is a person's choice in the form, not the page's mistake.
      out.push(...e.issues.filter((i) => i.field !== 'date').map((i) => ({ field: i.field, zh: i.zh, en: i.en })));
    }
    return out;
  }

  /** The document's premium for the scheme (a figure or a ceiling), with its citation; null where it gives none. */
  premiumFact():
    { value: string; basis: string; label: { zh: string; en: string }; documentNo: string; clause: string; quote: string } | null {
    const p = this.policy();
    if (!p) return null;
    const docs = [p.policy, ...p.overlays];
    for (const ref of docs) {
      const data = allPolicies().find((d) => d.id === ref.id);
      const fact = data?.financing.find((x) => (x.key === 'premium-per-person' || x.key === 'premium-ceiling') && x.value !== null
        && (!x.scheme || x.scheme === this.scheme));
      if (fact) return { value: fact.value!, basis: fact.basis ?? 'exact', label: fact.label, documentNo: fact.citation.document, clause: fact.citation.clause, quote: fact.citation.quote };
    }
    return null;
  }

  private prefillPremium(): void {
    if (this.values.premium!.trim() !== '' && this.values.premium !== this.premiumFilled) return;
    const fact = this.premiumFact();
    this.values.premium = fact?.value ?? '';
    this.premiumFilled = this.values.premium;
  }

  /** Loaded people, the lines refused (`bad`) and the lines that are not people (`skipped`: 合计 / 小计), for hosts and tests. */
  get population(): { people: number; bad: BadRow[]; skipped: BadRow[] } {
    return { people: this.burdens?.length ?? 0, bad: this.badRows, skipped: this.skippedRows };
  }

  /** The last projection, published and what-if. */
  get results(): { published: ProjectionFigures | null; whatIf: ProjectionFigures | null } {
    return { published: this.published, whatIf: this.whatIf };
  }

  /** What went wrong with the last file, if anything (also shown on the page). */
  get fileError(): { code: string; zh: string; en: string } | null {
    return this.fileProblem ? { code: this.fileProblem.code, zh: this.fileProblem.zh, en: this.fileProblem.en } : null;
  }

  /** The encoding the last text file was read in. */
  get encoding(): { encoding: ReadEncoding; detected: boolean } | null {
    return this.encodingUsed;
  }

  // ---- data in ---------------------------------------------------------------------------------------

  /**
   * Reads a claims file (CSV, tab- or semicolon-separated text in UTF-8, GB18030 or UTF-16, or XLSX) chosen by
   * the person; nothing is uploaded. Never rejects: a file that cannot be read is a message on the page.
   */
  async loadFile(file: File, encoding: EncodingChoice = this.encodingChoice): Promise<void> {
    const token = ++this.load;
    this.file = file;
    this.encodingChoice = encoding;
    this.fileProblem = null;
    this.encodingUsed = null;
    this.header = [];
    this.records = new Rows();
    this.fileBad = [];
    this.burdens = null;
    this.badRows = [];
    this.skippedRows = [];
    this.titleRows = [];
    this.mappingProblem = null;
    this.delimiter = ',';
    this.source = null;
    this.stale();
    try {
      this.progress = { share: 0, key: 'reading' };
      this.refresh();
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (token !== this.load) return;
      let records: Rows;
      this.textFile = !(/\.xlsx$/i.test(file.name) || isZip(bytes));
      if (!this.textFile) {
        records = await readXlsx(bytes);
      } else {
        const decoded = await decodeChunked(bytes, encoding, (share) => { this.progress = { share: share / 2, key: 'reading' }; this.refresh(); });
        if (token !== this.load) return;
        this.encodingUsed = { encoding: decoded.encoding, detected: decoded.detected };
        this.lossyText = decoded.lossy;
        this.delimiter = detectDelimiter(decoded.text);
        const reader = new CsvReader(decoded.text, this.delimiter);
        records = new Rows();
        while (!reader.done) {
          reader.next(SLICE, records, this.fileBad);
          this.progress = { share: 0.5 + reader.share / 2, key: 'reading' };
          this.refresh();
          await pause();
          if (token !== this.load) return;
        }
      }
      if (token !== this.load) return;
      // The header is the first row read; bad lines before it are reported with the rest.
      if (!records.length) {
        throw new FileProblem('empty', '文件里没有可读的行。', 'The file has no rows that can be read.');
      }
      this.records = records;
      this.setHeaderRow(this.findHeader());
      this.source = { kind: 'file', name: file.name };
      if (records.length <= this.headerRow + 1) {
        // A header and nothing under it: say so, rather than "0 people loaded" and ratios of 0 ÷ 0.
        this.fileProblem = new FileProblem('header-only',
          `文件只有表头（第 ${records.lines[this.headerRow]} 行），没有数据行：没有可测算的人。请确认导出时选中了数据。`,
          `The file has a header (line ${records.lines[this.headerRow]}) and no data rows: there is no one to project. ` +
            'Check the export included the data.');
        this.badRows = [...this.fileBad];
        this.progress = null;
        this.refresh();
        return;
      }
      await this.applyMapping(token);
    } catch (e) {
      if (token !== this.load) return;
      this.fileProblem = e instanceof FileProblem ? e
        : new FileProblem('unreadable', `无法读取这个文件（${(e as Error)?.message ?? e}）。`, `This file cannot be read (${(e as Error)?.message ?? e}).`);
      this.progress = null;
      this.burdens = null;
      this.refresh();
    }
  }

  /**
   * The header row: the first of the first lines with two or more cells filled and at least half as many as
   * the line under it, so a title above it ("2024年度大病保险结算明细" and empty cells, or a title and a 制表日期)
   * is not read as the column names. A file of one column has its header on its first line. The person can
   * choose another line.
   */
  private findHeader(): number {
    const rows = this.records;
    const filled = (r: number) => (r < rows.length ? rows.fields(r).filter((c) => c !== '').length : 0);
    for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH); r++) {
      const k = filled(r);
      if (k >= 2 && k * 2 >= filled(r + 1)) return r;
    }
    return 0;
  }

  private setHeaderRow(r: number): void {
    const rows = this.records;
    this.headerRow = r;
    this.header = rows.fields(r).map((h) => h.trim());
    this.titleRows = [];
    this.tableUnit = null;
    for (let t = 0; t < r; t++) {
      const text = rows.fields(t).filter((c) => c !== '').join(' ');
      this.titleRows.push({ line: rows.lines[t]!, text });
      const u = /单位\s*[:：]?\s*(万元|元|分)/.exec(text);
      if (u) this.tableUnit = { unit: u[1] === '万元' ? 'wan' : u[1] === '分' ? 'fen' : 'yuan', line: rows.lines[t]! };
    }
    this.guessMapping();
  }

  /** A column's name as shown: never blank (a column with no name is named by its place). */
  /** Does row r hold a character its file's encoding could not read (U+FFFD in its place)? */
  private unreadable(rows: Rows, r: number, w: number): boolean {
    for (let c = 0; c < w; c++) if (rows.cell(r, c).includes('\ufffd')) return true;
    return false;
  }

  private colName(i: number, lang: 'zh' | 'en' = this.language === 'en' ? 'en' : 'zh'): string {
    const h = this.header[i];
    if (h) return h;
    return (lang === 'en' ? fundEn : fundZh).unnamed.replace('{n}', String(i + 1));
  }

  private guessMapping(): void {
    const names = this.header.map((h) => norm(amountUnitOf(h).base));
    const taken = new Set<number>();
    for (const field of FIELDS) {
      let i = names.findIndex((h, k) => !taken.has(k) && h !== '' && EXACT[field].includes(h));
      this.guessed[field] = false;
      if (i < 0) {
        i = this.header.findIndex((h, k) => !taken.has(k) && GUESS[field].test(h)
          && (field === 'otherSelfPaid' || !NOT_BURDEN.test(h))
          && ((field !== 'selfPaid' && field !== 'otherSelfPaid') || !NOT_AMOUNT.test(h))
          && fieldOfColumn(h) === undefined
          && !FIELDS.some((o) => o !== field && EXACT[o].includes(names[k]!)));
        this.guessed[field] = i >= 0;
      }
      this.mapping[field] = i;
      if (i >= 0) taken.add(i);
    }
  }

  /** Turns the file's rows into the population, by the column mapping; bad rows are listed, the rest used. */
  private async applyMapping(token = this.load): Promise<void> {
    const rows = this.records;
    const first = this.headerRow + 1;
    const n = Math.max(0, rows.length - first);
    const m = this.mapping;
    this.stale();
    this.mappingProblem = null;
    this.skippedRows = [];
    // The unit each amount column is read in: its own name's, else a title line's, else yuan.
    const units: Record<Field, AmountUnit> = { selfPaid: 'yuan', group: 'yuan', otherSelfPaid: 'yuan', id: 'yuan' };
    for (const field of ['selfPaid', 'otherSelfPaid'] as const) {
      if (m[field] < 0) continue;
      const u = amountUnitOf(this.header[m[field]] ?? '');
      if (u.unknown) {
        const params = { col: this.colName(m[field], 'zh'), unit: u.unknown };
        this.mappingProblem = {
          zh: fundZh.unitUnknown.replace(/\{(\w+)\}/g, (_, k: 'col' | 'unit') => params[k]),
          en: fundEn.unitUnknown.replace(/\{(\w+)\}/g, (_, k: 'col' | 'unit') => (k === 'col' ? this.colName(m[field], 'en') : params[k])),
        };
      }
      units[field] = u.unit ?? this.tableUnit?.unit ?? 'yuan';
    }
    if (m.selfPaid < 0 || this.mappingProblem || !this.source) {
      this.burdens = null;
      this.badRows = [...this.fileBad];
      this.progress = null;
      this.refresh();
      return;
    }
    const burdens = new Float64Array(n);
    const others = m.otherSelfPaid >= 0 ? new Float64Array(n) : null;
    const groups = m.group >= 0 ? new Uint8Array(n) : null;
    const lines = new Int32Array(n);
    const ids: string[] | null = m.id >= 0 ? [] : null;
    const bad: BadRow[] = [...this.fileBad];
    const label = (field: Field) => ({
      zh: `列“${m[field] >= 0 ? this.colName(m[field], 'zh') : fundZh[`name.${field}` as FundKey]}”`,
      en: `Column "${m[field] >= 0 ? this.colName(m[field], 'en') : fundEn[`name.${field}` as FundKey]}"`,
    });
    const width = rows.width(this.headerRow);
    const unitWord = { wan: '万元', yuan: '元', fen: '分' } as const;
    const fen = (cell: string, field: Field): number | BadRow => {
      const unit = units[field];
      if (unit === 'yuan' && PLAIN_FEN.test(cell)) return plainFen(cell);
      if (unit !== 'yuan' && !cell.startsWith(DATE_MARK)) {
        // 万元 and 分 columns: a plain number, scaled exactly in decimal (5.2 万元 = 5,200,000 分), never a float.
        const l = label(field);
        const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : cell;
        if (!/^\d+(\.\d+)?$/.test(plain)) {
          return { line: 0, zh: `${l.zh}：“${cell}”不是数字（这一列按${unitWord[unit]}读取，只写数字）。`,
            en: `${l.en}: "${cell}" is not a number (this column is read in ${unitWord[unit]}; write digits only).` };
        }
        const { yuan, wholeFen } = inYuan(plain, unit);
        if (!wholeFen) {
          return { line: 0, zh: `${l.zh}：${cell} ${unitWord[unit]}换算为元不是整分（${yuan.toString()} 元），无法准确读取。`,
            en: `${l.en}: ${cell} ${unitWord[unit]} is not a whole number of fen in yuan (${yuan.toString()}), ` +
              'so it cannot be read exactly.' };
        }
        const r = parseAmountField(yuan.toFixed(2), field, l);
        if (!r.ok) return { line: 0, zh: r.issue.zh, en: r.issue.en };
        return yuan.times(100).toNumber();
      }
      if (cell.startsWith(DATE_MARK)) {
        const d = cell.slice(DATE_MARK.length);
        const l = label(field);
        return { line: 0, zh: `${l.zh}：这个单元格在 Excel 里是日期格式（显示为 ${d}），不是金额。请把这一列设为“数值”格式后重新导出。`,
          en: `${l.en}: this cell is formatted as a date in Excel (shown as ${d}), not an amount. ` +
            `Format the column as Number and export again.` };
      }
      const r = parseAmountField(cell, field, label(field));
      if (!r.ok) return { line: 0, zh: r.issue.zh, en: r.issue.en };
      return r.value.times(100).toNumber();
    };
    let kept = 0;
    for (let i = 0; i < n; i++) {
      if (i % SLICE === SLICE - 1) {
        this.progress = { share: i / n, key: 'applying' };
        this.refresh();
        await pause();
        if (token !== this.load) return;
      }
      const r = i + first;
      const line = rows.lines[r]!;
      const w = rows.width(r);
      // Bytes the file's encoding cannot read (a damaged line, or a line from a file in another encoding): the
      // row is refused by its number, never counted with a name or a group word read as something else.
      if (this.textFile && this.lossyText && this.unreadable(rows, r, w)) {
        const enc = this.encodingUsed?.encoding === 'gb18030' ? 'GB18030' : this.encodingUsed?.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
        bad.push({ line,
          zh: `这一行有不能按 ${enc} 读取的字节（已损坏，或来自另一种编码），整行未计入（文件不是 ${enc} 时请在“文件编码”中选择）。`,
          en: `this row has bytes that cannot be read as ${enc} (damaged, or in another encoding); the row is not used `
            + `(if the file is not ${enc}, choose its File encoding).` });
        continue;
      }
      // A total line (合计 / 小计 in the id or name) is not a person: counted, it would double the spending.
      let total = -1;
      for (let c = 0; c < w && total < 0; c++) {
        if (c !== m.selfPaid && c !== m.otherSelfPaid && isTotalLabel(rows.cell(r, c))) total = c;
      }
      if (total >= 0) {
        const cell = rows.cell(r, total);
        this.skippedRows.push({ line,
          zh: `合计行（列“${this.colName(total, 'zh')}”为“${cell}”），不是参保人，未计入人数和支出。`,
          en: `a total line (column "${this.colName(total, 'en')}" says "${cell}"), not a person: left out of the count and the spending.` });
        continue;
      }
      // A text row with more fields than its header cannot say which is the burden (1,234.50 unquoted is two
      // cells, 1 and 234.50); one with fewer has lost some. Extra cells that are all empty lose nothing.
      if (this.textFile && w !== width) {
        let extraEmpty = w > width;
        for (let c = width; c < w && extraEmpty; c++) if (rows.cell(r, c) !== '') extraEmpty = false;
        if (!extraEmpty) {
          const burden = label('selfPaid');
          if (w > width) {
            const comma = this.delimiter === ',';
            bad.push({ line,
              zh: `这一行有 ${w} 个字段，表头只有 ${width} 列，无法确定${burden.zh}的值，整行未计入。` +
                (comma ? '常见原因：金额写了千位分隔符却没有加引号（如 1,234.50 被读成 1 和 234.50 两格）；请写成 1234.50，或给金额加上英文引号。' : ''),
              en: `this row has ${w} fields but the header has ${width} columns, so ${burden.en.replace(/^C/, 'c')} cannot be read; the row is not used.` +
                (comma ? ' The usual cause is a thousands separator in an unquoted amount (1,234.50 read as two cells, 1 and 234.50): write 1234.50, or put the amount in double quotes.' : '') });
          } else {
            const missing = Array.from({ length: width - w }, (_, k) => w + k);
            bad.push({ line,
              zh: `这一行只有 ${w} 个字段，表头有 ${width} 列：缺少${missing.map((c) => `列“${this.colName(c, 'zh')}”`).join('、')}，整行未计入。`,
              en: `this row has ${w} fields but the header has ${width} columns: ${missing.map((c) => `column "${this.colName(c, 'en')}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing; the row is not used.` });
          }
          continue;
        }
      }
      const b = fen(rows.cell(r, m.selfPaid), 'selfPaid');
      if (typeof b !== 'number') { bad.push({ ...b, line }); continue; }
      let other = 0;
      if (others) {
        const cell = rows.cell(r, m.otherSelfPaid);
        if (cell !== '') {
          const o = fen(cell, 'otherSelfPaid');
          if (typeof o !== 'number') { bad.push({ ...o, line }); continue; }
          other = o;
        }
      }
      let g = 0;
      if (groups) {
        const name = rows.cell(r, m.group);
        if (name) {
          const code = GROUP_BY_NAME.get(norm(name));
          if (code === undefined) {
            bad.push({ line, en: `Group "${name}" is not one of: ${GROUPS.map((x) => GROUP_WORDS[x].en).join(', ')}.`, zh: `人群“${name}”不是可选值：${GROUPS.map((x) => GROUP_WORDS[x].zh).join('、')}（也可写 低保、特困）。` });
            continue;
          }
          g = code;
        }
      }
      burdens[kept] = b;
      if (others) others[kept] = other;
      if (groups) groups[kept] = g;
      lines[kept] = line;
      if (ids) ids.push(rows.cell(r, m.id));
      kept++;
    }
    bad.sort((a, b) => a.line - b.line);
    this.burdens = burdens.slice(0, kept);
    this.others = others ? others.slice(0, kept) : null;
    this.groups = groups ? groups.slice(0, kept) : null;
    this.lines = lines.slice(0, kept);
    this.ids = ids;
    this.badRows = bad;
    this.fillInsured(kept);
    this.progress = null;
    this.stale();
  }

  /**
   * 参保人数 follows the people loaded until the officer types their own; a typed count is kept over a new
   * file or population (it is the scheme's, not the file's), and the page says so beside it.
   */
  private fillInsured(people: number): void {
    const typed = this.values.insured!.trim();
    if (typed === '' || this.values.insured === this.insuredFilled) {
      this.values.insured = people > 0 ? this.count(people) : '';
      this.insuredFilled = this.values.insured;
      this.insuredKept = null;
    } else {
      this.insuredKept = { typed, n: people };
    }
  }

  private static readonly SYNTHETIC_SPECS: Record<'people' | 'hospitalised' | 'median' | 'spread' | 'seed', NumberSpec> = {
    people: { field: 'people', kind: 'count', label: { zh: '参保人数（模拟）', en: 'Insured people (synthetic)' }, min: 1, max: 20_000_000 },
    hospitalised: { field: 'hospitalised', kind: 'share', label: { zh: '有合规负担（住院）的比例', en: 'Share with a compliant burden (hospitalised)' }, min: '0.0001', max: 1 },
    median: { field: 'median', kind: 'amount', label: { zh: '个人负担中位数', en: 'Median burden' }, min: '0.01' },
    spread: { field: 'spread', kind: 'decimal', label: { zh: '离散程度（σ）', en: 'Spread (σ)' }, min: '0.01', max: 4 },
    seed: { field: 'seed', kind: 'count', label: { zh: '随机种子', en: 'Seed' }, optional: true, max: 4294967295 },
  };

  /** Generates the stated synthetic insured population. */
  generate(): void {
    ++this.load;
    const { values: v, issues } = readNumbers(this.values, DbbxFund.SYNTHETIC_SPECS);
    this.issues = issues;
    if (!issues.length) {
      try {
        const people = v.people!.toNumber();
        this.burdens = syntheticPopulation({
          people, hospitalised: v.hospitalised!.toNumber(), median: v.median!.toNumber(), spread: v.spread!.toNumber(),
          seed: v.seed ? v.seed.toNumber() : 1,
        });
        this.others = this.groups = this.ids = null;
        this.lines = null;
        this.badRows = [];
        this.header = [];
        this.titleRows = [];
        this.skippedRows = [];
        this.mappingProblem = null;
        this.fileProblem = null;
        this.encodingUsed = null;
        this.source = { kind: 'synthetic', people };
        this.fillInsured(people);
      } catch (e) {
        if (!(e instanceof DbbxInputError)) throw e;
        this.issues = e.issues;
      }
    }
    this.stale();
  }

  // ---- the projection --------------------------------------------------------------------------------

  private tierCount(): number {
    return this.policy()?.groups[0]?.tiers.length ?? 0;
  }

  /** Every funding and what-if field read at once: the edit, the request figures, and every refusal. */
  private readInputs(): FundInputs {
    const specs: Record<string, NumberSpec> = {
      insured: { field: 'insured', kind: 'count', label: { zh: '参保人数', en: 'Insured people' }, optional: true, min: this.burdens?.length ?? 0 },
      premium: { field: 'premium', kind: 'amount', label: { zh: '人均保费', en: 'Premium per person' } },
      margin: { field: 'margin', kind: 'share', label: { zh: '目标结余率', en: 'Target margin' }, optional: true, min: 0, max: 1, maxExclusive: true },
      threshold: { field: 'threshold', kind: 'amount', label: { zh: '起付标准', en: 'Threshold' }, optional: true },
      cap: { field: 'cap', kind: 'amount', label: { zh: '封顶线', en: 'Cap' }, optional: true },
    };
    const { values, issues } = readNumbers(this.values, specs);
    const ratios: (string | undefined)[] = [];
    for (let i = 0; i < this.tierCount(); i++) {
      const r = readNumber(this.ratios[i], { field: `ratio-${i}`, kind: 'share', optional: true, min: 0, max: 1,
        label: { zh: `报销段 ${i + 1} 比例`, en: `Band ${i + 1} ratio` } });
      if (!r.ok) issues.push(r.issue);
      ratios.push(r.ok && r.value ? r.value.toString() : undefined);
    }
    const e: PolicyEdit = {};
    if (values.threshold) e.threshold = values.threshold.toFixed(2);
    if (ratios.some((r) => r !== undefined)) e.ratios = ratios;
    if (values.cap) e.cap = values.cap.isZero() ? null : values.cap.toFixed(2);
    return {
      edit: Object.keys(e).length ? e : undefined,
      insured: values.insured ? values.insured.toNumber() : null,
      premium: values.premium ? values.premium.toFixed(2) : '',
      margin: values.margin ? values.margin.toString() : null,
      issues,
    };
  }

  private edit(): PolicyEdit | undefined {
    const r = this.readInputs();
    return r.issues.some((i) => i.field !== 'premium' && i.field !== 'insured' && i.field !== 'margin') ? undefined : r.edit;
  }

  /** Runs the published rule and the what-if over the population, a slice at a time, with progress. */
  async calculate(): Promise<void> {
    const token = ++this.run;
    const input = this.readInputs();
    this.issues = input.issues;
    if (!this.burdens || !this.burdens.length) {
      // No one loaded (nothing yet, a header-only file, every row refused): there is no ratio to show, not 0%.
      const key = this.source?.kind === 'file' ? 'noPeople' : 'noData';
      this.issues = [...this.issues, { field: 'file', code: key === 'noPeople' ? 'no-people' : 'no-data', zh: fundZh[key], en: fundEn[key], message: `${fundZh[key]} ${fundEn[key]}` }];
      this.stale();
      return;
    }
    if (this.issues.length) { this.stale(); this.focusSummary(); return; }
    const req: ProjectionRequest = {
      region: this.region, date: this.date, scheme: this.scheme as Scheme,
      population: {
        burdenFen: this.burdens, ...(this.others ? { otherFen: this.others } : {}), ...(this.groups ? { group: this.groups } : {}),
      },
      premiumPerPerson: input.premium, ...(input.insured !== null ? { insured: input.insured } : {}),
      ...(input.margin !== null ? { targetMargin: input.margin } : {}),
    };
    const edit = input.edit;
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
      this.focusSummary();
      return;
    }
    const n = this.burdens.length;
    const pa = new Float64Array(n);
    const pb = b ? new Float64Array(n) : null;
    for (let i = 0; i < n; i += CALC_SLICE) {
      const end = Math.min(n, i + CALC_SLICE);
      a.add(i, end, pa);
      b?.add(i, end, pb!);
      this.progress = { share: end / n, key: 'computing' };
      this.refresh();
      await pause();
      if (token !== this.run) return;
    }
    this.published = a.result();
    this.whatIf = b ? b.result() : null;
    this.payoutsA = pa;
    this.payoutsB = pb;
    this.insuredUsed = input.insured ?? n;
    this.progress = null;
    this.refresh();
    this.dispatchEvent(new CustomEvent('dbbx-projection', { detail: { published: this.published, whatIf: this.whatIf }, bubbles: true, composed: true }));
  }

  private focusSummary(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
  }

  /** Per-person results as CSV text: the file's line and id, so rows join back to the file; groups in the UI's language. */
  exportText(): string {
    if (!this.burdens || !this.payoutsA) return '';
    const en = this.language === 'en';
    // A cell Excel would run as a formula is written as text (OWASP), by the CLI's own rule.
    const cell = csvCell;
    const head = [en ? 'line' : '行号', ...(this.ids ? [cell(this.header[this.mapping.id] ?? 'id')] : []),
      en ? 'selfPaid' : '个人负担', en ? 'group' : '人群', en ? 'payout' : '大病保险支付', ...(this.payoutsB ? [en ? 'payoutWhatIf' : '调整方案支付'] : [])];
    const parts: string[] = ['\ufeff' + head.join(',') + '\r\n'];
    for (let i = 0; i < this.burdens.length; i++) {
      const g = GROUPS[this.groups ? this.groups[i]! : 0]!;
      parts.push([String(this.lines ? this.lines[i] : ''), ...(this.ids ? [cell(this.ids[i]!)] : []), fenToYuan(this.burdens[i]!),
        cell(pick(this.language, GROUP_WORDS[g])), fenToYuan(this.payoutsA[i]!), ...(this.payoutsB ? [fenToYuan(this.payoutsB[i]!)] : [])].join(',') + '\r\n');
    }
    return parts.join('');
  }

  private exportCsv(): void {
    const text = this.exportText();
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'dbbx-projection.csv';
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---- pictures ----------------------------------------------------------------------------------------

  /** Round tick values from 0 to at least max: 1, 2 or 5 × a power of ten. */
  private ticks(max: number, count = 5): number[] {
    if (max <= 0) return [0];
    const raw = max / count;
    const p = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw)!;
    const out: number[] = [];
    for (let v = 0; v <= max + step / 2; v += step) out.push(v);
    if (out[out.length - 1]! < max) out.push(out[out.length - 1]! + step);
    return out;
  }

  /** 元 for an axis: 0, 5,000, 1万, 12.5万 (zh) or 0, 5k, 10k, 125k (en). */
  private axisYuan(yuan: number): string {
    if (this.language === 'en') return yuan >= 1000 ? `${(yuan / 1000).toLocaleString('en')}k` : String(yuan);
    return yuan >= 10000 ? `${(yuan / 10000).toLocaleString('zh-CN')}万` : yuan.toLocaleString('zh-CN');
  }

  private histogramData(): { edges: number[]; a: number[]; b: number[] | null } | null {
    const A = this.payoutsA;
    if (!A) return null;
    const B = this.payoutsB;
    let max = 0;
    for (const p of A) if (p > max) max = p;
    if (B) for (const p of B) if (p > max) max = p;
    if (max <= 0) return null;
    // Bins of round 元 widths; only people paid anything are counted (most insured are paid nothing).
    const edges = this.ticks(max / 100, 10).map((y) => y * 100);
    const bins = edges.length - 1;
    const count = (xs: Float64Array) => {
      const c = new Array<number>(bins).fill(0);
      for (const p of xs) {
        if (p <= 0) continue;
        let k = 0;
        while (k < bins - 1 && p > edges[k + 1]!) k++;
        c[k]!++;
      }
      return c;
    };
    return { edges, a: count(A), b: B ? count(B) : null };
  }

  private histogram(): TemplateResult | typeof nothing {
    const d = this.histogramData();
    if (!d) return nothing;
    const { edges, a: ca, b: cb } = d;
    const bins = ca.length;
    const W = Math.max(280, Math.min(this.chartWidth, 820)); const H = 200;
    const L = 56; const R = 12; const T = 10; const B = 40;
    const pw = W - L - R; const bw = pw / bins;
    const yt = this.ticks(Math.max(...ca, ...(cb ?? [0]), 1), 4);
    const top = yt[yt.length - 1]!;
    const y = (c: number) => T + H - (c / top) * H;
    const xEvery = Math.ceil((bins + 1) / Math.max(2, Math.floor(pw / 64)));
    const en = this.language === 'en';
    return html`<figure part="histogram">
      <figcaption>${this.f('histogram')}</figcaption>
      <svg viewBox="0 0 ${W} ${T + H + B}" width=${W} height=${T + H + B} role="img"
        aria-label=${this.f('histLabel', { bins, max: formatMoney(this.language, fenToYuan(edges[bins]!)) })}>
        ${yt.map((t) => svg`<line class="grid" x1=${L} x2=${W - R} y1=${y(t)} y2=${y(t)}></line><text x=${L - 6} y=${y(t) + 4}
          text-anchor="end">${this.count(t)}</text>`)}
        ${ca.map((c, i) => svg`<rect class="a" x=${L + i * bw + 1} y=${y(c)} width=${Math.max(1, cb ? bw / 2 - 1 : bw - 2)}
          height=${T + H - y(c)}></rect>`)}
        ${cb ? cb.map((c, i) => svg`<rect class="b" x=${L + i * bw + bw / 2} y=${y(c)} width=${Math.max(1, bw / 2 - 1)}
          height=${T + H - y(c)}></rect>`) : nothing}
        <line class="axis" x1=${L} x2=${W - R} y1=${T + H} y2=${T + H}></line><line class="axis" x1=${L} x2=${L} y1=${T} y2=${T + H}></line>
        ${edges.map((e, i) => (i % xEvery ? nothing : svg`<line class="axis" x1=${L + i * bw} x2=${L + i * bw}
          y1=${T + H} y2=${T + H + 5}></line>
          <text x=${L + i * bw} y=${T + H + 19} text-anchor="middle">${this.axisYuan(e / 100)}</text>`))}
        <text x=${L + pw / 2} y=${T + H + 36} text-anchor="middle" class="title">${this.f('payoutAxis')}</text>
      </svg>
      <p class="axis-label">${this.f('histNote')}</p>
      <details class="table-view"><summary>${this.f('asTable')}</summary>
        <div class="scroll" tabindex="0" role="region" aria-label=${this.f('histogram')}><table>
          <thead><tr><th scope="col">${this.f('payoutAxis')}</th><th scope="col" class="num">${this.f('published')}</th>${cb ? html`<th scope="col" class="num">${this.f('edited')}</th>` : nothing}</tr></thead>
          <tbody>${ca.map((c, i) => html`<tr><th scope="row">${en ? '' : ''}${formatMoney(this.language, fenToYuan(edges[i]!))} – ${formatMoney(this.language, fenToYuan(edges[i + 1]!))}</th>
            <td class="num">${this.count(c)}</td>${cb ? html`<td class="num">${this.count(cb[i]!)}</td>` : nothing}</tr>`)}</tbody>
        </table></div></details>
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
    const bounds = [a.thresholdFen, ...a.tiers.map((t) => t.toFen).filter(Number.isFinite), a.capKind === 'expense' && a.capFen > 0 ? a.capFen : 0];
    // Wide enough to show where a payout cap is reached, so the cap is on the picture.
    let reach = Math.max(...bounds, 100_000) * 1.25;
    // Sample points are whole 分 (the compiled rule takes nothing else).
    if (a.capKind === 'payout' && a.capFen > 0) while (a.ytdFen(Math.round(reach)) < a.capFen && reach < 1e10) reach *= 1.25;
    const xt = this.ticks(reach / 100, 5);
    const maxFen = xt[xt.length - 1]! * 100;
    const W = Math.max(280, Math.min(this.chartWidth, 820)); const H = 200;
    const L = 56; const R = 12; const T = 10; const B = 40;
    const pw = W - L - R;
    const steps = 160;
    const ys = (r: typeof a) => Array.from({ length: steps + 1 }, (_, i) => r.ytdFen(Math.round((maxFen * i) / steps)));
    const ya = ys(a);
    const yb = b ? ys(b) : null;
    // Headroom above the highest payout, so a cap line never sits on the frame.
    const yt = this.ticks(Math.max(...ya, ...(yb ?? [0]), 100) * 1.1 / 100, 4);
    const top = yt[yt.length - 1]! * 100;
    const X = (fen: number) => L + (fen / maxFen) * pw;
    const Y = (fen: number) => T + H - (fen / top) * H;
    const pts = (v: number[]) => v.map((p, i) => `${X((maxFen * i) / steps).toFixed(1)},${Y(p).toFixed(1)}`).join(' ');
    const capPayout = a.capKind === 'payout' && a.capFen > 0 && a.capFen <= top ? a.capFen : null;
    const capExpense = a.capKind === 'expense' && a.capFen > 0 && a.capFen <= maxFen ? a.capFen : null;
    const xEvery = Math.ceil(xt.length / Math.max(2, Math.floor(pw / 64)));
    // The table: the threshold, each band's end and the cap, as the document states them.
    const bandEnds = a.tiers.map((t) => t.toFen).filter((v) => Number.isFinite(v) && v <= maxFen);
    const points = [...new Set([a.thresholdFen, ...bandEnds, ...(capExpense ? [capExpense] : []), maxFen])].sort((p, q) => p - q);
    return html`<figure part="curve">
      <figcaption>${this.f('curve')}</figcaption>
      <svg viewBox="0 0 ${W} ${T + H + B}" width=${W} height=${T + H + B} role="img" aria-label=${this.f('curveLabel', { max: formatMoney(this.language, fenToYuan(maxFen)) })}>
        ${yt.map((t) => svg`<line class="grid" x1=${L} x2=${W - R} y1=${Y(t * 100)} y2=${Y(t * 100)}></line><text x=${L - 6}
          y=${Y(t * 100) + 4} text-anchor="end">${this.axisYuan(t)}</text>`)}
        <line class="mark" x1=${X(a.thresholdFen)} x2=${X(a.thresholdFen)} y1=${T} y2=${T + H}></line>
        <text class="mark" x=${X(a.thresholdFen) + 4} y=${T + 12}>${this.f('thresholdMark')} ${this.axisYuan(a.thresholdFen / 100)}</text>
        ${capPayout ? svg`<line class="mark" x1=${L} x2=${W - R} y1=${Y(capPayout)} y2=${Y(capPayout)}></line>
          <text class="mark" x=${W - R} y=${Y(capPayout) + 14} text-anchor="end">${this.f('capMark')} ${this.axisYuan(capPayout / 100)}</text>` : nothing}
        ${capExpense ? svg`<line class="mark" x1=${X(capExpense)} x2=${X(capExpense)} y1=${T} y2=${T + H}></line>
          <text class="mark" x=${X(capExpense) - 4} y=${T + 12} text-anchor="end">${this.f('capMark')} ${this.axisYuan(capExpense / 100)}</text>` : nothing}
        <polyline class="a" points=${pts(ya)}></polyline>
        ${yb ? svg`<polyline class="b" points=${pts(yb)}></polyline>` : nothing}
        <line class="axis" x1=${L} x2=${W - R} y1=${T + H} y2=${T + H}></line><line class="axis" x1=${L} x2=${L} y1=${T} y2=${T + H}></line>
        ${xt.map((t, i) => (i % xEvery ? nothing : svg`<line class="axis" x1=${X(t * 100)} x2=${X(t * 100)}
          y1=${T + H} y2=${T + H + 5}></line>
          <text x=${X(t * 100)} y=${T + H + 19} text-anchor="middle">${this.axisYuan(t)}</text>`))}
        <text x=${L + pw / 2} y=${T + H + 36} text-anchor="middle" class="title">${this.f('burdenAxis')}</text>
      </svg>
      <p class="axis-label">${this.f('curveNote')}</p>
      <details class="table-view"><summary>${this.f('asTable')}</summary>
        <div class="scroll" tabindex="0" role="region" aria-label=${this.f('curve')}><table>
          <thead><tr><th scope="col">${this.f('burdenAxis')}</th><th scope="col" class="num">${this.f('published')}</th>${b ? html`<th scope="col" class="num">${this.f('edited')}</th>` : nothing}</tr></thead>
          <tbody>${points.map((p) => html`<tr><th scope="row">${formatMoney(this.language, fenToYuan(p))}</th>
            <td class="num">${formatMoney(this.language, fenToYuan(a.ytdFen(p)))}</td>${b
              ? html`<td class="num">${formatMoney(this.language, fenToYuan(b.ytdFen(p)))}</td>`
              : nothing}</tr>`)}</tbody>
        </table></div></details>
    </figure>`;
  }

  // ---- rendering ---------------------------------------------------------------------------------------

  private issueFor(key: string): InputIssue | undefined {
    return this.issues.find((i) => i.field === key || i.field === `edit.${key}` || (key === 'premium' && i.field === 'premiumPerPerson') || (key === 'margin' && i.field === 'targetMargin'));
  }

  /** The control an issue belongs to, for the error summary's links. */
  private controlFor(i: InputIssue): string {
    const f = i.field.replace(/^edit\./, '');
    if (f === 'premiumPerPerson') return 'f-premium';
    if (f === 'targetMargin') return 'f-margin';
    const ratio = /^ratios\[(\d+)\]$/.exec(f);
    if (ratio) return `f-ratio-${ratio[1]}`;
    return `f-${f}`;
  }

  private input(key: string, label: string, hint = '', mode = 'decimal') {
    const err = this.issueFor(key);
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
    const insured = this.insuredUsed;
    const paid = (xs: Float64Array | null) => { let c = 0; if (xs) for (const p of xs) if (p > 0) c++; return c; };
    const pa = paid(this.payoutsA);
    const pb = B ? paid(this.payoutsB) : 0;
    // Shares for display only: the money figures above are the engine's exact sums.
    // No insured people or no premium income: the share has no denominator, so it shows as "—", never 0%.
    const rate = (c: number) => (insured > 0 ? formatPercent(lang, new Decimal(c).dividedBy(insured).toFixed(6)) : '—');
    const perInsured = (total: string) => (insured > 0 ? m(new Decimal(total).dividedBy(insured).toFixed(2)) : '—');
    const loss = (f: ProjectionFigures) => (new Decimal(f.premiumIncome).isZero() ? '—' : formatPercent(lang, f.lossRatio));
    const rows: [string, string, string | null][] = [
      [this.f('m.total'), m(A.totalPayout), B ? m(B.totalPayout) : null],
      ...A.byTier.map((t, i): [string, string, string | null] => [this.f('m.tier', { n: i + 1 }), m(t), B ? m(B.byTier[i] ?? '0') : null]),
      [this.f('m.capCut'), m(A.capCut), B ? m(B.capCut) : null],
      ...(A.otherPayout !== '0.00' ? [[this.f('m.other'), m(A.otherPayout), B ? m(B.otherPayout) : null] as [string, string, string | null]] : []),
      ...GROUPS.filter((g) => A.byGroup[g] && (g !== 'general' || Object.keys(A.byGroup).length > 1)).map((g): [string, string, string | null] =>
        [this.f('m.group', { group: pick(lang, GROUP_WORDS[g]) }), m(A.byGroup[g]!.payout), B?.byGroup[g] ? m(B.byGroup[g]!.payout) : null]),
      [this.f('m.insured'), this.count(insured), B ? this.count(insured) : null],
      ...(A.people !== insured ? [[this.f('m.people'), this.count(A.people), B ? this.count(B.people) : null] as [string, string, string | null]] : []),
      [this.f('m.above'), this.count(A.peopleAboveThreshold), B ? this.count(B.peopleAboveThreshold) : null],
      [this.f('m.paid'), this.count(pa), B ? this.count(pb) : null],
      [this.f('m.benefitRate'), rate(pa), B ? rate(pb) : null],
      [this.f('m.atCap'), this.count(A.peopleAtCap), B ? this.count(B.peopleAtCap) : null],
      [this.f('m.perInsured'), perInsured(A.totalPayout), B ? perInsured(B.totalPayout) : null],
      [this.f('m.income'), m(A.premiumIncome), B ? m(B.premiumIncome) : null],
      [this.f('m.lossRatio'), loss(A), B ? loss(B) : null],
      ...(A.premiumForMargin ? [[this.f('m.premiumFor'), m(A.premiumForMargin), B?.premiumForMargin ? m(B.premiumForMargin) : null] as [string, string, string | null]] : []),
    ];
    // On a narrow screen each figure is a card (its label above, each column's value on its own labelled line),
    // so no figure is cut and nothing hides in a sideways scroll. The roles keep it a table to a screen reader
    // when CSS makes its parts blocks.
    const narrow = this.chartWidth < NARROW;
    const pub = this.f('published');
    const ed = this.f('edited');
    return html`<div class="scroll ${narrow ? 'stacked' : ''}" tabindex="0" role="region" aria-label=${this.f('results')}>
      <table part="table" role="table">
        <thead><tr role="row"><th scope="col" role="columnheader">${this.f('metric')}</th><th scope="col" role="columnheader" class="num">${pub}</th>${B ? html`<th scope="col" role="columnheader" class="num">${ed}</th>` : nothing}</tr></thead>
        <tbody>${rows.map(([k, a, b]) => html`<tr role="row"><th scope="row" role="rowheader">${k}</th><td role="cell" class="num" data-label=${pub}>${a}</td>${B ? html`<td role="cell" class="num" data-label=${ed}>${b ?? '—'}</td>` : nothing}</tr>`)}</tbody>
      </table></div>`;
  }

  private fileStatus(): TemplateResult | typeof nothing {
    const lang = this.language;
    const p = this.fileProblem;
    return html`
      ${p ? html`<div class="file-problem" role="alert"><p><strong>${this.f('fileProblem', { name: this.file?.name ?? '' })}</strong></p><p>${lang === 'en' ? p.en : p.zh}</p></div>` : nothing}
      ${this.encodingUsed ? html`<p class="encoding">${this.f(this.encodingUsed.detected ? 'encodingDetected' : 'encodingChosen', { enc: this.encodingUsed.encoding === 'utf-8' ? 'UTF-8'
        : this.encodingUsed.encoding === 'gb18030' ? 'GB18030 (GBK)' : this.f('enc.utf-16') })}</p>` : nothing}
      ${this.delimiter !== ',' && this.source?.kind === 'file' ? html`<p class="encoding delimiter">${this.f(this.delimiter === ';' ? 'delimiter.semi' : 'delimiter.tab')}</p>` : nothing}
      ${this.titleRows.length ? html`<p class="encoding titles">${this.f('titleSkipped', {
        lines: this.titleRows.map((t) => t.line).join(lang === 'en' ? ', ' : '、'), n: this.records.lines[this.headerRow] ?? 1 })}</p>` : nothing}`;
  }

  /** The header line, each field's column (never a blank name), and what was guessed or converted, beside it. */
  private mappingControls(): TemplateResult {
    const rows = this.records;
    const headerChoices = Math.min(rows.length, HEADER_SEARCH);
    const unitNote = (field: 'selfPaid' | 'otherSelfPaid') => {
      const i = this.mapping[field];
      if (i < 0) return '';
      const u = amountUnitOf(this.header[i] ?? '');
      if (u.unknown) return '';
      const col = this.colName(i);
      if (u.unit) return this.f('unitHeader', { col, unit: this.f(`unit.${u.unit}`) });
      if (this.tableUnit) return this.f('unitTitle', { col, unit: this.f(`unit.${this.tableUnit.unit}`), n: this.tableUnit.line });
      return this.f('unitDefault', { col });
    };
    const prior = this.header.findIndex((h, k) => k !== this.mapping.selfPaid && (PRIOR_BURDEN.test(h) || fieldOfColumn(h) === 'priorSelfPaid'));
    return html`<div class="mapping"><p class="hint">${this.f('mappingHint')}</p>
      ${rows.length > 1 ? html`<div class="field"><label for="f-headerline">${this.f('headerLine')}</label>
        <select id="f-headerline" @change=${(e: Event) => {
          this.setHeaderRow(Number((e.target as HTMLSelectElement).value)); void this.applyMapping();
        }}>${Array.from({ length: headerChoices }, (_, r) => html`<option value=${r} ?selected=${r === this.headerRow}>${this.f('line', { n: rows.lines[r]! })}${this.language === 'en' ? ': ' : '：'}${rows.fields(r).filter((c) => c !== '').join(' | ').slice(0, 40)}</option>`)}</select></div>` : nothing}
      ${FIELDS.map((field) => {
        const notes = [
          this.guessed[field] ? this.f(field === 'selfPaid' ? 'guessedBurden' : 'guessed', { col: this.colName(this.mapping[field]) }) : '',
          field === 'selfPaid' || field === 'otherSelfPaid' ? unitNote(field) : '',
          field === 'selfPaid' && prior >= 0 ? this.f('priorNote', { col: this.colName(prior) }) : '',
        ].filter(Boolean);
        return html`<div class="field"><label for="map-${field}">${this.f(`field.${field}` as FundKey)}</label>
        <select id="map-${field}" aria-describedby=${notes.length ? `map-${field}-note` : nothing} @change=${(e: Event) => {
          this.mapping[field] = Number((e.target as HTMLSelectElement).value); this.guessed[field] = false; void this.applyMapping();
        }}>
          <option value="-1" ?selected=${this.mapping[field] < 0}>${this.f('none')}</option>
          ${this.header.map((_, i) => html`<option value=${i} ?selected=${this.mapping[field] === i}>${this.colName(i)}</option>`)}
        </select>
        ${notes.length ? html`<p class="map-note ${this.guessed[field] ? 'guess' : ''}" id="map-${field}-note">${notes.join(' ')}</p>` : nothing}</div>`;
      })}
      ${this.mappingProblem ? html`<div class="file-problem mapping-problem" role="alert"><p>${this.language === 'en' ? this.mappingProblem.en : this.mappingProblem.zh}</p></div>` : nothing}
    </div>`;
  }

  override render() {
    const policy = this.policy();
    const lang = this.language;
    const tiers = policy?.groups[0]?.tiers ?? [];
    const cities = listPolicies().filter((p) => p.kind === 'city');
    const overlayDocs = policy?.overlays.map((o) => html` + <span lang="zh-CN">${o.documentNo}</span>`);
    const fact = this.premiumFact();
    const profit = policy ? [policy.policy, ...policy.overlays].map((r) => allPolicies().find((d) => d.id === r.id)?.financing
      .find((x) => x.key === 'profit-cap' && x.value !== null)).find(Boolean) : undefined;
    const loaded = this.source?.kind === 'file' && !this.burdens?.length
      ? this.f('loadedNone', { name: this.source.name })
      : this.burdens && this.source
      ? this.f('loaded', { n: this.count(this.burdens.length), source: this.source.kind === 'file' ? this.f('sourceFile', { name: this.source.name }) : this.f('sourceSynthetic') })
      : this.f('noData');
    return html`
      <div class="wrap" part="form">
        <h2>${this.f('title')}</h2>
        <p class="intro">${this.f('intro')}</p>
        ${this.hostIssuesBox(this.hostProblems())}
        ${this.issues.length ? html`<div class="error-summary" role="alert" tabindex="-1"><h3>${this.f('errors')}</h3><ul>${this.issues.map((i) => html`<li><a href="#${this.controlFor(i)}"
          @click=${(e: Event) => { e.preventDefault(); this.renderRoot.querySelector<HTMLElement>(`#${this.controlFor(i)}`)?.focus(); }}>${lang === 'en' ? i.en : i.zh}</a></li>`)}</ul></div>` : nothing}
        <fieldset><legend>${this.f('policy')}</legend>
          <div class="row">
            <div class="field"><label for="f-region">${this.f('region')}</label>
              <select id="f-region" @change=${(e: Event) => {
                this.region = (e.target as HTMLSelectElement).value; this.ratios = []; this.stale();
              }}>
                ${cities.some((c) => c.region === this.region) ? nothing : html`<option value="" selected disabled>${this.region
                  ? `${this.region} ?` : '—'}</option>`}
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
          ${policy ? html`<p class="policy"><span lang="zh-CN">${policy.policy.documentNo}</span>${overlayDocs}</p>` : nothing}
        </fieldset>

        <fieldset><legend>${this.f('source')}</legend>
          <div class="row">
            <div class="field"><label for="f-file">${this.f('file')}</label>
              <div class="hint" id="f-file-hint">${this.f('fileHint')} ${this.f('fileHintTotals')}</div>
              <input id="f-file" type="file" accept=".csv,.txt,.xlsx,text/csv" aria-describedby="f-file-hint"
                @change=${(e: Event) => {
                  const file = (e.target as HTMLInputElement).files?.[0];
                  if (file) void this.loadFile(file);
                }} /></div>
            <div class="field"><label for="f-encoding">${this.f('encoding')}</label>
              <select id="f-encoding" @change=${(e: Event) => { this.encodingChoice = (e.target as HTMLSelectElement).value as EncodingChoice; if (this.file && !/\.xlsx$/i.test(this.file.name)) void this.loadFile(this.file); }}>
                ${(['auto', 'utf-8', 'gb18030'] as EncodingChoice[]).map((c) => html`<option value=${c} ?selected=${c === this.encodingChoice}>${this.f(`enc.${c}` as FundKey)}</option>`)}
              </select></div>
          </div>
          ${this.fileStatus()}
          ${this.header.length ? this.mappingControls() : nothing}
          ${this.skippedRows.length ? html`<div class="bad skipped" role="status"><p>${this.f('skippedRows', { n: this.count(this.skippedRows.length) })}</p>
            <ul>${this.skippedRows.slice(0, 20).map((b) => html`<li>${this.f('line', { n: b.line })}${lang === 'en' ? `: ${b.en}` : `：${b.zh}`}</li>`)}</ul>
            ${this.skippedRows.length > 20 ? html`<p>${this.f('badRowsMore', { n: this.count(this.skippedRows.length - 20) })}</p>` : nothing}</div>` : nothing}
          ${this.badRows.length ? html`<div class="bad" role="status"><p>${this.f('badRows', { n: this.count(this.badRows.length), ok: this.count(this.burdens?.length ?? 0) })}</p>
            <ul>${this.badRows.slice(0, 20).map((b) => html`<li>${this.f('line', { n: b.line })}${lang === 'en' ? `: ${b.en}` : `：${b.zh}`}</li>`)}</ul>
            ${this.badRows.length > 20 ? html`<p>${this.f('badRowsMore', { n: this.count(this.badRows.length - 20) })}</p>` : nothing}</div>` : nothing}
          <details class="synthetic" ?open=${this.source?.kind !== 'file'}><summary>${this.f('synthetic')}</summary>
            <p class="hint">${this.f('syntheticHint')}</p>
            <div class="row">${this.input('people', this.f('people'), '', 'numeric')}${this.input('hospitalised', `${this.f('hospitalised')}${this.f('assumed')}`)}${this.input('median', `${this.f('median')}${this.f('assumed')}`)}${this.input('spread', `${this.f('spread')}${this.f('assumed')}`)}${this.input('seed', this.f('seed'), '', 'numeric')}</div>
            <button type="button" part="button" class="secondary generate" @click=${() => this.generate()}>${this.f('generate')}</button>
          </details>
          <p class="loaded" aria-live="polite">${loaded}</p>
        </fieldset>

        <fieldset><legend>${this.f('finance')}</legend>
          <div class="row">${this.input('insured', this.f('insured'), this.insuredKept
            ? `${this.f('insuredHint')} ${this.f('insuredKept', { typed: this.insuredKept.typed, n: this.count(this.insuredKept.n) })}`
            : this.f('insuredHint'), 'numeric')}
            ${this.input('premium', this.f('premium'), fact
              ? this.f(fact.basis === 'maximum' ? 'premiumFactMax' : 'premiumFact', { value: fact.value, doc: fact.documentNo, clause: fact.clause, quote: fact.quote })
              : this.f('premiumNoFact'))}
            ${this.input('margin', this.f('margin'), profit
              ? this.f('marginFact', { value: formatPercent(lang, profit.value!), doc: profit.citation.document, clause: profit.citation.clause, quote: profit.citation.quote })
              : this.f('marginHint'))}</div>
        </fieldset>

        <fieldset><legend>${this.f('whatIf')}</legend>
          <p class="hint">${this.f('whatIfHint')}</p>
          <div class="row">
            ${this.input('threshold', `${this.f('threshold')}${policy ? ` · ${formatMoney(lang, policy.groups[0]!.threshold)}` : ''}`)}
            ${tiers.map((t, i) => {
              const err = this.issueFor(`ratio-${i}`);
              return html`<div class="field ${err ? 'has-error' : ''}"><label for="f-ratio-${i}">${this.f('tierRatio', { n: i + 1 })} · ${formatPercent(lang, t.ratio)}</label>
                ${err ? html`<p class="error" id="f-ratio-${i}-error">${lang === 'en' ? err.en : err.zh}</p>` : nothing}
                <input id="f-ratio-${i}" type="text" inputmode="decimal" autocomplete="off" .value=${this.ratios[i] ?? ''} aria-invalid=${err ? 'true' : 'false'}
                  aria-describedby=${err ? `f-ratio-${i}-error` : nothing}
                  @input=${(e: Event) => { this.ratios[i] = (e.target as HTMLInputElement).value; this.stale(); }} />
                <input class="slider" type="range" min="0" max="1" step="0.01" aria-label=${this.f('tierRatio', { n: i + 1 })}
                  .value=${(() => { const r = readNumber(this.ratios[i], { field: 'r', kind: 'share', optional: true, label: { zh: '', en: '' } }); return r.ok && r.value ? r.value.toString() : t.ratio; })()}
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
          ? html`<label class="progress">${this.f(this.progress.key, { pct: Math.round(this.progress.share * 100) })}<progress
            part="progress" max="1" .value=${this.progress.share}></progress></label>`
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
