// A policy rule compiled to integer arithmetic, for evaluating millions of people without a decimal.js
// object per person. Amounts are whole 分; each ratio is an exact numerator over a power of ten; a row is
// rounded half-up as floor((2·base·num + den) / (2·den)), which is exact while every intermediate stays below
// 2^53 — checked when compiling. A rule that would break that bound runs the same steps in decimal.js
// instead: never floats. Tests prove both paths give the engine's figure to the 分.
import { Decimal, ZERO, toFen, type Decimal as D } from '../engine/decimal.js';
import { MAX_AMOUNT, parseAmountField } from '../engine/amount.js';
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { resolution, effectiveRule, recognisedGroups, defaultGroup } from '../engine/resolve.js';
import type { SchemeRule } from '../policies/schema.js';
import { isIsoDate } from '../engine/dates.js';
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
  /** The year-to-date payout in 分 for a year-to-date burden (and other self-paid) in 分. */
  ytdFen(burdenFen: number, otherFen?: number): number;
  /** The same with each tier's own amount written into `rows` (length tiers.length). */
  ytdRowsFen(burdenFen: number, rows: Float64Array, otherFen?: number): number;
  /** Whether the cap bites at this year-to-date burden (as CalculationResult.cap.applied). */
  capApplied(burdenFen: number): boolean;
}

const SAFE = Number.MAX_SAFE_INTEGER;
const MAX_FEN = MAX_AMOUNT.times(100).toNumber();

function fraction(r: D): { num: number; den: number } {
  const places = r.decimalPlaces();
  const den = 10 ** places;
  return { num: r.times(den).toNumber(), den };
}

function fen(d: D): number {
  return d.times(100).toNumber();
}

/**
 * Applies a what-if edit to the document's own (general) figures, before group rules and overlays: an edited
 * threshold of 8,000 gives Jiangyin's 医疗救助对象 4,000 and Guangdong's 低保 2,400, as the published rule
 * would. Every edited figure is checked like a request's amounts.
 */
function editScheme(rule: SchemeRule, edit: PolicyEdit | undefined, issues: InputIssue[]): SchemeRule {
  if (!edit) return rule;
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
  edit.ratios?.forEach((text, i) => {
    if (text === undefined || text === null || text === '' || !tiers[i]) return;
    if (!/^\d+(\.\d+)?$/.test(String(text)) || new Decimal(String(text)).greaterThan(1)) {
      issues.push(issue(`edit.ratios[${i}]`, 'bad-ratio', `第 ${i + 1} 个报销段的比例应为 0 到 1 之间的小数，如 0.6。`,
        `Tier ${i + 1}'s ratio should be a decimal from 0 to 1, e.g. 0.6.`));
      return;
    }
    tiers[i] = { ...tiers[i]!, ratio: String(text) };
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

/**
 * Compiles the rule in force for a region, date, scheme and group (overlays applied), optionally edited.
 * Throws DbbxInputError for an unknown region, a date no version covers, a scheme or group the policy
 * does not cover, or a bad edit.
 */
export function compileRule(
  region: string, date: string, scheme: Scheme, group?: Group, edit?: PolicyEdit,
  /** 'decimal' forces the decimal.js steps (the benchmark's reference and the fallback); default: fastest exact. */
  mode: 'auto' | 'decimal' = 'auto',
): CompiledRule {
  const issues: InputIssue[] = [];
  if (!isIsoDate(date)) {
    throw new DbbxInputError([issue('date', 'bad-date', `日期“${date}”不是有效日期（YYYY-MM-DD）。`, `"${date}" is not a valid date (YYYY-MM-DD).`)]);
  }
  const res = resolution(region, date, scheme);
  if ('field' in res) throw new DbbxInputError([res]);
  const g = group ?? defaultGroup(res);
  if (res.rule.eligibleGroups && !res.rule.eligibleGroups.groups.includes(g)) {
    throw new DbbxInputError([issue('group', 'group-not-covered', `${res.city.document.no}不覆盖这一人群。`, `${res.city.document.no} does not cover this group.`)]);
  }
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
  // Exact while 2·base·num + den stays a safe integer for any base up to the engine's limit.
  const fits = (f: { num: number; den: number }) => 2 * MAX_FEN * f.num + f.den <= SAFE && Number.isSafeInteger(f.num);
  const integer = mode !== 'decimal' && tiers.every(fits) && (!other || fits(other));

  const n = tiers.length;
  const lo = Float64Array.from(tiers, (t) => t.fromFen);
  const hi = Float64Array.from(tiers, (t) => t.toFen);
  const num = Float64Array.from(tiers, (t) => t.num);
  const den2 = Float64Array.from(tiers, (t) => 2 * t.den);
  const den = Float64Array.from(tiers, (t) => t.den);
  const expenseCap = capKind === 'expense' ? capFen : -1;
  const payoutCap = capKind === 'payout' ? capFen : -1;

  const integerRows = (burdenFen: number, rows: Float64Array | null, otherFen: number): number => {
    const counted = expenseCap >= 0 && burdenFen > expenseCap ? expenseCap : burdenFen;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const top = counted < hi[i]! ? counted : hi[i]!;
      let amount = 0;
      if (top > lo[i]!) {
        const a = 2 * (top - lo[i]!) * num[i]! + den[i]!;
        amount = (a - (a % den2[i]!)) / den2[i]!;
      }
      if (rows) rows[i] = amount;
      total += amount;
    }
    if (payoutCap >= 0 && total > payoutCap) total = payoutCap;
    if (other && otherFen > 0) {
      const a = 2 * otherFen * other.num + other.den;
      let x = (a - (a % (2 * other.den))) / (2 * other.den);
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

  const run = integer ? integerRows : decimalRows;
  return {
    region, scheme, group: effective, integer,
    thresholdFen: fen(rule.threshold), tiers, capKind, capFen, other,
    ytdFen: (burdenFen, otherFen = 0) => run(burdenFen, null, otherFen),
    ytdRowsFen: (burdenFen, rows, otherFen = 0) => run(burdenFen, rows, otherFen),
    capApplied: (burdenFen) => {
      if (capKind === 'expense') return capFen >= 0 && burdenFen > capFen;
      if (capKind !== 'payout' || capFen < 0) return false;
      const rows = new Float64Array(n);
      run(burdenFen, rows, 0);
      return rows.reduce((a, b) => a + b, 0) > capFen;
    },
  };
}
