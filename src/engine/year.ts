// One patient's discharges in one medical-insurance year: each discharge's own payout under the cumulative
// rule, the running year-to-date figures, where the threshold is first crossed and where a cap is reached.
// Row problems are returned with the rows (a desk keeps working on the good rows); a bad row blocks the rows
// after it, whose year-to-date figures depend on it.
import { requestIssue } from './request.js';
import { Decimal, ZERO, money, type Decimal as D } from './decimal.js';
import { parseAmountField, isBlank } from './amount.js';
import { calculate } from './calculate.js';
import { issue, DbbxInputError, type InputIssue } from './errors.js';
import { isIsoDate } from './dates.js';
import { isGroup, isScheme, groupChoiceIssue, schemeChoiceIssue } from './choices.js';
import type { Amount, CalculationResult, ExcludedItem, Group, Scheme } from './types.js';

export interface Discharge {
  /** The host's own id for the row, passed back unchanged. */
  id?: string;
  /** Discharge (settlement) date, YYYY-MM-DD. */
  date: string;
  /** 元: this discharge's compliant personal burden (not year to date). */
  selfPaid: Amount;
  /** 元: this discharge's other in-scope self-paid costs (Xinbei). */
  otherSelfPaid?: Amount;
  excluded?: ExcludedItem[];
}

export interface YearRequest {
  region: string;
  scheme: Scheme;
  group?: Group;
  /** The calendar (medical-insurance) year; default: the year of the earliest valid discharge date. */
  year?: number;
  discharges: Discharge[];
  otherSelfPaidLimit?: Amount;
}

export interface DischargeResult {
  ok: true;
  id: string | null;
  /** Position in the request's list. */
  index: number;
  date: string;
  selfPaid: string;
  otherSelfPaid: string | null;
  yearToDateSelfPaid: string;
  yearToDateOtherSelfPaid: string | null;
  payout: string;
  /**
   * 元: what was actually paid in the year up to and including this discharge (the sum of the payouts). In a
   * year whose rule changes this differs from result.yearToDatePayout, which is the new rule's figure for
   * the whole year and was never paid.
   */
  yearToDatePayout: string;
  /** 元: what was actually paid in the year before this discharge. */
  paidBefore: string;
  /** 元: what the person still bears for this discharge after 大病保险: its burden (and other costs) − payout. */
  remaining: string;
  /**
   * This is the first discharge of the year whose year-to-date burden is above the threshold in force for it
   * (a threshold lowered mid-year can be crossed by a discharge that adds little).
   */
  crossesThreshold: boolean;
  /** This discharge is the one at which the cap is first applied. */
  reachesCap: boolean;
  /** The rule in force for this discharge differs from the one for the year's first discharge. */
  ruleChanged: boolean;
  result: CalculationResult;
}

/** A change of rule inside the year: from `date`, the documents in `after` apply instead of `before`. */
export interface RuleChange {
  date: string;
  before: string[];
  after: string[];
}

export interface DischargeProblem {
  ok: false;
  id: string | null;
  index: number;
  date: string;
  issues: InputIssue[];
}

export interface YearResult {
  year: number | null;
  /** In date order (equal dates keep the request's order). */
  discharges: (DischargeResult | DischargeProblem)[];
  /** 元: the year's burden over the discharges calculated. */
  totalSelfPaid: string;
  /** 元: the sum of the per-discharge payouts. */
  totalPayout: string;
  /** 元: what one claim of the year's total burden is paid on the last discharge's date (the check). */
  yearPayout: string | null;
  /** Changes of rule between the year's discharges, in date order (empty in an ordinary year). */
  ruleChanges: RuleChange[];
  issues: InputIssue[];
}

const LABELS = {
  selfPaid: { zh: '本次个人负担', en: 'This discharge\'s personal burden' },
  otherSelfPaid: { zh: '本次其他自付费用', en: 'This discharge\'s other self-paid costs' },
};

/** The request's own shape: a year that cannot be settled at all is refused whole, naming the field. */
function requestIssues(request: unknown): InputIssue[] {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return [issue('request', 'bad-request', 'settleYear 需要一个对象：{ region, scheme, group?, year?, discharges }。',
      'settleYear needs an object: { region, scheme, group?, year?, discharges }.')];
  }
  const r = request as Record<string, unknown>;
  const out: InputIssue[] = [];
  if (!Array.isArray(r.discharges)) {
    out.push(issue('discharges', 'bad-discharges', 'discharges 应为出院记录的列表。', 'discharges should be a list of discharges.'));
  }
  // A region that is no code at all (a number, null) fails every discharge alike: refused whole, not a year of
  // problems that totals 0.00.
  if (typeof r.region !== 'string' || !/^\d{6}$/.test(r.region.trim())) {
    out.push(requestIssue('region', 'bad-region', { zh: 'region（地区）', en: 'region' }));
  }
  if (!isScheme(r.scheme)) out.push(schemeChoiceIssue(r.scheme));
  if (r.group !== undefined && !isGroup(r.group)) out.push(groupChoiceIssue(r.group));
  if (r.year !== undefined && !(typeof r.year === 'number' && Number.isInteger(r.year) && r.year >= 1900 && r.year <= 9999)) {
    out.push(issue('year', 'bad-year', `year 应为四位数的年份数字，例如 2015（收到的是 ${JSON.stringify(r.year)}）。`,
      `year should be a four-digit year number such as 2015 (got ${JSON.stringify(r.year)}).`));
  }
  return out;
}

const ruleKey = (r: CalculationResult) => [r.policy.id, ...r.overlays.map((o) => o.id)].join('+');
const ruleDocs = (r: CalculationResult) => [r.policy.documentNo, ...r.overlays.map((o) => o.documentNo)];

export function settleYear(request: YearRequest): YearResult {
  const bad = requestIssues(request);
  if (bad.length) throw new DbbxInputError(bad);
  const list = request.discharges;
  const rowIssues = new Map<number, InputIssue[]>();
  const add = (i: number, x: InputIssue) => rowIssues.set(i, [...(rowIssues.get(i) ?? []), x]);

  interface Parsed { index: number; d: Discharge; self: D; other: D | null }
  const parsed: Parsed[] = [];
  list.forEach((d, index) => {
    const f = `discharges[${index}]`;
    const before = rowIssues.get(index)?.length ?? 0;
    if (!isIsoDate(d?.date)) {
      add(index, issue(`${f}.date`, 'bad-date', `第 ${index + 1} 次出院：出院日期“${String(d?.date ?? '')}”不是有效日期（YYYY-MM-DD）。`,
        `Discharge ${index + 1}: "${String(d?.date ?? '')}" is not a valid date (YYYY-MM-DD).`));
    }
    const self = parseAmountField(d?.selfPaid, `${f}.selfPaid`, LABELS.selfPaid);
    if (!self.ok) add(index, self.issue);
    let other: D | null = null;
    if (!isBlank(d?.otherSelfPaid)) {
      const o = parseAmountField(d.otherSelfPaid, `${f}.otherSelfPaid`, LABELS.otherSelfPaid);
      if (o.ok) other = o.value;
      else add(index, o.issue);
    }
    if ((rowIssues.get(index)?.length ?? 0) === before && self.ok) parsed.push({ index, d, self: self.value, other });
  });

  const year = request.year ?? (parsed.length ? Math.min(...parsed.map((p) => Number(p.d.date.slice(0, 4)))) : null);
  const inYear = parsed.filter((p) => {
    if (Number(p.d.date.slice(0, 4)) === year) return true;
    add(p.index, issue(`discharges[${p.index}].date`, 'other-year',
      `第 ${p.index + 1} 次出院（${p.d.date}）不在 ${year} 年度内：大病保险按年度累计，请另建 ${p.d.date.slice(0, 4)} 年的台账。`,
      `Discharge ${p.index + 1} (${p.d.date}) is not in ${year}: ` +
        `大病保险 accumulates by year, so start a ${p.d.date.slice(0, 4)} ledger for it.`));
    return false;
  });

  // Date order, ties in the order given; rows with bad data take their place by the date if it reads.
  const order = list.map((d, index) => ({ index, date: isIsoDate(d?.date) ? d.date : '9999-99-99' }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index);
  const byIndex = new Map(inYear.map((p) => [p.index, p]));

  const out: (DischargeResult | DischargeProblem)[] = [];
  let self = ZERO;
  let other = ZERO;
  let payoutSum = ZERO;
  let lastDate: string | null = null;
  let blockedBy: number | null = null;
  let capReached = false;
  let thresholdCrossed = false;
  let firstRule: CalculationResult | null = null;
  let lastRule: CalculationResult | null = null;
  const ruleChanges: RuleChange[] = [];
  const usesOther = inYear.some((p) => p.other !== null);

  for (const { index } of order) {
    const d = list[index]!;
    const p = byIndex.get(index);
    const problem = (issues: InputIssue[]): DischargeProblem =>
      ({ ok: false, id: d?.id ?? null, index, date: String(d?.date ?? ''), issues });
    if (!p) {
      const own = rowIssues.get(index) ?? [];
      out.push(problem(own));
      // A row from another year is refused but does not touch this year's figures; any other bad row does.
      if (!own.every((x) => x.code === 'other-year') && blockedBy === null) blockedBy = index;
      continue;
    }
    if (blockedBy !== null) {
      const x = issue(`discharges[${index}]`, 'blocked', `请先更正第 ${blockedBy + 1} 次出院：本次的年度累计取决于它。`,
        `Correct discharge ${blockedBy + 1} first: this discharge's year-to-date figures depend on it.`);
      add(index, x);
      out.push(problem([x]));
      continue;
    }
    const priorSelf = self;
    const priorOther = other;
    self = self.plus(p.self);
    other = other.plus(p.other ?? ZERO);
    let result: CalculationResult;
    try {
      result = calculate({
        region: request.region, date: p.d.date, scheme: request.scheme, ...(request.group ? { group: request.group } : {}),
        selfPaid: money(self), priorSelfPaid: money(priorSelf),
        ...(usesOther ? { otherSelfPaid: money(other), priorOtherSelfPaid: money(priorOther) } : {}),
        ...(p.d.excluded?.length ? { excluded: p.d.excluded } : {}),
        ...(request.otherSelfPaidLimit !== undefined ? { otherSelfPaidLimit: request.otherSelfPaidLimit } : {}),
      });
    } catch (e) {
      if (!(e instanceof DbbxInputError)) throw e;
      const issues = e.issues.map((x) => ({ ...x, field: `discharges[${index}].${x.field.replace(/^priorSelfPaid$/, 'selfPaid')}` }));
      issues.forEach((x) => add(index, x));
      out.push(problem(issues));
      blockedBy = index;
      self = priorSelf;
      other = priorOther;
      continue;
    }
    // Marks follow the rule in force for each discharge: the first one above its own threshold, the first
    // one its own cap cuts.
    const above = self.greaterThan(new Decimal(result.threshold));
    const crossesThreshold = above && !thresholdCrossed;
    thresholdCrossed ||= above;
    const reachesCap = !capReached && result.cap.applied;
    capReached ||= result.cap.applied;
    firstRule ??= result;
    if (lastRule && ruleKey(lastRule) !== ruleKey(result)) {
      ruleChanges.push({ date: p.d.date, before: ruleDocs(lastRule), after: ruleDocs(result) });
    }
    lastRule = result;
    const paidBefore = payoutSum;
    payoutSum = payoutSum.plus(result.payout);
    lastDate = p.d.date;
    out.push({
      ok: true, id: p.d.id ?? null, index, date: p.d.date,
      selfPaid: money(p.self), otherSelfPaid: usesOther ? money(p.other ?? ZERO) : null,
      yearToDateSelfPaid: money(self), yearToDateOtherSelfPaid: usesOther ? money(other) : null,
      payout: result.payout, yearToDatePayout: money(payoutSum), paidBefore: money(paidBefore),
      remaining: money(p.self.plus(p.other ?? ZERO).minus(result.payout)),
      crossesThreshold,
      reachesCap,
      ruleChanged: ruleKey(firstRule) !== ruleKey(result),
      result,
    });
  }

  let yearPayout: string | null = null;
  if (lastDate) {
    yearPayout = calculate({
      region: request.region, date: lastDate, scheme: request.scheme, ...(request.group ? { group: request.group } : {}),
      selfPaid: money(self), ...(usesOther ? { otherSelfPaid: money(other) } : {}),
      ...(request.otherSelfPaidLimit !== undefined ? { otherSelfPaidLimit: request.otherSelfPaidLimit } : {}),
    }).yearToDatePayout;
  }
  return {
    year,
    discharges: out,
    totalSelfPaid: money(self),
    totalPayout: money(payoutSum),
    yearPayout,
    ruleChanges,
    issues: [...rowIssues.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, v]) => v),
  };
}
