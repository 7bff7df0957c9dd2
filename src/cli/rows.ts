// One claims row of `dbbx batch`, two ways. The byte path reads a plain line (no quotes, no spaces, plain-digit
// amounts) straight from the file's bytes and returns the columns to append; anything else returns null and
// the line goes to csv-parse and calculateRow, whose errors are the engine's own. Pure (no Node APIs), so the
// browser tests can prove the byte path gives exactly the slow path's output on any line.
import { calculate, fenToYuan, DbbxInputError, type CalculationRequest, type Group, type Scheme } from '../engine/index.js';
import { compileRule, ruleFen, type CompiledRule } from '../fund/compile.js';
import { parseAmountField } from '../engine/amount.js';
import { GROUPS } from '../engine/types.js';

export const FIELDS = ['region', 'date', 'scheme', 'group', 'selfPaid', 'priorSelfPaid', 'otherSelfPaid', 'priorOtherSelfPaid', 'otherSelfPaidLimit'] as const;
export type Field = (typeof FIELDS)[number];
export const OUT = ['payout', 'yearToDatePayout', 'threshold', 'capApplied', 'error'] as const;

export interface RowOut { payout: string; yearToDatePayout: string; threshold: string; capApplied: string; error: string }
export type Lang = 'zh' | 'en';

/** The engine's answer for one row, every figure and every refusal exactly as calculate() gives them. */
export function engineRow(v: (k: Field) => string | undefined, lang: Lang): RowOut {
  const group = v('group') as Group | undefined;
  const req: CalculationRequest = { region: v('region') ?? '', date: v('date') ?? '', scheme: (v('scheme') ?? 'resident') as Scheme, selfPaid: v('selfPaid') ?? '' };
  if (group) req.group = group;
  const prior = v('priorSelfPaid');
  const other = v('otherSelfPaid');
  const priorOther = v('priorOtherSelfPaid');
  if (prior !== undefined) req.priorSelfPaid = prior;
  if (other !== undefined) req.otherSelfPaid = other;
  if (priorOther !== undefined) req.priorOtherSelfPaid = priorOther;
  const limit = v('otherSelfPaidLimit');
  if (limit !== undefined) req.otherSelfPaidLimit = limit;
  try {
    const r = calculate(req);
    return { payout: r.payout, yearToDatePayout: r.yearToDatePayout, threshold: r.threshold, capApplied: String(r.cap.applied), error: '' };
  } catch (e) {
    const error = e instanceof DbbxInputError ? e.issues.map((i) => `${i.field}: ${lang === 'en' ? i.en : i.zh}`).join('; ') : String(e);
    return { payout: '', yearToDatePayout: '', threshold: '', capApplied: '', error };
  }
}

/**
 * One parsed row: the compiled rule when the row reads cleanly, and the engine itself whenever anything is off
 * (so an error is the engine's own message, never a second opinion).
 */
export function calculateRow(v: (k: Field) => string | undefined, rules: Map<string, CompiledRule | string>, lang: Lang): RowOut {
  const region = v('region') ?? '';
  const date = v('date') ?? '';
  const scheme = (v('scheme') ?? 'resident') as Scheme;
  const group = v('group') as Group | undefined;
  const key = `${region}|${date}|${scheme}|${group ?? ''}`;
  let rule = rules.get(key);
  if (rule === undefined) {
    try { rule = compileRule(region, date, scheme, group); } catch (e) { rule = e instanceof DbbxInputError ? 'slow' : String(e); }
    if (rules.size > 10_000) rules.clear();
    rules.set(key, rule);
  }
  // A tendered limit on other costs (Xinbei) is the engine's to apply, and to refuse where a policy has none.
  if (v('otherSelfPaidLimit') !== undefined) return engineRow(v, lang);
  const amounts = FIELDS.slice(4, 8).map((k) => v(k));
  const fen = amounts.map((a, i) => {
    if (a === undefined) return i === 0 ? NaN : 0;
    const r = parseAmountField(a, FIELDS[4 + i]!, { zh: '', en: '' });
    return r.ok ? r.value.times(100).toNumber() : NaN;
  });
  const [self, prior, other, priorOther] = fen as [number, number, number, number];
  // Anything unusual (an unknown group, a bad amount, a prior above the total, other costs where the policy has
  // none) goes to the engine, whose message is the one a person should read.
  const fastOk = typeof rule !== 'string' && (group === undefined || GROUPS.includes(group)) && !fen.some(Number.isNaN)
    && prior <= self && priorOther <= other && (rule.other !== null || (other === 0 && priorOther === 0));
  if (fastOk && typeof rule !== 'string') {
    const now = rule.ytdFen(self, other);
    const before = rule.ytdFen(prior, priorOther);
    return { payout: fenToYuan(now - before), yearToDatePayout: fenToYuan(now), threshold: fenToYuan(rule.thresholdFen), capApplied: String(rule.capApplied(self)), error: '' };
  }
  return engineRow(v, lang);
}

// ---- the byte path ------------------------------------------------------------------------------------

interface CachedRule {
  /** The region, date, scheme and group bytes this rule was compiled for (after flag defaults). */
  parts: Uint8Array[];
  rule: CompiledRule | null;
  /** ",threshold," as bytes, written after the two payouts. */
  threshold: Uint8Array;
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
  utf8: TextDecoder;
  scratch: Uint8Array;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * The byte path for a header, or null when the header itself is unusual (a quote, a space, an empty or repeated
 * name, or one of the output columns, which the slow path fills in place): then every line takes the slow path.
 */
export function fastPathFor(header: string[], defaults: Partial<Record<Field, string>>): FastPath | null {
  if (new Set(header).size !== header.length) return null;
  if (header.some((h) => h === '' || !/^[^\s",]+$/.test(h) || (OUT as readonly string[]).includes(h))) return null;
  const def = FIELDS.slice(0, 4).map((f) => enc.encode(defaults[f] ?? ''));
  return {
    columns: header.length,
    at: Int32Array.from(FIELDS, (f) => header.indexOf(f)),
    defaults: def,
    starts: new Int32Array(header.length + 1),
    keyStart: new Int32Array(4),
    keyEnd: new Int32Array(4),
    keySrc: [...def],
    rules: [],
    utf8: new TextDecoder('utf-8', { fatal: true }),
    scratch: new Uint8Array(1 << 16),
  };
}

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
  let rule: CompiledRule | null = null;
  try {
    const [region, date, scheme, group] = parts.map((p) => fp.utf8.decode(p)) as [string, string, string, string];
    rule = compileRule(region, date, (scheme || 'resident') as Scheme, group ? group as Group : undefined);
  } catch { rule = null; }
  const entry = { parts, rule, threshold: enc.encode(rule ? `,${fenToYuan(rule.thresholdFen)},` : ',,') };
  // A handful of rules per file is usual; a file cycling through hundreds keeps only the latest.
  if (rules.length >= 64) rules.shift();
  rules.push(entry);
  return entry;
}

const TRUE = enc.encode('true,\n');
const FALSE = enc.encode('false,\n');

/**
 * Writes the output line for input line `bytes[start, end)` (no line ending) into `out` at `pos`: the line
 * itself, then ",payout,yearToDatePayout,threshold,capApplied,\n". Returns the position after it, or -1 when
 * the slow path must read the line (nothing useful is written then). `out` needs end − start + 64 bytes free.
 * Two guards: the line must be plain (every byte visible, no quote, valid UTF-8, as many fields as the header),
 * and the amounts plain digits; then the row must be one the compiled rule answers exactly as calculate() would.
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
  if (high) {
    // csv-parse trims a field's end with String.prototype.trimEnd, which also takes Unicode spaces (U+3000,
    // U+00A0, U+FEFF …): a line with any of them is the slow path's.
    let text: string;
    try { text = fp.utf8.decode(bytes.subarray(start, end)); } catch { return -1; }
    if (/\s/.test(text)) return -1;
  }
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
  return o;
}

/**
 * The columns the byte path appends to one line (",payout,yearToDatePayout,threshold,capApplied,"), or null
 * when the slow path must read it: fastRowInto as text, for tests.
 */
export function fastRow(fp: FastPath, bytes: Uint8Array, start: number, end: number): string | null {
  if (fp.scratch.length < end - start + 64) fp.scratch = new Uint8Array(end - start + 64);
  const o = fastRowInto(fp, bytes, start, end, fp.scratch, 0);
  return o < 0 ? null : dec.decode(fp.scratch.subarray(end - start, o - 1));
}
