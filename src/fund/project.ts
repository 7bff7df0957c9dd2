// What a fund pays over a population: the policy as published and a what-if edit of it, side by side. Each
// person goes through the compiled integer rule; sums are kept exact (whole 分, flushed to BigInt before a
// double could lose a unit), and only the final ratios are decimal.js divisions.
import { Decimal } from '../engine/decimal.js';
import { parseAmountField } from '../engine/amount.js';
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { GROUPS, type Amount, type Group, type Scheme } from '../engine/types.js';
import { compileRule, type CompiledRule, type PolicyEdit } from './compile.js';

/** People as columns (typed arrays for millions): whole 分 per person. */
export interface Population {
  /** Each person's year-to-date compliant burden, in 分. */
  burdenFen: ArrayLike<number>;
  /** Each person's other in-scope self-paid (Xinbei), in 分. */
  otherFen?: ArrayLike<number>;
  /** Each person's group, as an index into GROUPS (0 = general). */
  group?: ArrayLike<number>;
  /** Each person's scheme: 0 resident, 1 employee (default: the request's scheme). */
  scheme?: ArrayLike<number>;
}

export interface ProjectionRequest {
  region: string;
  /** A date in the year projected; picks the policy version (and overlays). */
  date: string;
  scheme: Scheme;
  population: Population;
  /** Everyone insured (people with no burden pay premium too); default: the population's size. */
  insured?: number;
  /** 元 per insured person per year. */
  premiumPerPerson: Amount;
  /** Target margin of premium over payout, e.g. '0.04' for 4%; gives the premium per person that meets it. */
  targetMargin?: string;
  /** A what-if edit of the published rule, projected beside it. */
  edit?: PolicyEdit;
}

export interface GroupFigures { people: number; payout: string }

export interface ProjectionFigures {
  /** 元 */
  totalPayout: string;
  /** 元 per tier (before any payout cap), and what a cap took off. */
  byTier: string[];
  capCut: string;
  otherPayout: string;
  byGroup: Partial<Record<Group, GroupFigures>>;
  people: number;
  peopleAboveThreshold: number;
  peopleAtCap: number;
  premiumIncome: string;
  /** payout / premium income, 4 decimals. */
  lossRatio: string;
  /** 元 per person that leaves the target margin (rounded up to 分), or null without a target. */
  premiumForMargin: string | null;
  /** The integer path ran (false: the decimal.js fallback). */
  integer: boolean;
}

export interface ProjectionResult {
  published: ProjectionFigures;
  whatIf: ProjectionFigures | null;
}

const FLUSH = 2 ** 52;

/** Accumulates one variant over any slice of the population, so a UI can work in chunks and show progress. */
export class Projector {
  private readonly rules = new Map<string, CompiledRule>();
  private readonly tierSums: number[];
  private readonly tierBig: bigint[];
  private total = 0;
  private totalBig = 0n;
  private capCut = 0;
  private capCutBig = 0n;
  private other = 0;
  private otherBig = 0n;
  // Per group (index into GROUPS): people, and payout in 分 kept exact as a number flushed into a BigInt.
  private readonly groupPeople = new Float64Array(GROUPS.length);
  private readonly groupPay = new Float64Array(GROUPS.length);
  private readonly groupPayBig: bigint[] = GROUPS.map(() => 0n);
  private people = 0;
  private above = 0;
  private atCap = 0;
  private readonly rows: Float64Array;
  private integer = true;

  constructor(private readonly req: ProjectionRequest, private readonly edit?: PolicyEdit) {
    const first = this.rule(0, req.scheme === 'employee' ? 1 : 0);
    this.tierSums = first.tiers.map(() => 0);
    this.tierBig = first.tiers.map(() => 0n);
    this.rows = new Float64Array(Math.max(8, first.tiers.length));
  }

  private rule(groupCode: number, schemeCode: number): CompiledRule {
    const key = `${groupCode}:${schemeCode}`;
    let r = this.rules.get(key);
    if (!r) {
      const group = GROUPS[groupCode] ?? 'general';
      const scheme: Scheme = schemeCode === 1 ? 'employee' : 'resident';
      r = compileRule(this.req.region, this.req.date, scheme, group, this.edit);
      this.integer &&= r.integer;
      this.rules.set(key, r);
    }
    return r;
  }

  /** Adds people [from, to) of the population; each one's payout (分) goes into `payouts[i]` when given. */
  add(from: number, to: number, payouts?: Float64Array): void {
    const { burdenFen, otherFen, group, scheme } = this.req.population;
    const defScheme = this.req.scheme === 'employee' ? 1 : 0;
    const rows = this.rows;
    let last: CompiledRule | null = null;
    let lastKey = -1;
    let gi = 0;
    for (let i = from; i < to; i++) {
      const g = group ? group[i]! : 0;
      const s = scheme ? scheme[i]! : defScheme;
      const key = g * 2 + s;
      if (key !== lastKey) { last = this.rule(g, s); lastKey = key; gi = GROUPS.indexOf(last.group); }
      const r = last!;
      const b = burdenFen[i]!;
      const o = otherFen ? otherFen[i]! : 0;
      const paid = r.ytdRowsFen(b, rows, o);
      if (payouts) payouts[i] = paid;
      let tiers = 0;
      for (let t = 0; t < r.tiers.length && t < this.tierSums.length; t++) {
        const v = rows[t]!;
        tiers += v;
        this.tierSums[t] = this.tierSums[t]! + v;
        if (this.tierSums[t]! > FLUSH) { this.tierBig[t]! += BigInt(this.tierSums[t]!); this.tierSums[t] = 0; }
      }
      let cut = 0;
      if (r.capKind === 'payout' && r.capFen >= 0 && tiers > r.capFen) { cut = tiers - r.capFen; this.atCap++; }
      else if (r.capKind === 'expense' && r.capFen >= 0 && b > r.capFen) this.atCap++;
      this.capCut += cut;
      this.other += paid - (tiers - cut);
      this.total += paid;
      if (this.total > FLUSH) { this.totalBig += BigInt(this.total); this.total = 0; }
      if (this.capCut > FLUSH) { this.capCutBig += BigInt(this.capCut); this.capCut = 0; }
      if (this.other > FLUSH) { this.otherBig += BigInt(this.other); this.other = 0; }
      if (b > r.thresholdFen) this.above++;
      this.groupPeople[gi]!++;
      this.groupPay[gi]! += paid;
      if (this.groupPay[gi]! > FLUSH) { this.groupPayBig[gi]! += BigInt(this.groupPay[gi]!); this.groupPay[gi] = 0; }
      this.people++;
    }
  }

  result(): ProjectionFigures {
    const yuan = (fen: bigint) => new Decimal(fen.toString()).dividedBy(100).toFixed(2);
    const total = this.totalBig + BigInt(this.total);
    const insured = this.req.insured ?? this.req.population.burdenFen.length;
    const premium = new Decimal(parsePremium(this.req.premiumPerPerson));
    const income = premium.times(insured);
    let premiumForMargin: string | null = null;
    if (this.req.targetMargin !== undefined) {
      const m = new Decimal(this.req.targetMargin);
      // payout ≤ (1 − m) × premium × insured → premium ≥ payout / ((1 − m) × insured), up to the 分.
      premiumForMargin = insured > 0
        ? new Decimal(total.toString()).dividedBy(100).dividedBy(new Decimal(1).minus(m).times(insured))
            .toDecimalPlaces(2, Decimal.ROUND_UP).toFixed(2)
        : null;
    }
    const byGroup: Partial<Record<Group, GroupFigures>> = {};
    GROUPS.forEach((g, i) => {
      if (this.groupPeople[i]) byGroup[g] = { people: this.groupPeople[i]!, payout: yuan(this.groupPayBig[i]! + BigInt(this.groupPay[i]!)) };
    });
    return {
      totalPayout: yuan(total),
      byTier: this.tierSums.map((v, t) => yuan(this.tierBig[t]! + BigInt(v))),
      capCut: yuan(this.capCutBig + BigInt(this.capCut)),
      otherPayout: yuan(this.otherBig + BigInt(this.other)),
      byGroup,
      people: this.people,
      peopleAboveThreshold: this.above,
      peopleAtCap: this.atCap,
      premiumIncome: income.toFixed(2),
      lossRatio: income.isZero() ? '0.0000' : new Decimal(total.toString()).dividedBy(100).dividedBy(income).toFixed(4),
      premiumForMargin,
      integer: this.integer,
    };
  }
}

function parsePremium(p: Amount): string {
  const r = parseAmountField(p, 'premiumPerPerson', { zh: '人均保费', en: 'Premium per person' });
  if (!r.ok) throw new DbbxInputError([r.issue]);
  return r.value.toFixed(2);
}

/** Checks the request once, so a bad file or parameter is one clear error, not a failure mid-way. */
export function checkProjection(req: ProjectionRequest): void {
  const issues: InputIssue[] = [];
  const n = req.population?.burdenFen?.length ?? -1;
  if (n < 0) issues.push(issue('population', 'required', '请提供人员费用数据。', 'Please give the population.'));
  const premium = parseAmountField(req.premiumPerPerson, 'premiumPerPerson', { zh: '人均保费', en: 'Premium per person' });
  if (!premium.ok) issues.push(premium.issue);
  if (req.insured !== undefined && (!Number.isInteger(req.insured) || req.insured < Math.max(n, 0))) {
    issues.push(issue('insured', 'bad-insured', `参保人数应为不少于费用人数（${n}）的整数。`, `The insured count must be a whole number of at least the people given (${n}).`));
  }
  if (req.targetMargin !== undefined && (!/^0?\.\d+$|^0$/.test(req.targetMargin))) {
    issues.push(issue('targetMargin', 'bad-margin', '目标结余率应为 0 到 1 之间的小数，如 0.04。', 'The target margin should be a decimal below 1, e.g. 0.04.'));
  }
  for (const [k, col] of Object.entries(req.population ?? {})) {
    if (col && col.length !== n) issues.push(issue(`population.${k}`, 'length', `“${k}”的人数与费用列不一致。`, `Column "${k}" has a different number of people.`));
  }
  if (issues.length) throw new DbbxInputError(issues);
}

/** The published rule and (if given) the what-if edit, over the whole population. */
export function projectFund(req: ProjectionRequest): ProjectionResult {
  checkProjection(req);
  const n = req.population.burdenFen.length;
  const published = new Projector(req);
  published.add(0, n);
  let whatIf: ProjectionFigures | null = null;
  if (req.edit) {
    const p = new Projector(req, req.edit);
    p.add(0, n);
    whatIf = p.result();
  }
  return { published: published.result(), whatIf };
}
