// A patient thinks "this stay, plus the ones before it this year", not in year-to-date totals. These add the
// amounts a person types (each read exactly, each problem named by its own field) into the year-to-date
// figures calculate() takes, so the per-discharge form and the year-to-date form pay the same.
import { Decimal, ZERO, money } from './decimal.js';
import { parseAmountField, isBlank } from './amount.js';
import { DbbxInputError, type InputIssue } from './errors.js';
import type { Amount, Bilingual } from './types.js';

export interface AmountItem { field: string; label: Bilingual; value: Amount | null | undefined }

/** The exact sum of the amounts given (blank ones skipped), or every problem at once. */
export function sumAmounts(items: AmountItem[]): { total: string; used: string[]; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const used: string[] = [];
  let total: Decimal = ZERO;
  for (const it of items) {
    if (isBlank(it.value)) continue;
    const r = parseAmountField(it.value, it.field, it.label);
    if (r.ok) { total = total.plus(r.value); used.push(money(r.value)); } else issues.push(r.issue);
  }
  return { total: money(total), used, issues };
}

export interface DischargeEntry {
  /** 元: this discharge's compliant personal burden. */
  thisDischarge: Amount;
  /** 元: each earlier discharge of the same year (or one figure for all of them). */
  earlier?: (Amount | null | undefined)[];
  /** 元: this discharge's other in-scope self-paid costs (Xinbei). */
  thisOther?: Amount | null;
  /** 元: the same for the earlier discharges, as one figure. */
  earlierOther?: Amount | null;
}

export interface YearToDate {
  selfPaid: string;
  priorSelfPaid: string;
  otherSelfPaid: string | null;
  priorOtherSelfPaid: string | null;
  /** The amounts added, as read, for the "how we added it" line. */
  earlierUsed: string[];
}

const L = {
  thisDischarge: { zh: '本次出院的个人负担', en: 'This discharge\'s personal burden' },
  earlier: (n: number) => ({ zh: `此前第 ${n} 次出院的个人负担`, en: `Earlier discharge ${n}'s personal burden` }),
  thisOther: { zh: '本次其他自付费用', en: 'This discharge\'s other self-paid costs' },
  earlierOther: { zh: '此前各次的其他自付费用', en: 'Earlier discharges\' other self-paid costs' },
};

/** Year-to-date figures from one discharge and the ones before it; throws DbbxInputError naming each field. */
export function yearToDateFromDischarges(e: DischargeEntry): YearToDate {
  const issues: InputIssue[] = [];
  const thisOne = parseAmountField(e.thisDischarge, 'thisDischarge', L.thisDischarge);
  if (!thisOne.ok) issues.push(thisOne.issue);
  const earlier = sumAmounts((e.earlier ?? []).map((value, i) => ({ field: `earlier[${i}]`, label: L.earlier(i + 1), value })));
  issues.push(...earlier.issues);
  const other = sumAmounts([{ field: 'thisOther', label: L.thisOther, value: e.thisOther }]);
  const earlierOther = sumAmounts([{ field: 'earlierOther', label: L.earlierOther, value: e.earlierOther }]);
  issues.push(...other.issues, ...earlierOther.issues);
  if (issues.length || !thisOne.ok) throw new DbbxInputError(issues);
  const prior = new Decimal(earlier.total);
  const usesOther = !isBlank(e.thisOther) || !isBlank(e.earlierOther);
  return {
    selfPaid: money(prior.plus(thisOne.value)),
    priorSelfPaid: money(prior),
    otherSelfPaid: usesOther ? money(new Decimal(earlierOther.total).plus(other.total)) : null,
    priorOtherSelfPaid: usesOther ? earlierOther.total : null,
    earlierUsed: earlier.used,
  };
}

interface ClaimFiguresInput {
  payout: string;
  inputs: { selfPaid: string; priorSelfPaid: string; otherSelfPaid: string | null; priorOtherSelfPaid: string | null };
}

/**
 * This discharge's own burden (compliant, plus Xinbei's other costs) and what the person still bears after the
 * payout: the plain-words answer beside the payout.
 */
export function claimFigures(r: ClaimFiguresInput): { burden: string; remaining: string } {
  const i = r.inputs;
  const burden = new Decimal(i.selfPaid).minus(i.priorSelfPaid).plus(i.otherSelfPaid ?? 0).minus(i.priorOtherSelfPaid ?? 0);
  return { burden: money(burden), remaining: money(burden.minus(r.payout)) };
}

/**
 * How the year's burden splits, exactly: below the threshold (never paid), paid, and borne above the threshold
 * (other costs included); `remaining` is all the person bears in the year after the payout.
 */
export function yearSplit(r: { threshold: string; yearToDatePayout: string; inputs: { selfPaid: string; otherSelfPaid: string | null } }): {
  below: string; paid: string; unpaidAbove: string; remaining: string;
} {
  const self = new Decimal(r.inputs.selfPaid);
  const total = self.plus(r.inputs.otherSelfPaid ?? 0);
  const below = Decimal.min(self, r.threshold);
  const paid = new Decimal(r.yearToDatePayout);
  return {
    below: money(below), paid: money(paid), unpaidAbove: money(total.minus(below).minus(paid)), remaining: money(total.minus(paid)),
  };
}
