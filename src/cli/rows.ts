// One claims row of `dbbx batch`, two ways. The byte path reads a plain line (no quotes, no spaces, plain-digit
// amounts, no cell that Excel would run as a formula) straight from the file's bytes and returns the columns to
// append; anything else returns null and the line goes to csv-parse and slowRow, whose errors are the engine's
// own. Pure (no Node APIs), so the browser tests can prove the byte path gives exactly the slow path's output.
import { calculate, fenToYuan, DbbxInputError, type CalculationRequest, type Group, type Scheme } from '../engine/index.js';
import { compileRule, ruleFen, type CompiledRule } from '../fund/compile.js';
import { parseAmountField } from '../engine/amount.js';
import { GROUPS } from '../engine/types.js';
import { REQUEST_FIELDS, fieldOfColumn, groupOf, schemeOf, type RequestField } from '../fund/columns.js';
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
}

export type LayoutProblem =
  | { kind: 'twice'; field: Field; columns: string[] }
  | { kind: 'missing'; fields: Field[] };

/**
 * The layout for a header, or what is wrong with it: two columns for one field (which to believe is not ours to
 * guess), or a required field with neither a column nor a command-line default (every row would be refused).
 */
export function layoutFor(columns: string[], defaults: Partial<Record<Field, string>>): Layout | LayoutProblem {
  const at = new Int32Array(FIELDS.length).fill(-1);
  for (let c = 0; c < columns.length; c++) {
    const f = fieldOfColumn(columns[c]!);
    if (f === undefined) continue;
    const i = FIELDS.indexOf(f);
    if (at[i]! >= 0) return { kind: 'twice', field: f, columns: columns.filter((n) => fieldOfColumn(n) === f) };
    at[i] = c;
  }
  const missing = REQUIRED.filter((f) => at[FIELDS.indexOf(f)]! < 0 && !defaults[f]);
  if (missing.length) return { kind: 'missing', fields: missing };
  const outNames = OUT as readonly string[];
  const header = [...columns, ...OUT.filter((o) => !columns.includes(o))];
  const source = Int32Array.from(header, (h, i) => (outNames.includes(h) ? -1 - outNames.indexOf(h) : i));
  return { columns, at, header, source, defaults };
}

/** The output line (with its line ending) for one record's cells, and its error ('' when calculated). */
export function slowRow(layout: Layout, cells: readonly string[], book: RuleBook): { line: string; error: string } {
  const at = layout.at;
  const v = (k: Field) => {
    const c = at[FIELDS.indexOf(k)]!;
    const x = c >= 0 ? cells[c] : undefined;
    return x !== undefined && x !== '' ? x : layout.defaults[k];
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
  /** The region, date, scheme and group bytes this rule was compiled for (after flag defaults). */
  parts: Uint8Array[];
  rule: CompiledRule | null;
  /** ",threshold," as bytes, written after the two payouts. */
  threshold: Uint8Array;
  /** ",,warnings\n" (an empty error, the warnings cell, the line ending) after capApplied; [1]: other costs > 0. */
  tails: [Uint8Array, Uint8Array];
}

/** What the byte path needs to know about a file: its header and the command line's defaults. */
export interface FastPath {
  columns: number;
  /** Column of each of FIELDS, or -1 when the file has no such column. */
  at: Int32Array;
  /** Default bytes (from the flags) for region, date, scheme, group; length 0: none. */
  defaults: Uint8Array[];
  /** Where each field of the current line starts (and, at [columns], one past the line's end + 1). */
  starts: Int32Array;
  /** The current line's region, date, scheme and group: [start, end) in `src[k]`. */
  keyStart: Int32Array;
  keyEnd: Int32Array;
  keySrc: Uint8Array[];
  rules: CachedRule[];
  book: RuleBook;
  /** Bytes an output line needs beyond its input line (the longest warnings seen so far, and the figures). */
  room: number;
  utf8: TextDecoder;
  scratch: Uint8Array;
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
  if (!('at' in layout)) return null;
  const def = FIELDS.slice(0, 4).map((f) => enc.encode(defaults[f] ?? ''));
  return {
    columns: header.length,
    at: layout.at,
    defaults: def,
    starts: new Int32Array(header.length + 1),
    keyStart: new Int32Array(4),
    keyEnd: new Int32Array(4),
    keySrc: [...def],
    rules: [],
    book,
    room: 64,
    utf8: new TextDecoder('utf-8', { fatal: true }),
    scratch: new Uint8Array(1 << 16),
  };
}

/** fastRowInto's answer when `out` lacks room for this line's warnings: make fp.room bytes free and ask again. */
export const NO_ROOM = -2;
const NOT_PLAIN = -1;
const BLANK = -2;
const LIMIT_FEN = 10_000_000_000;

/** A plain amount "12345" or "12345.6" or "12345.67" in 元, as whole 分; BLANK for "", NOT_PLAIN for anything else. */
function plainFen(b: Uint8Array, s: number, e: number): number {
  if (s === e) return BLANK;
  let yuan = 0;
  let i = s;
  for (; i < e; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    yuan = yuan * 10 + c;
    if (yuan > LIMIT_FEN) return NOT_PLAIN;
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

/** The rule for the current line's region, date, scheme and group, compiled once per distinct four. */
function ruleFor(fp: FastPath, bytes: Uint8Array): CachedRule {
  const rules = fp.rules;
  const ks = fp.keyStart;
  const ke = fp.keyEnd;
  const src = fp.keySrc;
  search: for (let r = 0; r < rules.length; r++) {
    const parts = rules[r]!.parts;
    for (let f = 0; f < 4; f++) {
      const p = parts[f]!;
      const s = ks[f]!;
      if (p.length !== ke[f]! - s) continue search;
      const b = src[f] === undefined ? bytes : src[f]!;
      for (let i = 0; i < p.length; i++) if (p[i] !== b[s + i]) continue search;
    }
    return rules[r]!;
  }
  // Copies (a Node Buffer's slice is a view that would keep the whole chunk alive).
  const parts = [0, 1, 2, 3].map((f) => Uint8Array.prototype.slice.call(src[f] === undefined ? bytes : src[f]!, ks[f]!, ke[f]!));
  let found: RuleEntry = { rule: null, warnings: '', warningsOther: '' };
  try {
    const [region, date, scheme, group] = parts.map((p) => fp.utf8.decode(p)) as [string, string, string, string];
    // No scheme: the engine refuses the row (the slow path writes its message).
    if (scheme) found = fp.book.get(region, date, schemeOf(scheme), groupOf(group));
  } catch { /* not UTF-8: the slow path's */ }
  const rule = found.rule;
  const tails: [Uint8Array, Uint8Array] = [enc.encode(`,,${csvCell(found.warnings)}\n`), enc.encode(`,,${csvCell(found.warningsOther)}\n`)];
  fp.room = Math.max(fp.room, 64 + tails[0].length, 64 + tails[1].length);
  const entry = { parts, rule, threshold: enc.encode(rule ? `,${fenToYuan(rule.thresholdFen)},` : ',,'), tails };
  // A handful of rules per file is usual; a file cycling through hundreds keeps only the latest.
  if (rules.length >= 64) rules.shift();
  rules.push(entry);
  return entry;
}

const TRUE = enc.encode('true');
const FALSE = enc.encode('false');

/**
 * Writes the output line for input line `bytes[start, end)` (no line ending) into `out` at `pos`: the line
 * itself, then ",payout,yearToDatePayout,threshold,capApplied,,warnings\n". Returns the position after it, -1
 * when the slow path must read the line (nothing useful is written then), or NO_ROOM when `out` has fewer than
 * end − start + fp.room bytes free (fp.room grows with the first row of each rule).
 * Two guards: the line must be plain (every byte visible, no quote, valid UTF-8, as many fields as the header,
 * no cell that would run as a formula), and the amounts plain digits; then the row must be one the compiled rule
 * answers exactly as calculate() would.
 */
export function fastRowInto(fp: FastPath, bytes: Uint8Array, start: number, end: number, out: Uint8Array, pos: number): number {
  const starts = fp.starts;
  const columns = fp.columns;
  let field = 0;
  let high = false;
  starts[0] = start;
  // Guard 1: a plain line. A quote, a space, a tab or any control byte would be read differently by csv-parse
  // (quoting, trimming); bytes above 0x7f must be valid UTF-8 without Unicode spaces to be copied unchanged.
  let o = pos;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    out[o++] = c;
    if (c === 44) {
      if (++field >= columns) return -1;
      starts[field] = i + 1;
    } else if (c <= 32 || c === 34 || c === 127) return -1;
    else if (c > 127) high = true;
  }
  if (field !== columns - 1) return -1;
  starts[columns] = end + 1;
  // A cell starting = + - @ (or ＝＋－＠) is written quoted with a leading ' (csvCell): the slow path's to write.
  for (let f = 0; f < columns; f++) {
    const s = starts[f]!;
    if (s >= starts[f + 1]! - 1) continue;
    const c = bytes[s]!;
    if (c === 61 || c === 43 || c === 45 || c === 64) return -1;
    if (c === 0xef && bytes[s + 1] === 0xbc) {
      const d = bytes[s + 2]!;
      if (d === 0x9d || d === 0x8b || d === 0x8d || d === 0xa0) return -1;
    }
  }
  // csv-parse trims a field's end with String.prototype.trimEnd, which also takes Unicode spaces (U+3000,
  // U+00A0, U+FEFF …): a line with any of them, or with bytes that are not UTF-8, is the slow path's.
  if (high && !plainUtf8(bytes, start, end)) return -1;
  const at = fp.at;
  // The rule's key: region, date, scheme, group (the file's value, else the flag's).
  for (let f = 0; f < 4; f++) {
    const col = at[f]!;
    let s = 0;
    let e = 0;
    if (col >= 0) { s = starts[col]!; e = starts[col + 1]! - 1; }
    if (e === s) { fp.keySrc[f] = fp.defaults[f]!; fp.keyStart[f] = 0; fp.keyEnd[f] = fp.defaults[f]!.length; }
    else { fp.keySrc[f] = undefined as unknown as Uint8Array; fp.keyStart[f] = s; fp.keyEnd[f] = e; }
  }
  const cached = ruleFor(fp, bytes);
  const rule = cached.rule;
  if (!rule || !rule.data) return -1;
  // Guard 2: plain-digit amounts; a missing selfPaid, or anything the engine would read or refuse in its own
  // words ("1,000", "1.8万", "abc", over 1亿), goes to the slow path.
  const self = at[4]! < 0 ? BLANK : plainFen(bytes, starts[at[4]!]!, starts[at[4]! + 1]! - 1);
  let prior = at[5]! < 0 ? BLANK : plainFen(bytes, starts[at[5]!]!, starts[at[5]! + 1]! - 1);
  let other = at[6]! < 0 ? BLANK : plainFen(bytes, starts[at[6]!]!, starts[at[6]! + 1]! - 1);
  let priorOther = at[7]! < 0 ? BLANK : plainFen(bytes, starts[at[7]!]!, starts[at[7]! + 1]! - 1);
  if (self < 0 || prior === NOT_PLAIN || other === NOT_PLAIN || priorOther === NOT_PLAIN) return -1;
  // A tendered limit on other costs is the engine's to apply.
  if (at[8]! >= 0 && starts[at[8]! + 1]! - 1 > starts[at[8]!]!) return -1;
  if (prior === BLANK) prior = 0;
  if (other === BLANK) other = 0;
  if (priorOther === BLANK) priorOther = 0;
  // The engine refuses these (a prior above the total, other costs where the policy has none): its message.
  if (prior > self || priorOther > other) return -1;
  if (rule.other === null && (other > 0 || priorOther > 0)) return -1;
  const tail = cached.tails[other > 0 ? 1 : 0];
  if (out.length - o < 64 + tail.length) return NO_ROOM;
  const d = rule.data;
  const now = ruleFen(d, self, other);
  const before = ruleFen(d, prior, priorOther);
  out[o++] = 44;
  o = writeYuan(out, o, now - before);
  out[o++] = 44;
  o = writeYuan(out, o, now);
  const t = cached.threshold;
  for (let i = 0; i < t.length; i++) out[o++] = t[i]!;
  const cap = rule.capApplied(self) ? TRUE : FALSE;
  for (let i = 0; i < cap.length; i++) out[o++] = cap[i]!;
  // The warnings cell and the line end are the same on every row of a rule: one copy, not a byte loop.
  out.set(tail, o);
  return o + tail.length;
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
