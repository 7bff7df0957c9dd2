// A policy rule compiled to integer arithmetic, for evaluating millions of people without a decimal.js
// object per person. Amounts are whole 分; each ratio is an exact numerator over a power of ten; a row is
// rounded half-up as floor((2·base·num + den) / (2·den)), which is exact while every intermediate stays below
// 2^53 — checked when compiling. A rule that would break that bound runs the same steps in decimal.js
// instead: never floats. Tests prove both paths give the engine's figure to the 分.
//
// Every integer rule is also laid out as typed rule data (a Float64Array, same layout for every rule) and
// evaluated by one shared function. One function for every rule keeps the JIT's fast path when a process
// compiles several rules; a closure per rule made each call site polymorphic and halved the speed.
import { Decimal, ZERO, toFen, type Decimal as D } from '../engine/decimal.js';
import { MAX_AMOUNT, parseAmountField } from '../engine/amount.js';
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { resolution, effectiveRule, recognisedGroups, defaultGroup, type Resolution } from '../engine/resolve.js';
import type { SchemeRule } from '../policies/schema.js';
import { isIsoDate } from '../engine/dates.js';
import { isGroup, isScheme, groupChoiceIssue, schemeChoiceIssue } from '../engine/choices.js';
import type { Amount, Group, Scheme } from '../engine/types.js';

/** A what-if edit of the published rule (absolute figures, as the documents write them). */
export interface PolicyEdit {
  /** New threshold (元); the first band starts there. */
  threshold?: Amount;
  /** New ratio for each tier, in order (decimal strings, e.g. '0.6'); omitted or '' keeps a tier's ratio. */
  ratios?: (string | null | undefined)[];
  /** New cap amount (元) of the rule's cap kind, or null to remove the cap. */
  cap?: Amount | null;
}

export interface CompiledRule {
  region: string;
  scheme: Scheme;
  group: Group;
  /** True when the integer path is exact for every amount up to the engine's 1亿 limit. */
  integer: boolean;
  thresholdFen: number;
  /** Tier bounds in 分 (Infinity = open), ratio as num / den. */
  tiers: { fromFen: number; toFen: number; num: number; den: number }[];
  capKind: 'none' | 'payout' | 'expense';
  /** -1 = no cap amount. */
  capFen: number;
  other: { num: number; den: number; limitFen: number } | null;
  /** The rule as typed data for ruleFen / ruleBatch (null when the decimal.js steps run instead). */
  data: Float64Array | null;
  /** The year-to-date payout in 分 for a year-to-date burden (and other self-paid) in 分. */
  ytdFen(burdenFen: number, otherFen?: number): number;
  /** The same for many people: `out[i]` = payout for `burdenFen[i]` (and `otherFen[i]`). */
  payoutsFen(burdenFen: ArrayLike<number>, out: Float64Array, otherFen?: ArrayLike<number>): void;
  /** The same with each tier's own amount written into `rows` (length tiers.length). */
  ytdRowsFen(burdenFen: number, rows: Float64Array, otherFen?: number): number;
  /** Whether the cap bites at this year-to-date burden (as CalculationResult.cap.applied). */
  capApplied(burdenFen: number): boolean;
}

const SAFE = Number.MAX_SAFE_INTEGER;
/** The engine's 1亿元 limit, in 分: the largest burden any path accepts. */
export const MAX_FEN = MAX_AMOUNT.times(100).toNumber();

// ---- typed rule data ----------------------------------------------------------------------------------
// Header, then one record per band. Bands cover every burden from 0 up, in order, without gaps: below the
// threshold, and between two tiers that do not meet, a band with ratio 0 pays nothing.
//   [0] band count  [1] expense limit (Infinity: none)  [2] payout cap (Infinity: none)
//   [3] other ratio num (0: no other costs)  [4] its den  [5] 2·den  [6] other limit (Infinity: none)
//   [7] the threshold  [8..11] where bands 1–4 start (Infinity past the last band)
//   band k at 12 + 5k: where it starts, ratio num, den, 2·den, and `before`: the sum of every lower band's full
//   amount, each rounded as the engine rounds a row.
// A burden x is in band c = the number of band starts below it; it is paid before_c + round((x − start_c) ×
// ratio_c): one rounded product, exactly the engine's row-by-row sum, because every lower row is full and every
// higher row is zero. c is counted by comparisons, not branches: a random population mispredicts a search.
export const BAND0 = 12;
export const STRIDE = 5;

// Half-up rounding of base × num / den, in whole 分: a = 2·base·num + den is an integer below 2^53 − 2·den
// (checked when compiling), so a / (2·den) = k + f/(2·den) with 0 ≤ f < 2·den rounds to a double below k + 1
// (the gap, ≥ 1/(2·den), is more than half a unit in the last place of k + 1 while (k+1)·2·den ≤ a + 2·den <
// 2^53), and Math.floor gives the true quotient.

/** A comparison as 0 or 1 (the JIT keeps it a flag, no branch). */
export const bit = (b: boolean): number => (b as unknown as number) | 0;

/** Which band a (counted) burden ends in, as the offset of its record. */
function bandAt(d: Float64Array, x: number): number {
  let c = (bit(x > d[8]!) + bit(x > d[9]!) + bit(x > d[10]!) + bit(x > d[11]!)) | 0;
  const nb = d[0]!;
  // More than five bands (no built-in policy has them): the rest are counted the same way.
  for (let j = 5; j < nb; j++) c = (c + bit(x > d[BAND0 + STRIDE * j]!)) | 0;
  return BAND0 + STRIDE * c;
}

/** The payout (分) for a year-to-date burden and other self-paid costs, by the typed rule data. */
export function ruleFen(d: Float64Array, burdenFen: number, otherFen: number): number {
  const x = burdenFen > d[1]! ? d[1]! : burdenFen;
  const k = bandAt(d, x);
  let total = d[k + 4]! + Math.floor((2 * (x - d[k]!) * d[k + 1]! + d[k + 2]!) / d[k + 3]!);
  if (total > d[2]!) total = d[2]!;
  if (otherFen > 0 && d[3]! > 0) {
    let y = Math.floor((2 * otherFen * d[3]! + d[4]!) / d[5]!);
    if (y > d[6]!) y = d[6]!;
    total += y;
  }
  return total;
}

/** The tiers' total before a payout cap (whether the cap bites). */
function tiersFen(d: Float64Array, burdenFen: number): number {
  const x = burdenFen > d[1]! ? d[1]! : burdenFen;
  const k = bandAt(d, x);
  return d[k + 4]! + Math.floor((2 * (x - d[k]!) * d[k + 1]! + d[k + 2]!) / d[k + 3]!);
}

/** A whole 分 amount the engine would accept (0 to 1亿元). NaN, fractions and negatives are not. */
export const isFen = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= MAX_FEN && Math.floor(v) === v;

export function badFen(field: string, v: unknown): InputIssue {
  return issue(field, 'bad-fen', `“${String(v)}”不是有效的金额：应为 0 到 1 亿元之间的整数分。`,
    `"${String(v)}" is not a valid amount: whole 分 from 0 to 100,000,000 yuan.`);
}

/**
 * The shared batch loop: `out[i]` = payout (分) of person i, for every rule compiled to typed data. Refuses
 * (DbbxInputError naming the index) any burden that is not whole 分 within the engine's limit.
 */
export function ruleBatch(d: Float64Array, burdenFen: ArrayLike<number>, out: Float64Array, otherFen?: ArrayLike<number>): void {
  const n = burdenFen.length;
  if (out.length < n) throw new DbbxInputError([issue('out', 'length', '结果数组比人数短。', 'The output array is shorter than the population.')]);
  if (otherFen && otherFen.length !== n) throw new DbbxInputError([issue('otherFen', 'length', '其他自付费用的人数与费用列不一致。', 'otherFen has a different number of people.')]);
  // ruleFen's steps with the header read once (the loop is the hot path of projections and batches).
  const ec = d[1]!;
  const pc = d[2]!;
  const s1 = d[8]!;
  const s2 = d[9]!;
  const s3 = d[10]!;
  const s4 = d[11]!;
  const nb = d[0]!;
  const onum = otherFen ? d[3]! : 0;
  for (let i = 0; i < n; i++) {
    const b = burdenFen[i]!;
    if (!(b >= 0 && b <= MAX_FEN && Math.floor(b) === b)) throw new DbbxInputError([badFen(`burdenFen[${i}]`, b)]);
    const x = b > ec ? ec : b;
    let c = (bit(x > s1) + bit(x > s2) + bit(x > s3) + bit(x > s4)) | 0;
    for (let j = 5; j < nb; j++) c = (c + bit(x > d[BAND0 + STRIDE * j]!)) | 0;
    const k = BAND0 + STRIDE * c;
    let total = d[k + 4]! + Math.floor((2 * (x - d[k]!) * d[k + 1]! + d[k + 2]!) / d[k + 3]!);
    if (total > pc) total = pc;
    if (onum > 0) {
      const o = otherFen![i]!;
      if (!(o >= 0 && o <= MAX_FEN && Math.floor(o) === o)) throw new DbbxInputError([badFen(`otherFen[${i}]`, o)]);
      if (o > 0) {
        let y = Math.floor((2 * o * onum + d[4]!) / d[5]!);
        if (y > d[6]!) y = d[6]!;
        total += y;
      }
    }
    out[i] = total;
  }
}

function fraction(r: D): { num: number; den: number } {
  const places = r.decimalPlaces();
  const den = 10 ** places;
  return { num: r.times(den).toNumber(), den };
}

function fen(d: D): number {
  return d.times(100).toNumber();
}

const RATIO = /^\d+(\.\d+)?$/;

/**
 * Applies a what-if edit to the document's own (general) figures, before group rules and overlays: an edited
 * threshold of 8,000 gives Jiangyin's 医疗救助对象 4,000 and Guangdong's 低保 2,400, as the published rule
 * would. Every edited figure is checked like a request's amounts.
 */
function editScheme(rule: SchemeRule, edit: PolicyEdit | undefined, issues: InputIssue[]): SchemeRule {
  if (edit === undefined || edit === null) return rule;
  if (typeof edit !== 'object' || Array.isArray(edit)) {
    issues.push(issue('edit', 'bad-edit', '政策调整应为对象（起付标准、比例、封顶线）。', 'The edit should be an object (threshold, ratios, cap).'));
    return rule;
  }
  const tiers = rule.tiers.map((t) => ({ ...t }));
  let threshold = rule.threshold;
  let cap: SchemeRule['cap'] = rule.cap;
  if (edit.threshold !== undefined && edit.threshold !== '') {
    const r = parseAmountField(edit.threshold, 'edit.threshold', { zh: '起付标准', en: 'Threshold' });
    if (!r.ok) issues.push(r.issue);
    else {
      const firstTo = tiers[0]?.to;
      if (firstTo && !r.value.lessThan(firstTo)) {
        issues.push(issue('edit.threshold', 'threshold-above-band', `起付标准应低于第一个报销段的上限 ${new Decimal(firstTo).toFixed(2)} 元。`,
          `The threshold must be below the first band's upper limit, ${new Decimal(firstTo).toFixed(2)} yuan.`));
      }
      threshold = { ...threshold, amount: r.value.toString() };
      tiers[0] = { ...tiers[0]!, from: r.value.toString() };
    }
  }
  const ratios: unknown = edit.ratios;
  if (ratios !== undefined && ratios !== null && !Array.isArray(ratios)) {
    // A string here ("0.6,0.7") would be read character by character: refuse it instead.
    issues.push(issue('edit.ratios', 'bad-ratios', '各报销段比例应为列表，每段一个小数，如 ["0.6", "0.7"]。',
      'Tier ratios should be a list, one decimal per tier, e.g. ["0.6", "0.7"].'));
  }
  (Array.isArray(ratios) ? ratios as unknown[] : []).forEach((text, i) => {
    if (text === undefined || text === null || text === '' || !tiers[i]) return;
    const s = typeof text === 'number' && Number.isFinite(text) ? String(text) : text;
    if (typeof s !== 'string' || !RATIO.test(s) || new Decimal(s).greaterThan(1)) {
      issues.push(issue(`edit.ratios[${i}]`, 'bad-ratio', `第 ${i + 1} 个报销段的比例应为 0 到 1 之间的小数，如 0.6。`,
        `Tier ${i + 1}'s ratio should be a decimal from 0 to 1, e.g. 0.6.`));
      return;
    }
    tiers[i] = { ...tiers[i]!, ratio: s };
  });
  if (edit.cap !== undefined) {
    if (edit.cap === null || edit.cap === '') cap = { kind: 'none', citation: rule.cap.citation };
    else {
      const r = parseAmountField(edit.cap, 'edit.cap', { zh: '封顶线', en: 'Cap' });
      if (!r.ok) issues.push(r.issue);
      else cap = { kind: rule.cap.kind === 'expense' ? 'expense' : 'payout', amount: r.value.toString(), citation: rule.cap.citation };
    }
  }
  return { ...rule, threshold, tiers, cap };
}

/** Checks the shape of a compile request: every bad field at once, named. */
function checkRequest(region: unknown, date: unknown, scheme: unknown, group: unknown, mode: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (typeof region !== 'string' || !/^\d{6}$/.test(region)) {
    issues.push(issue('region', 'bad-region', '地区应为 6 位行政区划代码，例如宁波市 330200。', 'Region should be a 6-digit GB/T 2260 code, e.g. 330200 for Ningbo.'));
  }
  if (!isIsoDate(date)) {
    issues.push(issue('date', 'bad-date', `日期“${String(date)}”不是有效日期（YYYY-MM-DD）。`, `"${String(date)}" is not a valid date (YYYY-MM-DD).`));
  }
  if (!isScheme(scheme)) issues.push(schemeChoiceIssue(scheme));
  if (group !== undefined && !isGroup(group)) issues.push(groupChoiceIssue(group));
  if (mode !== 'auto' && mode !== 'decimal') {
    issues.push(issue('mode', 'bad-mode', '计算方式应为 auto 或 decimal。', 'The mode should be auto or decimal.'));
  }
  return issues;
}

/** The policy version, scheme and group a compile request resolves to (throws DbbxInputError otherwise). */
export function resolveForCompile(region: string, date: string, scheme: Scheme, group?: Group): { res: Resolution; group: Group } {
  const res = resolution(region, date, scheme);
  if ('field' in res) throw new DbbxInputError([res]);
  const g = group ?? defaultGroup(res);
  if (res.rule.eligibleGroups && !res.rule.eligibleGroups.groups.includes(g)) {
    throw new DbbxInputError([issue('group', 'group-not-covered', `${res.city.document.no}不覆盖这一人群。`, `${res.city.document.no} does not cover this group.`)]);
  }
  return { res, group: g };
}

/**
 * Compiles the rule in force for a region, date, scheme and group (overlays applied), optionally edited.
 * Throws DbbxInputError for a malformed region, date, scheme, group or edit, an unknown region, a date no
 * version covers, or a scheme or group the policy does not cover.
 */
export function compileRule(
  region: string, date: string, scheme: Scheme, group?: Group, edit?: PolicyEdit,
  /** 'decimal' forces the decimal.js steps (the benchmark's reference and the fallback); default: fastest exact. */
  mode: 'auto' | 'decimal' = 'auto',
): CompiledRule {
  const shape = checkRequest(region, date, scheme, group, mode);
  if (shape.length) throw new DbbxInputError(shape);
  const { res, group: g } = resolveForCompile(region, date, scheme, group);
  const issues: InputIssue[] = [];
  const effective = recognisedGroups(res).includes(g) ? g : 'general';
  const edited = { ...res, rule: editScheme(res.rule, edit, issues) };
  if (issues.length) throw new DbbxInputError(issues);
  const rule = effectiveRule(edited, effective);

  const tiers = rule.tiers.map((t) => ({
    fromFen: fen(t.from), toFen: t.to === null ? Infinity : fen(t.to), ...fraction(t.ratio),
  }));
  const o = edited.rule.otherSelfPaid;
  const other = o ? { ...fraction(new Decimal(o.ratio)), limitFen: o.limit.amount === null ? -1 : fen(new Decimal(o.limit.amount)) } : null;
  const capFen = rule.cap.kind === 'none' || !rule.cap.amount ? -1 : fen(rule.cap.amount);
  const capKind = rule.cap.kind;
  // Exact while 2·base·num + 3·den stays a safe integer for any base up to the engine's limit (see ruleFen).
  const fits = (f: { num: number; den: number }) => Number.isSafeInteger(f.num) && 2 * MAX_FEN * f.num + 3 * f.den <= SAFE;
  // (one band's full amount is at most the burden limit, so `before` stays exact too.)
  // The banded layout needs bands in order that do not overlap; a tier that can pay nothing is left out.
  const bands = tiers.filter((t) => t.toFen > t.fromFen);
  const ordered = bands.every((t, i) => i === 0 || t.fromFen >= bands[i - 1]!.toFen);
  const integer = mode !== 'decimal' && tiers.every(fits) && (!other || fits(other)) && ordered;

  let data: Float64Array | null = null;
  if (integer) {
    // Bands from 0: a ratio-0 band below the first tier and in any gap between tiers.
    const filled: { from: number; num: number; den: number; full: number }[] = [];
    let at = 0;
    for (const t of bands) {
      if (t.fromFen > at) filled.push({ from: at, num: 0, den: 1, full: 0 });
      filled.push({ from: t.fromFen, num: t.num, den: t.den, full: Number.isFinite(t.toFen) ? Math.floor((2 * (t.toFen - t.fromFen) * t.num + t.den) / (2 * t.den)) : 0 });
      at = t.toFen;
    }
    if (Number.isFinite(at)) filled.push({ from: at, num: 0, den: 1, full: 0 });
    data = new Float64Array(BAND0 + STRIDE * filled.length);
    data[0] = filled.length;
    data[1] = capKind === 'expense' && capFen >= 0 ? capFen : Infinity;
    data[2] = capKind === 'payout' && capFen >= 0 ? capFen : Infinity;
    data[3] = other ? other.num : 0;
    data[4] = other ? other.den : 1;
    data[5] = other ? 2 * other.den : 2;
    data[6] = other && other.limitFen >= 0 ? other.limitFen : Infinity;
    data[7] = fen(rule.threshold);
    for (let j = 1; j <= 4; j++) data[7 + j] = filled[j]?.from ?? Infinity;
    let before = 0;
    filled.forEach((t, k) => {
      const o = BAND0 + STRIDE * k;
      data![o] = t.from; data![o + 1] = t.num; data![o + 2] = t.den; data![o + 3] = 2 * t.den; data![o + 4] = before;
      before += t.full;
    });
  }

  const n = tiers.length;
  const lo = Float64Array.from(tiers, (t) => t.fromFen);
  const hi = Float64Array.from(tiers, (t) => t.toFen);
  const num = Float64Array.from(tiers, (t) => t.num);
  const den2 = Float64Array.from(tiers, (t) => 2 * t.den);
  const den = Float64Array.from(tiers, (t) => t.den);
  const expenseCap = capKind === 'expense' ? capFen : -1;
  const payoutCap = capKind === 'payout' ? capFen : -1;

  // Each tier's own row, for a breakdown by tier (the banded data gives only the total).
  const integerRows = (burdenFen: number, rows: Float64Array | null, otherFen: number): number => {
    const counted = expenseCap >= 0 && burdenFen > expenseCap ? expenseCap : burdenFen;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const top = counted < hi[i]! ? counted : hi[i]!;
      let amount = 0;
      if (top > lo[i]!) amount = Math.floor((2 * (top - lo[i]!) * num[i]! + den[i]!) / den2[i]!);
      if (rows) rows[i] = amount;
      total += amount;
    }
    if (payoutCap >= 0 && total > payoutCap) total = payoutCap;
    if (other && otherFen > 0) {
      let x = Math.floor((2 * otherFen * other.num + other.den) / (2 * other.den));
      if (other.limitFen >= 0 && x > other.limitFen) x = other.limitFen;
      total += x;
    }
    return total;
  };

  // The same steps in decimal.js, for a rule whose ratios are too fine for exact integers.
  const decimalRows = (burdenFen: number, rows: Float64Array | null, otherFen: number): number => {
    const b = new Decimal(burdenFen).dividedBy(100);
    const counted = capKind === 'expense' && rule.cap.amount && b.greaterThan(rule.cap.amount) ? rule.cap.amount : b;
    let total = ZERO;
    rule.tiers.forEach((t, i) => {
      const top = t.to === null ? counted : Decimal.min(t.to, counted);
      const amount = toFen(Decimal.max(top.minus(t.from), ZERO).times(t.ratio));
      if (rows) rows[i] = fen(amount);
      total = total.plus(amount);
    });
    if (capKind === 'payout' && rule.cap.amount && total.greaterThan(rule.cap.amount)) total = rule.cap.amount;
    if (o && otherFen > 0) {
      let x = toFen(new Decimal(otherFen).dividedBy(100).times(o.ratio));
      if (o.limit.amount !== null && x.greaterThan(o.limit.amount)) x = new Decimal(o.limit.amount);
      total = total.plus(x);
    }
    return fen(total);
  };

  const check = (b: number, o: number) => {
    if (!isFen(b)) throw new DbbxInputError([badFen('burdenFen', b)]);
    if (!isFen(o)) throw new DbbxInputError([badFen('otherFen', o)]);
  };
  const rows = integer ? integerRows : decimalRows;
  const d = data;
  return {
    region, scheme, group: effective, integer,
    thresholdFen: fen(rule.threshold), tiers, capKind, capFen, other, data,
    ytdFen: d
      ? (burdenFen, otherFen = 0) => { check(burdenFen, otherFen); return ruleFen(d, burdenFen, otherFen); }
      : (burdenFen, otherFen = 0) => { check(burdenFen, otherFen); return decimalRows(burdenFen, null, otherFen); },
    payoutsFen: (burdenFen, out, otherFen) => {
      if (d) { ruleBatch(d, burdenFen, out, otherFen); return; }
      for (let i = 0; i < burdenFen.length; i++) {
        const o = otherFen ? otherFen[i]! : 0;
        check(burdenFen[i]!, o);
        out[i] = decimalRows(burdenFen[i]!, null, o);
      }
    },
    ytdRowsFen: (burdenFen, r, otherFen = 0) => { check(burdenFen, otherFen); return rows(burdenFen, r, otherFen); },
    capApplied: (burdenFen) => {
      if (capKind === 'expense') return capFen >= 0 && burdenFen > capFen;
      if (capKind !== 'payout' || capFen < 0) return false;
      if (d) return tiersFen(d, burdenFen) > capFen;
      const r = new Float64Array(n);
      rows(burdenFen, r, 0);
      return r.reduce((a, b) => a + b, 0) > capFen;
    },
  };
}
