// One claims row of `dbbx batch`, two ways. The byte path reads a plain line (no quotes, no spaces, plain-digit
// amounts, no cell that Excel would run as a formula) straight from the file's bytes and returns the columns to
// append; anything else returns null and the line goes to csv-parse and slowRow, whose errors are the engine's
// own. Pure (no Node APIs), so the browser tests can prove the byte path gives exactly the slow path's output.
import { calculate, fenToYuan, DbbxInputError, type CalculationRequest, type Group, type Scheme } from '../engine/index.js';
import { burdenBandsAt, compileRule, ruleFen, tiersAt, type CompiledRule } from '../fund/compile.js';
import { parseAmountField } from '../engine/amount.js';
import { GROUPS } from '../engine/types.js';
import {
  REQUEST_FIELDS, amountUnitOf, fieldOfColumn, groupOf, inYuan, isTotalLabel, schemeOf, type AmountUnit, type RequestField,
} from '../fund/columns.js';
import { csvCell } from '../fund/csv-cell.js';

export const FIELDS = REQUEST_FIELDS;
export type Field = RequestField;
export const OUT = ['payout', 'yearToDatePayout', 'threshold', 'capApplied', 'error', 'warnings'] as const;
/** Fields every row needs: from its own column, else from the command line. */
export const REQUIRED: readonly Field[] = ['region', 'date', 'scheme', 'selfPaid'];

export interface RowOut { payout: string; yearToDatePayout: string; threshold: string; capApplied: string; error: string; warnings: string }
export type Lang = 'zh' | 'en';

// ---- CSV output ---------------------------------------------------------------------------------------

export { csvCell };
export const csvLine = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\n`;

// ---- the rules and their warnings ------------------------------------------------------------------

/** What every row of one region, date, scheme and group shares. */
export interface RuleEntry {
  /** null: the engine answers each row itself (and its message is the one written). */
  rule: CompiledRule | null;
  /** The codes of the engine's warnings for such a row (a stale document, a minimum, …), space-separated. */
  warnings: string;
  /** The same for a row with other self-paid costs above 0 (Xinbei: no tendered limit given). */
  warningsOther: string;
}

// The warnings cell holds the warnings' codes (stable, documented in the README), not their text: the text is
// hundreds of bytes, the same on every row of a rule, and made a million-row output six times larger than its
// input (441 MB for 77 MB). The CLI prints each distinct text once on stderr, with its code, at the end.
const SEPARATOR = ' ';

/**
 * Rules compiled once per region, date, scheme and group, with their warnings: the engine's warnings depend on
 * those four alone (and, for other costs without a limit, on whether there are any), so they are asked of
 * calculate() once per key and every row of that key carries the same text.
 */
export class RuleBook {
  private readonly entries = new Map<string, RuleEntry>();
  /** Every distinct warning met so far, text (in the output language) → code: what stderr lists at the end. */
  readonly seen = new Map<string, string>();
  constructor(readonly lang: Lang = 'zh') {}

  /** `scheme` and `group` as the engine spells them (schemeOf, groupOf); group '' for the policy's default. */
  get(region: string, date: string, scheme: string, group: string): RuleEntry {
    const key = `${region}|${date}|${scheme}|${group}`;
    let e = this.entries.get(key);
    if (e === undefined) {
      e = this.make(region, date, scheme, group);
      if (this.entries.size >= 10_000) this.entries.clear();
      this.entries.set(key, e);
    }
    return e;
  }

  private make(region: string, date: string, scheme: string, group: string): RuleEntry {
    const none = { rule: null, warnings: '', warningsOther: '' };
    let rule: CompiledRule;
    try {
      rule = compileRule(region, date, scheme as Scheme, group ? group as Group : undefined);
    } catch {
      return none;
    }
    const req: CalculationRequest = { region, date, scheme: scheme as Scheme, selfPaid: '0', ...(group ? { group: group as Group } : {}) };
    try {
      const warnings = this.words(calculate(req).warningDetails);
      const warningsOther = rule.other ? this.words(calculate({ ...req, otherSelfPaid: '0.01' }).warningDetails) : warnings;
      return { rule, warnings, warningsOther };
    } catch {
      return none;
    }
  }

  /** The warnings cell: the codes, each warning's text kept once for the summary. */
  words(list: readonly { code: string; zh: string; en: string }[]): string {
    for (const w of list) this.seen.set(this.lang === 'en' ? w.en : w.zh, w.code);
    return list.map((w) => w.code).join(SEPARATOR);
  }
}

// ---- the slow path --------------------------------------------------------------------------------------

/** The engine's answer for one row, every figure, refusal and warning exactly as calculate() gives them. */
export function engineRow(v: (k: Field) => string | undefined, book: RuleBook): RowOut {
  const lang = book.lang;
  const group = v('group');
  const scheme = v('scheme');
  const req = { region: v('region') ?? '', date: v('date') ?? '', scheme: schemeOf(scheme ?? '') as Scheme, selfPaid: v('selfPaid') ?? '' } as CalculationRequest;
  // A missing scheme is the engine's to refuse, in its words: never a silent default.
  if (scheme === undefined) delete (req as Partial<CalculationRequest>).scheme;
  if (group) req.group = groupOf(group) as Group;
  for (const k of ['priorSelfPaid', 'otherSelfPaid', 'priorOtherSelfPaid', 'otherSelfPaidLimit'] as const) {
    const x = v(k);
    if (x !== undefined) req[k] = x;
  }
  try {
    const r = calculate(req);
    const warnings = book.words(r.warningDetails);
    return { payout: r.payout, yearToDatePayout: r.yearToDatePayout, threshold: r.threshold, capApplied: String(r.cap.applied), error: '', warnings };
  } catch (e) {
    const error = e instanceof DbbxInputError ? e.issues.map((i) => `${i.field}: ${lang === 'en' ? i.en : i.zh}`).join('; ') : String(e);
    return { payout: '', yearToDatePayout: '', threshold: '', capApplied: '', error, warnings: '' };
  }
}

/**
 * One parsed row: the compiled rule when the row reads cleanly, and the engine itself whenever anything is off
 * (so an error is the engine's own message, never a second opinion).
 */
export function calculateRow(v: (k: Field) => string | undefined, book: RuleBook): RowOut {
  const region = v('region') ?? '';
  const date = v('date') ?? '';
  const scheme = v('scheme');
  const group = groupOf(v('group') ?? '');
  // A tendered limit on other costs (Xinbei) is the engine's to apply, and to refuse where a policy has none.
  if (scheme === undefined || v('otherSelfPaidLimit') !== undefined) return engineRow(v, book);
  const entry = book.get(region, date, schemeOf(scheme), group);
  const rule = entry.rule;
  const amounts = FIELDS.slice(4, 8).map((k) => v(k));
  const fen = amounts.map((a, i) => {
    if (a === undefined) return i === 0 ? NaN : 0;
    const r = parseAmountField(a, FIELDS[4 + i]!, { zh: '', en: '' });
    return r.ok ? r.value.times(100).toNumber() : NaN;
  });
  const [self, prior, other, priorOther] = fen as [number, number, number, number];
  // Anything unusual (an unknown group, a bad amount, a prior above the total, other costs where the policy has
  // none) goes to the engine, whose message is the one a person should read.
  if (rule && (group === '' || (GROUPS as readonly string[]).includes(group)) && !fen.some(Number.isNaN)
    && prior <= self && priorOther <= other && (rule.other !== null || (other === 0 && priorOther === 0))) {
    const now = rule.ytdFen(self, other);
    const before = rule.ytdFen(prior, priorOther);
    return {
      payout: fenToYuan(now - before), yearToDatePayout: fenToYuan(now), threshold: fenToYuan(rule.thresholdFen),
      capApplied: String(rule.capApplied(self)), error: '', warnings: other > 0 ? entry.warningsOther : entry.warnings,
    };
  }
  return engineRow(v, book);
}

/** How a file's columns are read: which column gives each request field, and the output's header. */
export interface Layout {
  columns: string[];
  /** Column of each of FIELDS, or -1 when the file has none. */
  at: Int32Array;
  /** The output's header: the file's columns, then the computed ones it does not already have. */
  header: string[];
  /** For each output column, the input column to copy (≥ 0) or the computed column to write (−1 − index in OUT). */
  source: Int32Array;
  defaults: Partial<Record<Field, string>>;
  /** Amount fields whose column names another unit (个人负担（万元）, 个人负担(分)): converted to 元 exactly. */
  units: Partial<Record<Field, AmountUnit>>;
}

export type LayoutProblem =
  | { kind: 'twice'; field: Field; columns: string[] }
  | { kind: 'missing'; fields: Field[] }
  | { kind: 'unit'; column: string; unit: string };

const AMOUNT_FIELDS: readonly Field[] = ['selfPaid', 'priorSelfPaid', 'otherSelfPaid', 'priorOtherSelfPaid', 'otherSelfPaidLimit'];

/** The field a column stands for, and the unit its name states for an amount (null: 元, as written). */
function columnField(name: string): { field: Field; unit: AmountUnit | null } | { unknownUnit: string } | undefined {
  const f = fieldOfColumn(name);
  if (f !== undefined) return { field: f, unit: null };
  const u = amountUnitOf(name);
  const base = u.base === name ? undefined : fieldOfColumn(u.base);
  if (base === undefined || !AMOUNT_FIELDS.includes(base)) return undefined;
  if (u.unknown !== null) return { unknownUnit: u.unknown };
  return { field: base, unit: u.unit === 'yuan' ? null : u.unit };
}

/**
 * An amount written in 万元 or 分 as 元 text, exactly (decimal.js); null when it is not a plain number or comes to
 * a fraction of a 分 (never read as 元 instead: 5200000.5 分 is not 5,200,000.5 元).
 */
export function toYuan(value: string, unit: AmountUnit): string | null {
  const t = value.trim().replace(/[,，\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const r = inYuan(t, unit);
  return r.wholeFen ? r.yuan.toFixed(2) : null;
}

/**
 * The layout for a header, or what is wrong with it: two columns for one field (which to believe is not ours to
 * guess), or a required field with neither a column nor a command-line default (every row would be refused).
 */
export function layoutFor(columns: string[], defaults: Partial<Record<Field, string>>): Layout | LayoutProblem {
  const at = new Int32Array(FIELDS.length).fill(-1);
  const units: Partial<Record<Field, AmountUnit>> = {};
  for (let c = 0; c < columns.length; c++) {
    const m = columnField(columns[c]!);
    if (m === undefined) continue;
    if ('unknownUnit' in m) return { kind: 'unit', column: columns[c]!, unit: m.unknownUnit };
    const f = m.field;
    const i = FIELDS.indexOf(f);
    if (at[i]! >= 0) return { kind: 'twice', field: f, columns: columns.filter((n) => { const x = columnField(n); return !!x && 'field' in x && x.field === f; }) };
    at[i] = c;
    if (m.unit) units[f] = m.unit;
  }
  const missing = REQUIRED.filter((f) => at[FIELDS.indexOf(f)]! < 0 && !defaults[f]);
  if (missing.length) return { kind: 'missing', fields: missing };
  const outNames = OUT as readonly string[];
  const header = [...columns, ...OUT.filter((o) => !columns.includes(o))];
  const source = Int32Array.from(header, (h, i) => (outNames.includes(h) ? -1 - outNames.indexOf(h) : i));
  return { columns, at, header, source, defaults, units };
}

/** Where Layout.source points at the computed error column. */
const ERROR_SOURCE = -1 - OUT.indexOf('error');

/** A row refused before the engine: its cells as read, no figures, the error in its column. */
function errorLine(layout: Layout, cells: readonly string[], error: string): { line: string; error: string } {
  const src = layout.source;
  const out = new Array<string>(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[i]! >= 0 ? cells[src[i]!] ?? '' : src[i] === ERROR_SOURCE ? error : '';
  return { line: csvLine(out), error };
}

/** The output line (with its line ending) for one record's cells, and its error ('' when calculated). */
export function slowRow(layout: Layout, cells: readonly string[], book: RuleBook): { line: string; error: string } {
  const at = layout.at;
  // An Excel export's 合计 / 总计 / Total line is not a person: calculated, its "payout" would be summed with the
  // people's and double the spending. Refused as that row's error, with no figures.
  const total = cells.find((c) => isTotalLabel(c));
  if (total !== undefined) {
    return errorLine(layout, cells, book.lang === 'en'
      ? `row: a total line ("${total.trim()}"), not an insured person: not calculated`
      : `row: 合计行（“${total.trim()}”），不是参保人：未计算`);
  }
  // Amounts in 万元 or 分 first, converted once: one that does not convert exactly is the row's error, never read
  // in 元.
  const converted: Partial<Record<Field, string>> = {};
  for (const [k, unit] of Object.entries(layout.units) as [Field, AmountUnit][]) {
    const x = cells[at[FIELDS.indexOf(k)]!];
    if (x === undefined || x === '') continue;
    const yuan = toYuan(x, unit);
    if (yuan !== null) { converted[k] = yuan; continue; }
    const u = unit === 'wan' ? { zh: '万元', en: '10k yuan' } : { zh: '分', en: 'fen' };
    const error = book.lang === 'en'
      ? `${k}: "${x}" in ${u.en} is not an amount to the fen (plain digits, at most ${unit === 'wan' ? 6 : 0} decimals)`
      : `${k}: “${x}”（${u.zh}）不是精确到分的金额（只写数字，${unit === 'wan' ? '最多 6 位小数' : '不带小数'}）`;
    return errorLine(layout, cells, error);
  }
  const v = (k: Field) => {
    const c = at[FIELDS.indexOf(k)]!;
    const x = c >= 0 ? cells[c] : undefined;
    if (x === undefined || x === '') return layout.defaults[k];
    return converted[k] ?? x;
  };
  const r = calculateRow(v, book);
  const computed = [r.payout, r.yearToDatePayout, r.threshold, r.capApplied, r.error, r.warnings];
  const src = layout.source;
  const out = new Array<string>(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[i]! >= 0 ? cells[src[i]!] ?? '' : computed[-1 - src[i]!]!;
  return { line: csvLine(out), error: r.error };
}

// ---- the byte path ------------------------------------------------------------------------------------

interface CachedRule {
  /** The key this rule was compiled for: region, date, scheme and group bytes (after flag defaults) as fastRun
   *  packs them. None: an empty slot. */
  words: Int32Array;
  rule: CompiledRule | null;
  /** The rule's typed data (null: the decimal.js steps run, and the slow path answers). */
  data: Float64Array | null;
  /** The policy pays other self-paid costs (Xinbei). */
  other: boolean;
  /** The payout cap and the expense cap in 分 (Infinity: none of that kind). */
  payoutCap: number;
  expenseCap: number;
  /**
   * What follows the two payouts, the same on every row of a rule but for capApplied and whether there are other
   * costs: ",threshold,capApplied,,warnings\n" (an empty error, the warnings cell, the line ending). At
   * [2 × capApplied + (other costs > 0)]: its length in bytes, then its bytes four to a word (big-endian, the last
   * word padded), written a word at a time (a typed array's set() per row cost as much as both figures).
   */
  tails: Int32Array[];
  /** Its slot, and the slot of the rule the row after one of this rule's rows had last (ruleOf's first guess). */
  slot: number;
  nextSlot: number;
}

/**
 * Rules by the hash of their key: a million rows cycling through regions and dates find theirs in one step. Four
 * thousand: a year of settlement dates for three regions and two groups is two thousand keys, and with a thousand
 * slots half the rows found another key's rule in theirs.
 */
const SLOTS = 4096;
const EMPTY: CachedRule = {
  words: new Int32Array(0), rule: null, data: null, other: false, payoutCap: Infinity, expenseCap: Infinity, tails: [],
  slot: 0, nextSlot: 0,
};

/** What the byte path needs to know about a file: its header and the command line's defaults. */
export interface FastPath {
  columns: number;
  /** Column of each of FIELDS, or -1 when the file has no such column. */
  at: Int32Array;
  /** Default bytes (from the flags) for region, date, scheme, group; length 0: none. */
  defaults: Uint8Array[];
  /** Where each field of the current line starts (and, at [columns], one past the line's end + 1). */
  starts: Int32Array;
  /** The current line's region, date, scheme and group: [start, end) in the line, or start −1: the flag's. */
  keyStart: Int32Array;
  keyEnd: Int32Array;
  slots: CachedRule[];
  /** The slot of the last row's rule. */
  lastSlot: number;
  /** The flags' bytes packed for each field as a key's words (ruleOf). */
  defaultWords: Int32Array[];
  /** The current row's amounts in 分 (selfPaid, priorSelfPaid, otherSelfPaid, priorOtherSelfPaid), then its two payouts. */
  fen: Float64Array;
  book: RuleBook;
  /** Bytes an output line needs beyond its input line (the longest warnings seen so far, and the figures). */
  room: number;
  utf8: TextDecoder;
  scratch: Uint8Array;
  /** fastRun's answer beside its status: where it stopped in the input and the output, lines read, rows written. */
  inPos: number;
  outPos: number;
  lines: number;
  rows: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * The byte path for a header, or null when the header itself is unusual (a quote, a space, an empty or repeated
 * name, one of the output columns, which the slow path fills in place, or a layout the CLI refuses): then every
 * line takes the slow path.
 */
export function fastPathFor(header: string[], defaults: Partial<Record<Field, string>>, book = new RuleBook()): FastPath | null {
  if (new Set(header).size !== header.length) return null;
  if (header.some((h) => h === '' || !/^[^\s",]+$/.test(h) || (OUT as readonly string[]).includes(h))) return null;
  const layout = layoutFor(header, defaults);
  // Amounts in 万元 or 分 are converted on the slow path only: the byte path reads 元.
  if (!('at' in layout) || Object.keys(layout.units).length) return null;
  const def = FIELDS.slice(0, 4).map((f) => enc.encode(defaults[f] ?? ''));
  return {
    columns: header.length,
    at: layout.at,
    defaults: def,
    starts: new Int32Array(header.length + 1),
    keyStart: new Int32Array(4),
    keyEnd: new Int32Array(4),
    slots: new Array<CachedRule>(SLOTS).fill(EMPTY),
    lastSlot: 0,
    defaultWords: def.map(keyWords),
    fen: new Float64Array(6),
    book,
    room: 64,
    utf8: new TextDecoder('utf-8', { fatal: true }),
    scratch: new Uint8Array(1 << 16),
    inPos: 0,
    outPos: 0,
    lines: 0,
    rows: 0,
  };
}

/** One field of a rule's key as fastRun packs it: four bytes to a word (big-endian), the rest, the length. */
function keyWords(b: Uint8Array): Int32Array {
  const w: number[] = [];
  let j = 0;
  for (; j + 4 <= b.length; j += 4) w.push((b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!);
  if (j < b.length) w.push(b.subarray(j).reduce((x, c) => (x << 8) | c, 0));
  w.push(b.length);
  return Int32Array.from(w);
}

/** fastRowInto's answer when `out` lacks room for this line's warnings: make fp.room bytes free and ask again. */
export const NO_ROOM = -2;
const NOT_PLAIN = -1;
/** Bytes a row's output needs beyond its input line and its tail: both figures (",100000000.00" at most each, 13
 *  bytes; a payout is never negative) and the three a tail's last word may write past it. */
const ROOM = 32;
const BLANK = -2;
const LIMIT_FEN = 10_000_000_000;


/** A plain amount "12345" or "12345.6" or "12345.67" in 元, as whole 分; BLANK for "", NOT_PLAIN for anything else. */
function plainFen(b: Uint8Array, view: DataView, s: number, e: number): number {
  if (s === e) return BLANK;
  let yuan = 0;
  let i = s;
  // No check per digit: the sum only grows, so a figure past the limit stays past it (Infinity at worst). Four
  // digits at a time while the next four bytes are all digits (a byte below '0' borrows into its top bit, and so
  // does one from 0xb0 up; one from ':' to 0xb9 gets it from + 0x46), their value in two steps: pairs, then the
  // pair of pairs. Then one by one.
  for (; i + 4 <= e; i += 4) {
    const w = view.getInt32(i);
    const x = w - 0x30303030;
    if (((x | (w + 0x46464646)) & 0x80808080) !== 0) break;
    const pairs = ((x >>> 8) & 0x000f000f) * 10 + (x & 0x000f000f);
    yuan = yuan * 10000 + (pairs >>> 16) * 100 + (pairs & 0xffff);
  }
  for (; i < e; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    yuan = yuan * 10 + c;
  }
  if (i === s) return NOT_PLAIN;
  let fen = yuan * 100;
  if (i < e) {
    // "." then one or two digits; anything else ("1.", "1.234", "1,000", "1.8万") is the slow path's to read.
    if (b[i] !== 46 || e - i < 2 || e - i > 3) return NOT_PLAIN;
    const d1 = b[i + 1]! - 48;
    if (d1 < 0 || d1 > 9) return NOT_PLAIN;
    fen += d1 * 10;
    if (e - i === 3) {
      const d2 = b[i + 2]! - 48;
      if (d2 < 0 || d2 > 9) return NOT_PLAIN;
      fen += d2;
    }
  }
  return fen > LIMIT_FEN ? NOT_PLAIN : fen;
}

// "00" … "99": two digits per step instead of one division per digit.
const PAIRS = enc.encode(Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).join(''));

/** Writes whole 分 as 元 with two decimals ("1234.05", as fenToYuan), returning the position after it. */
function writeYuan(out: Uint8Array, pos: number, fen: number): number {
  if (fen < 0) { out[pos++] = 45; fen = -fen; }
  // Below 2^31 分 (21,474,836.47 元, every payout under a cap) in 32-bit integers: a division by 100 is then a
  // multiplication; in doubles each was a division, and writing two figures cost as much as reading the line.
  if (fen > 0x7fffffff) return writeBigYuan(out, pos, fen);
  const f = fen | 0;
  let y = (f / 100) | 0;
  const cents = (f - y * 100) << 1;
  // Counted in a loop, not by a ladder of comparisons: the first payout of a million 元 met a comparison never
  // run before, and the optimised code was thrown away for it (and figuresInto's with it) ten thousand rows in.
  let digits = 1;
  for (let p = 10; p <= y; p *= 10) digits++;
  let i = pos + digits;
  while (y >= 100) {
    const q = (y / 100) | 0;
    const r = (y - q * 100) << 1;
    out[--i] = PAIRS[r + 1]!;
    out[--i] = PAIRS[r]!;
    y = q;
  }
  if (y >= 10) { out[--i] = PAIRS[(y << 1) + 1]!; out[--i] = PAIRS[y << 1]!; } else out[--i] = 48 + y;
  pos += digits;
  out[pos++] = 46;
  out[pos++] = PAIRS[cents]!;
  out[pos++] = PAIRS[cents + 1]!;
  return pos;
}

/** writeYuan from 2^31 分 up to the engine's 1亿元, in doubles (exact: whole numbers below 2^53). */
function writeBigYuan(out: Uint8Array, pos: number, fen: number): number {
  const yuan = Math.floor(fen / 100);
  const cents = fen - yuan * 100;
  let digits = 1;
  for (let p = 10; p <= yuan; p *= 10) digits++;
  let y = yuan;
  let i = pos + digits;
  while (y >= 100) {
    const q = Math.floor(y / 100);
    const r = (y - q * 100) * 2;
    out[--i] = PAIRS[r + 1]!;
    out[--i] = PAIRS[r]!;
    y = q;
  }
  if (y >= 10) { out[--i] = PAIRS[y * 2 + 1]!; out[--i] = PAIRS[y * 2]!; } else out[--i] = 48 + y;
  pos += digits;
  out[pos++] = 46;
  out[pos++] = PAIRS[cents * 2]!;
  out[pos++] = PAIRS[cents * 2 + 1]!;
  return pos;
}

/**
 * Is `b[s, e)` valid UTF-8 (exactly as TextDecoder's fatal mode reads it: no overlong forms, no surrogates, nothing
 * above U+10FFFF) without any character JavaScript's \s matches (the spaces trim() removes)? One pass over the
 * bytes: decoding each line with a Chinese name to a string and testing it with /\s/ halved the byte path.
 */
export function plainUtf8(b: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    if (c < 0xc2) return false;
    if (c < 0xe0) {
      if (i + 1 >= e) return false;
      const c1 = b[i + 1]!;
      // U+00A0 no-break space.
      if ((c1 & 0xc0) !== 0x80 || (c === 0xc2 && c1 === 0xa0)) return false;
      i += 2;
      continue;
    }
    if (c < 0xf0) {
      if (i + 2 >= e) return false;
      const c1 = b[i + 1]!;
      const c2 = b[i + 2]!;
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return false;
      if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return false;
      // U+1680; U+2000–U+200A, U+2028, U+2029, U+202F; U+205F; U+3000; U+FEFF.
      if (c === 0xe1 && c1 === 0x9a && c2 === 0x80) return false;
      if (c === 0xe2 && ((c1 === 0x80 && (c2 <= 0x8a || c2 === 0xa8 || c2 === 0xa9 || c2 === 0xaf))
        || (c1 === 0x81 && c2 === 0x9f))) return false;
      if ((c === 0xe3 && c1 === 0x80 && c2 === 0x80) || (c === 0xef && c1 === 0xbb && c2 === 0xbf)) return false;
      i += 3;
      continue;
    }
    if (c < 0xf5) {
      if (i + 3 >= e) return false;
      const c1 = b[i + 1]!;
      if ((c1 & 0xc0) !== 0x80 || (b[i + 2]! & 0xc0) !== 0x80 || (b[i + 3]! & 0xc0) !== 0x80) return false;
      if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return false;
      i += 4;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Each rule's tails, made once: a file with more keys than slots (a date on every row) meets its rules again and
 * again, and making them anew each time cost more than the rows they were made for.
 */
const TAILS = new WeakMap<RuleEntry, Int32Array[]>();

/** The rule for key `hash` whose bytes are not in its slot: compiled (or found in the book) and put there. */
function ruleFor(fp: FastPath, bytes: Uint8Array, slot: number, words: Int32Array): CachedRule {
  const ks = fp.keyStart;
  const ke = fp.keyEnd;
  const parts: Uint8Array[] = [];
  for (let f = 0; f < 4; f++) parts.push(ks[f]! < 0 ? fp.defaults[f]! : bytes.subarray(ks[f]!, ke[f]!));
  let found: RuleEntry = { rule: null, warnings: '', warningsOther: '' };
  try {
    const [region, date, scheme, group] = parts.map((p) => fp.utf8.decode(p)) as [string, string, string, string];
    // No scheme: the engine refuses the row (the slow path writes its message).
    if (scheme) found = fp.book.get(region, date, schemeOf(scheme), groupOf(group));
  } catch { /* not UTF-8: the slow path's */ }
  const rule = found.rule;
  let tails = TAILS.get(found);
  if (tails === undefined) {
    const threshold = rule ? fenToYuan(rule.thresholdFen) : '';
    tails = ['false', 'true'].flatMap((cap) => [found.warnings, found.warningsOther].map((w) => {
      const b = enc.encode(`,${threshold},${cap},,${csvCell(w)}\n`);
      const t = new Int32Array(2 + (b.length >> 2));
      t[0] = b.length;
      for (let j = 0; j < b.length; j++) t[1 + (j >> 2)]! |= b[j]! << (24 - 8 * (j & 3));
      return t;
    }));
    TAILS.set(found, tails);
  }
  for (const t of tails) if (ROOM + t[0]! > fp.room) fp.room = ROOM + t[0]!;
  const entry: CachedRule = {
    words, rule, data: rule ? rule.data : null, other: rule !== null && rule.other !== null, tails, slot, nextSlot: 0,
    payoutCap: rule && rule.capKind === 'payout' && rule.capFen >= 0 ? rule.capFen : Infinity,
    expenseCap: rule && rule.capKind === 'expense' && rule.capFen >= 0 ? rule.capFen : Infinity,
  };
  // A file cycling through more keys than slots keeps the latest in each.
  fp.slots[slot] = entry;
  return entry;
}

// What each byte is to the line scan: 0 copied as is, 1 a comma, 2 a byte that declines the line (a quote, a
// space, a tab, any control byte: csv-parse would read them differently, by quoting or trimming; CR is looked
// at again there), 3 above 0x7f (checked as UTF-8 afterwards), 4 the line feed.
const BYTE = new Uint8Array(256);
for (let c = 0; c < 256; c++) BYTE[c] = c === 10 ? 4 : c === 44 ? 1 : c <= 32 || c === 34 || c === 127 ? 2 : c > 127 ? 3 : 0;

// 1 for a cell's first byte that may start a formula (= + - @; EF for ＝ ＋ － ＠) or a total label (t g s in
// either case; E5 for 合 小 全 共, E6 for 总 汇 本): only such cells get the exact tests, one look for the rest.
const FIRST = new Uint8Array(256);
for (const c of [61, 43, 45, 64, 0xef, 0x74, 0x54, 0x67, 0x47, 0x73, 0x53, 0xe5, 0xe6]) FIRST[c] = 1;

/**
 * The rule for the current line (fields at fp.starts): the region, date, scheme and group bytes (the file's value,
 * else the flag's), each packed four bytes to a word and followed by its length, find their slot by a hash of the
 * words, which holds a rule and its key's words: the same words are the same bytes. The words are read from the
 * line and compared with the guessed rule's or hashed and compared with their slot's, and stored only for a new
 * key: writing each line's key out to compare it afterwards cost a seventh of the byte path. Its own function, as
 * is figuresInto: fastRun with everything in it took 0.2 s to compile, twice, for a one-second run.
 */
function ruleOf(fp: FastPath, bytes: Uint8Array, view: DataView): CachedRule {
  const at = fp.at;
  const starts = fp.starts;
  const ks = fp.keyStart;
  const ke = fp.keyEnd;
  let nw = 0;
  for (let f = 0; f < 4; f++) {
    const col = at[f]!;
    let s = 0;
    let e = 0;
    if (col >= 0) { s = starts[col]!; e = starts[col + 1]! - 1; }
    if (e === s) {
      ks[f] = -1;
      nw += fp.defaultWords[f]!.length;
      continue;
    }
    ks[f] = s;
    ke[f] = e;
    nw += ((e - s + 3) >> 2) + 1;
  }
  // First the rule that followed the last row's rule the last time (a file sorted by key, or cycling through a
  // few, finds it there): one comparison, no hash. A wrong guess costs the comparison up to the first word that
  // differs.
  const last = fp.slots[fp.lastSlot]!;
  const guess = fp.slots[last.nextSlot]!;
  const found = guess.words.length === nw && sameKey(fp, bytes, view, guess.words) ? guess : hashed(fp, bytes, view, nw);
  if (last !== EMPTY) last.nextSlot = found.slot;
  fp.lastSlot = found.slot;
  return found;
}

/** ruleOf's lookup by the hash of the key's words (its fields at fp.keyStart, fp.keyEnd; nw words in all). */
function hashed(fp: FastPath, bytes: Uint8Array, view: DataView, nw: number): CachedRule {
  const ks = fp.keyStart;
  const ke = fp.keyEnd;
  let h = 0;
  for (let f = 0; f < 4; f++) {
    const s = ks[f]!;
    if (s < 0) {
      const dw = fp.defaultWords[f]!;
      for (let j = 0; j < dw.length; j++) h = Math.imul(h ^ dw[j]!, 16777619);
      continue;
    }
    const e = ke[f]!;
    let j = s;
    for (; j + 4 <= e; j += 4) h = Math.imul(h ^ view.getInt32(j), 16777619);
    if (j < e) {
      let w = 0;
      for (; j < e; j++) w = (w << 8) | bytes[j]!;
      h = Math.imul(h ^ w, 16777619);
    }
    h = Math.imul(h ^ (e - s), 16777619);
  }
  const slot = (h ^ (h >>> 16)) & (SLOTS - 1);
  const cached = fp.slots[slot]!;
  const key = cached.words;
  if (key.length === nw && sameKey(fp, bytes, view, key)) return cached;
  // A new key (or another key's slot): its words, packed as the flags' are (keyWords), kept with the rule.
  const words = new Int32Array(nw);
  let p = 0;
  for (let f = 0; f < 4; f++) {
    const w = ks[f]! < 0 ? fp.defaultWords[f]! : keyWords(bytes.subarray(ks[f]!, ke[f]!));
    words.set(w, p);
    p += w.length;
  }
  return ruleFor(fp, bytes, slot, words);
}

/** Are the current line's key fields (fp.keyStart, fp.keyEnd: ruleOf) the bytes whose words are `key`? */
function sameKey(fp: FastPath, bytes: Uint8Array, view: DataView, key: Int32Array): boolean {
  const ks = fp.keyStart;
  const ke = fp.keyEnd;
  let p = 0;
  for (let f = 0; f < 4; f++) {
    const s = ks[f]!;
    if (s < 0) {
      const dw = fp.defaultWords[f]!;
      for (let j = 0; j < dw.length; j++) if (key[p++] !== dw[j]) return false;
      continue;
    }
    const e = ke[f]!;
    let j = s;
    for (; j + 4 <= e; j += 4) if (key[p++] !== view.getInt32(j)) return false;
    if (j < e) {
      let w = 0;
      for (; j < e; j++) w = (w << 8) | bytes[j]!;
      if (key[p++] !== w) return false;
    }
    if (key[p++] !== e - s) return false;
  }
  return true;
}

/**
 * The figures and the rest of the line after the input line's bytes (copied to out[..o)): o after them, NOT_PLAIN
 * when the slow path must read the line, NO_ROOM when out lacks room.
 */
function figuresInto(
  fp: FastPath, cached: CachedRule, bytes: Uint8Array, view: DataView, out: Uint8Array, outView: DataView, o: number,
): number {
  const at = fp.at;
  const starts = fp.starts;
  const fen = fp.fen;
  const d = cached.data!;
  // Guard 2: plain-digit amounts; a missing selfPaid, or anything the engine would read or refuse in its own
  // words ("1,000", "1.8万", "abc", over 1亿), goes to the slow path. (One call in a loop, and one of ruleFen and
  // of writeYuan below: each call written out is compiled again inside this function.)
  for (let k = 0; k < 4; k++) {
    const c = at[4 + k]!;
    const v = c < 0 ? BLANK : plainFen(bytes, view, starts[c]!, starts[c + 1]! - 1);
    if (v === NOT_PLAIN) return NOT_PLAIN;
    fen[k] = v === BLANK ? (k === 0 ? NOT_PLAIN : 0) : v;
  }
  const self = fen[0]!;
  const prior = fen[1]!;
  const other = fen[2]!;
  const priorOther = fen[3]!;
  // A tendered limit on other costs is the engine's to apply.
  const cLimit = at[8]!;
  if (self < 0 || (cLimit >= 0 && starts[cLimit + 1]! - 1 > starts[cLimit]!)) return NOT_PLAIN;
  // The engine refuses these (a prior above the total, other costs where the policy has none): its message.
  if (prior > self || priorOther > other || (!cached.other && (other > 0 || priorOther > 0))) return NOT_PLAIN;
  for (let k = 0; k < 2; k++) fen[4 + k] = ruleFen(d, fen[k]!, fen[k + 2]!);
  const now = fen[4]!;
  const before = fen[5]!;
  // capApplied, from the rule's data on every row: the tiers' sum above the payout cap, or the burden above the
  // expense cap (at most one of the two caps is finite). Asking the rule only for rows at the cap met that call
  // first thousands of rows in, and the row code, optimised without it, was thrown away and compiled again.
  const capped = tiersAt(d, burdenBandsAt(d), self) > cached.payoutCap || self > cached.expenseCap;
  const tail = cached.tails[(capped ? 2 : 0) + (other > 0 ? 1 : 0)]!;
  const n = tail[0]!;
  if (out.length - o < ROOM + n) return NO_ROOM;
  for (let k = 0; k < 2; k++) {
    out[o++] = 44;
    o = writeYuan(out, o, k === 0 ? now - before : now);
  }
  // The last word may write up to three bytes past the line: room the next line's bytes overwrite.
  for (let j = 1, p = o; p < o + n; j++, p += 4) outView.setInt32(p, tail[j]!);
  return o + n;
}

/** fastRun stopped at the end of its bytes (every line read), */
export const RUN_END = 0;
/** at a line the slow path must read (fp.inPos is its start), */
export const RUN_DECLINED = 1;
/** or because `out` is full (fp.inPos is the next line's start): write out[0, fp.outPos) and call again. */
export const RUN_FULL = 2;

/**
 * The byte path over whole lines: reads `bytes[from, to)` line by line and writes each line's output into `out`
 * from `o`, until the bytes end, a line the slow path must read, or `o` passes `stop` (or the next line would not
 * fit). Then fp.inPos, fp.outPos, fp.lines (lines read, blank ones included) and fp.rows (rows written) say where
 * it stopped. `last`: the bytes end at the end of the file, so a last line without a line feed is a line. `crlf`:
 * the file's lines end in CR LF (a line ending in LF alone is then the slow path's: csv-parse reads on).
 *
 * For one line, output is the line itself, then ",payout,yearToDatePayout,threshold,capApplied,,warnings\n".
 * Two guards: the line must be plain (every byte visible, no quote, valid UTF-8, as many fields as the header,
 * no cell that would run as a formula), and the amounts plain digits; then the row must be one the compiled rule
 * answers exactly as calculate() would. One loop for every line, with no call out per line: a call and a
 * Buffer.indexOf per line cost as much as the rest of the row.
 */
/**
 * Whether a cell starting at `s` with byte `c` may be a total label (isTotalLabel): its first character is 合 小 总
 * 共 汇 本 全 (UTF-8: the byte path reads UTF-8 only), or it starts tot / gran / subt / sum in either case. Rare in
 * data cells, so the slow path's exact test runs on almost no line.
 */
function mayBeTotal(bytes: Uint8Array, s: number, c: number): boolean {
  // tot…, grand…, subt…, sum (then the cell's end): never a group word (general, subsistence) nor a scheme. Bytes
  // past the line only make the test say yes, and the slow path decides.
  const l = c | 0x20;
  if (l === 0x74) return (bytes[s + 1]! | 0x20) === 0x6f && (bytes[s + 2]! | 0x20) === 0x74;
  if (l === 0x67) return (bytes[s + 1]! | 0x20) === 0x72 && (bytes[s + 2]! | 0x20) === 0x61 && (bytes[s + 3]! | 0x20) === 0x6e;
  if (l === 0x73) {
    const b2 = bytes[s + 2]! | 0x20;
    return (bytes[s + 1]! | 0x20) === 0x75 && (b2 === 0x6d || (b2 === 0x62 && (bytes[s + 3]! | 0x20) === 0x74));
  }
  if (c !== 0xe5 && c !== 0xe6) return false;
  const b1 = bytes[s + 1]!;
  const b2 = bytes[s + 2]!;
  // 合 E5 90 88, 小 E5 B0 8F, 全 E5 85 A8, 共 E5 85 B1, 总 E6 80 BB, 汇 E6 B1 87, 本 E6 9C AC.
  return c === 0xe5
    ? (b1 === 0x90 && b2 === 0x88) || (b1 === 0xb0 && b2 === 0x8f) || (b1 === 0x85 && (b2 === 0xa8 || b2 === 0xb1))
    : (b1 === 0x80 && b2 === 0xbb) || (b1 === 0xb1 && b2 === 0x87) || (b1 === 0x9c && b2 === 0xac);
}

export function fastRun(fp: FastPath, bytes: Uint8Array, from: number, to: number, last: boolean, crlf: boolean,
  out: Uint8Array, o: number, stop: number): number {
  const starts = fp.starts;
  const columns = fp.columns;
  // Four bytes in one read or write.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const outView = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let lines = 0;
  let rows = 0;
  let i = from;
  let status = RUN_END;
  while (i < to) {
    if (o > stop) { status = RUN_FULL; break; }
    const start = i;
    const o0 = o;
    // Guard 1: a plain line, copied as it is scanned. The scan stops where `out` would overflow.
    const lim = Math.min(to, i + (out.length - o - fp.room));
    let end = -1;
    let next = -1;
    let field = 0;
    let high = false;
    starts[0] = i;
    let slowTo = i;
    scan: for (; i < lim; i++) {
      // Four bytes at a time while each is a comma or a byte from '-' to '~' (no quote, space, control byte, DEL
      // or byte above 0x7f), tested together (a byte below 0x2c borrows into its top bit, one above 0x7e carries
      // into it); the commas in those four found by their own mask, so a field's end does not send its word to
      // the byte-by-byte loop (a comma in every other word sent nearly half the line's bytes there). Else byte by
      // byte for those four.
      if (i >= slowTo) {
        if (i + 4 <= lim) {
          const w = view.getInt32(i);
          if (((((w - 0x2c2c2c2c) & ~w) | (w + 0x01010101) | w) & 0x80808080) === 0) {
            outView.setInt32(o, w);
            o += 4;
            // The top bit of each byte that is a comma (exact: no borrow between bytes), first byte highest.
            const x = w ^ 0x2c2c2c2c;
            let m = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
            while (m !== 0) {
              const z = Math.clz32(m);
              if (++field >= columns) break scan;
              starts[field] = i + (z >> 3) + 1;
              m ^= 0x80000000 >>> z;
            }
            i += 3;
            continue;
          }
        }
        slowTo = i + 4;
      }
      const c = bytes[i]!;
      const k = BYTE[c]!;
      if (k === 0) { out[o++] = c; continue; }
      if (k === 1) {
        if (++field >= columns) break;
        starts[field] = i + 1;
        out[o++] = c;
        continue;
      }
      if (k === 3) { high = true; out[o++] = c; continue; }
      // LF: the line's end (in a CR LF file, a line ending in LF alone is the slow path's: csv-parse reads on).
      if (k === 4) { if (!crlf) { end = i; next = i + 1; } break; }
      // CR before LF (or last in the file): the line's end (csv-parse trims a CR left at a field's end in a LF
      // file alike); any other CR is the slow path's.
      if (c === 13 && (i + 1 < to ? bytes[i + 1] === 10 : last)) { end = i; next = i + 1 < to ? i + 2 : to; }
      break;
    }
    if (end < 0) {
      if (i < lim) { status = RUN_DECLINED; o = o0; i = start; break; }
      if (lim < to) { status = RUN_FULL; o = o0; i = start; break; }
      // The bytes end without a line ending: not a whole line yet, or the file's last line.
      if (!last) { o = o0; i = start; break; }
      end = to;
      next = to;
    }
    if (end === start) {
      // A blank line: no row (csv-parse skips it too).
      lines++;
      i = next;
      continue;
    }
    if (field !== columns - 1) { status = RUN_DECLINED; o = o0; i = start; break; }
    starts[columns] = end + 1;
    // A cell starting = + - @ (or ＝＋－＠) is written quoted with a leading ' (csvCell): the slow path's to write.
    let formula = false;
    for (let f = 0; f < columns; f++) {
      const s = starts[f]!;
      if (s >= starts[f + 1]! - 1) continue;
      const c = bytes[s]!;
      if (FIRST[c] === 0) continue;
      if (c === 61 || c === 43 || c === 45 || c === 64) { formula = true; break; }
      if (c === 0xef && bytes[s + 1] === 0xbc) {
        const d = bytes[s + 2]!;
        if (d === 0x9d || d === 0x8b || d === 0x8d || d === 0xa0) { formula = true; break; }
      }
      // A cell that may say 合计 / 总计 / 小计 / 共计 / 汇总 / 本页… / Total / Sum: the slow path refuses total lines.
      if (mayBeTotal(bytes, s, c)) { formula = true; break; }
    }
    // csv-parse trims a field's end with String.prototype.trimEnd, which also takes Unicode spaces (U+3000,
    // U+00A0, U+FEFF …): a line with any of them, or with bytes that are not UTF-8, is the slow path's.
    if (formula || (high && !plainUtf8(bytes, start, end))) { status = RUN_DECLINED; o = o0; i = start; break; }
    const cached = ruleOf(fp, bytes, view);
    if (cached.data === null) { status = RUN_DECLINED; o = o0; i = start; break; }
    const o1 = figuresInto(fp, cached, bytes, view, out, outView, o);
    if (o1 < 0) { status = o1 === NO_ROOM ? RUN_FULL : RUN_DECLINED; o = o0; i = start; break; }
    o = o1;
    lines++;
    rows++;
    i = next;
  }
  fp.inPos = i;
  fp.outPos = o;
  fp.lines = lines;
  fp.rows = rows;
  return status;
}

/**
 * Writes the output line for input line `bytes[start, end)` (no line ending) into `out` at `pos` (fastRun for
 * one line). Returns the position after it, -1 when the slow path must read the line (nothing useful is written
 * then), or NO_ROOM when `out` has fewer than end − start + fp.room bytes free (fp.room grows with the first row
 * of each rule).
 */
export function fastRowInto(fp: FastPath, bytes: Uint8Array, start: number, end: number, out: Uint8Array, pos: number): number {
  const status = fastRun(fp, bytes, start, end, true, false, out, pos, out.length);
  if (status === RUN_FULL) return NO_ROOM;
  return status === RUN_END && fp.rows === 1 && fp.lines === 1 && fp.inPos === end ? fp.outPos : -1;
}

/**
 * The columns the byte path appends to one line (",payout,yearToDatePayout,threshold,capApplied,,warnings"),
 * or null when the slow path must read it: fastRowInto as text, for tests.
 */
export function fastRow(fp: FastPath, bytes: Uint8Array, start: number, end: number): string | null {
  let o = NO_ROOM;
  while (o === NO_ROOM) {
    if (fp.scratch.length < end - start + fp.room) fp.scratch = new Uint8Array(end - start + fp.room);
    o = fastRowInto(fp, bytes, start, end, fp.scratch, 0);
  }
  return o < 0 ? null : dec.decode(fp.scratch.subarray(end - start, o - 1));
}
