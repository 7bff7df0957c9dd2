// What a fund pays over a population: the policy as published and a what-if edit of it, side by side. Each
// person goes through the compiled integer rule; sums are kept exact (whole 分, flushed to BigInt before a
// double could lose a unit), and only the final ratios are decimal.js divisions.
import { Decimal } from '../engine/decimal.js';
import { parseAmountField } from '../engine/amount.js';
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { GROUPS, type Amount, type Group, type Scheme } from '../engine/types.js';
import { compileRule, BAND0, STRIDE, MAX_FEN, badFen, bit, isFen, type CompiledRule, type PolicyEdit } from './compile.js';

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

// People are summed in runs of at most BLOCK between exact flushes into BigInt: a payout is at most
// 2 × 1亿元 = 2·10^10 分 < 2^35, so BLOCK · 2 people of sums stay below 2^53 as doubles.
const BLOCK = 1 << 16;
// acc layout for one rule: [0] people [1] above the threshold [2] at the cap [3] total [4] cap cut [5] other,
// then per band k at 8 + 2k: people whose burden ends in band k, and the sum of their rounded partial rows.
const ACC = 8;

/**
 * The projection loop over a run of people under one rule (typed rule data, see compile.ts): each person is
 * placed in the band their burden ends in, paid that band's `before` plus one rounded partial product, and
 * counted; tier totals are rebuilt from the counts (full bands × people above them) at the end.
 */
function runBands(
  d: Float64Array, thr: number, burden: ArrayLike<number>, other: ArrayLike<number> | undefined,
  from: number, to: number, payouts: Float64Array | undefined, acc: Float64Array,
): void {
  const ec = d[1]!;
  const pc = d[2]!;
  const s1 = d[8]!;
  const s2 = d[9]!;
  const s3 = d[10]!;
  const s4 = d[11]!;
  const nb = d[0]!;
  const onum = other ? d[3]! : 0;
  const oden = d[4]!;
  const oden2 = d[5]!;
  const olim = d[6]!;
  let above = 0;
  let atCap = 0;
  let total = 0;
  let cut = 0;
  let oth = 0;
  for (let i = from; i < to; i++) {
    const b = burden[i]!;
    if (!(b >= 0 && b <= MAX_FEN && Math.floor(b) === b)) throw new DbbxInputError([badFen(`population.burdenFen[${i}]`, b)]);
    above += bit(b > thr);
    atCap += bit(b > ec);
    const x = b > ec ? ec : b;
    let c = (bit(x > s1) + bit(x > s2) + bit(x > s3) + bit(x > s4)) | 0;
    for (let j = 5; j < nb; j++) c = (c + bit(x > d[BAND0 + STRIDE * j]!)) | 0;
    const k = BAND0 + STRIDE * c;
    const part = Math.floor((2 * (x - d[k]!) * d[k + 1]! + d[k + 2]!) / d[k + 3]!);
    const j = ACC + 2 * c;
    acc[j]!++;
    acc[j + 1]! += part;
    let paid = d[k + 4]! + part;
    if (paid > pc) { cut += paid - pc; paid = pc; atCap++; }
    if (onum > 0) {
      const o = other![i]!;
      if (!(o >= 0 && o <= MAX_FEN && Math.floor(o) === o)) throw new DbbxInputError([badFen(`population.otherFen[${i}]`, o)]);
      let y = Math.floor((2 * o * onum + oden) / oden2);
      if (y > olim) y = olim;
      oth += y;
      paid += y;
    }
    total += paid;
    if (payouts) payouts[i] = paid;
  }
  acc[0]! += to - from;
  acc[1]! += above;
  acc[2]! += atCap;
  acc[3]! += total;
  acc[4]! += cut;
  acc[5]! += oth;
}

/** One rule's running figures: counts as numbers, money sums flushed into BigInt before a double could lose a 分. */
interface Slot {
  rule: CompiledRule;
  /** Index into GROUPS of the group the rule applies (an unrecognised group is paid as general). */
  gi: number;
  acc: Float64Array;
  /** Flushed money: total, cap cut, other, then each band's partial sum. */
  big: bigint[];
  /** People added since the last flush. */
  pending: number;
  /** For a rule on the decimal.js steps: each tier's own row. */
  rows: Float64Array | null;
}

/** Accumulates one variant over any slice of the population, so a UI can work in chunks and show progress. */
export class Projector {
  /** By group code × 2 + scheme code; group code GROUPS.length is "no group column" (the policy's default group). */
  private readonly slots: (Slot | undefined)[] = [];
  private readonly order: Slot[] = [];
  private readonly tierCount: number;
  private integer = true;

  constructor(private readonly req: ProjectionRequest, private readonly edit?: PolicyEdit) {
    // The first rule is the one everyone without a group column is under: the policy's own default group
    // (Xinbei covers only its assistance groups, so this must not be 'general').
    const first = this.slot(GROUPS.length, req.scheme === 'employee' ? 1 : 0);
    this.tierCount = first.rule.tiers.length;
  }

  private slot(groupCode: number, schemeCode: number): Slot {
    const key = groupCode * 2 + schemeCode;
    let s = this.slots[key];
    if (!s) {
      if (!(Number.isInteger(groupCode) && groupCode >= 0 && groupCode <= GROUPS.length && (schemeCode === 0 || schemeCode === 1))) {
        throw new DbbxInputError([issue('population', 'bad-code', `人群代码 ${groupCode} 或险种代码 ${schemeCode} 无效。`, `Group code ${groupCode} or scheme code ${schemeCode} is not valid.`)]);
      }
      const group = groupCode === GROUPS.length ? undefined : GROUPS[groupCode];
      const scheme: Scheme = schemeCode === 1 ? 'employee' : 'resident';
      const rule = compileRule(this.req.region, this.req.date, scheme, group, this.edit);
      this.integer &&= rule.integer;
      const nb = rule.data ? rule.data[0]! : 0;
      s = {
        rule, gi: GROUPS.indexOf(rule.group), acc: new Float64Array(ACC + 2 * nb), big: new Array<bigint>(3 + nb).fill(0n),
        pending: 0, rows: rule.data ? null : new Float64Array(rule.tiers.length),
      };
      if (!rule.data) s.big.push(...rule.tiers.map(() => 0n));
      this.slots[key] = s;
      this.order.push(s);
    }
    return s;
  }

  private flush(s: Slot): void {
    const a = s.acc;
    s.big[0]! += BigInt(a[3]!); s.big[1]! += BigInt(a[4]!); s.big[2]! += BigInt(a[5]!);
    a[3] = 0; a[4] = 0; a[5] = 0;
    for (let j = ACC + 1, b = 3; j < a.length; j += 2, b++) { s.big[b]! += BigInt(a[j]!); a[j] = 0; }
    s.pending = 0;
  }

  /** A run of people under one rule, in blocks small enough for exact double sums. */
  private run(s: Slot, from: number, to: number, payouts?: Float64Array): void {
    const { burdenFen, otherFen } = this.req.population;
    const d = s.rule.data;
    for (let i = from; i < to;) {
      const end = Math.min(to, i + BLOCK);
      if (d) runBands(d, s.rule.thresholdFen, burdenFen, otherFen, i, end, payouts, s.acc);
      else this.runDecimal(s, i, end, payouts);
      s.pending += end - i;
      if (s.pending >= BLOCK) this.flush(s);
      i = end;
    }
  }

  /** A rule on the decimal.js steps (a what-if ratio too fine for exact integers): row by row, exact. */
  private runDecimal(s: Slot, from: number, to: number, payouts?: Float64Array): void {
    const { burdenFen, otherFen } = this.req.population;
    const r = s.rule;
    const rows = s.rows!;
    const a = s.acc;
    for (let i = from; i < to; i++) {
      const b = burdenFen[i]!;
      const o = otherFen ? otherFen[i]! : 0;
      if (!isFen(b)) throw new DbbxInputError([badFen(`population.burdenFen[${i}]`, b)]);
      if (!isFen(o)) throw new DbbxInputError([badFen(`population.otherFen[${i}]`, o)]);
      const paid = r.ytdRowsFen(b, rows, r.other ? o : 0);
      let tiers = 0;
      rows.forEach((v, t) => { tiers += v; s.big[3 + t]! += BigInt(v); });
      let cut = 0;
      if (r.capKind === 'payout' && r.capFen >= 0 && tiers > r.capFen) { cut = tiers - r.capFen; a[2]!++; }
      else if (r.capKind === 'expense' && r.capFen >= 0 && b > r.capFen) a[2]!++;
      if (b > r.thresholdFen) a[1]!++;
      a[0]!++;
      a[3]! += paid; a[4]! += cut; a[5]! += paid - (tiers - cut);
      if (payouts) payouts[i] = paid;
    }
  }

  /** Adds people [from, to) of the population; each one's payout (分) goes into `payouts[i]` when given. */
  add(from: number, to: number, payouts?: Float64Array): void {
    const { group, scheme } = this.req.population;
    const defScheme = this.req.scheme === 'employee' ? 1 : 0;
    if (!group && !scheme) { this.run(this.slot(GROUPS.length, defScheme), from, to, payouts); return; }
    // Runs of people under the same rule go through the loop together.
    let i = from;
    while (i < to) {
      const g = group ? group[i]! : GROUPS.length;
      const s = scheme ? scheme[i]! : defScheme;
      let j = i + 1;
      while (j < to && (group ? group[j] : GROUPS.length) === g && (scheme ? scheme[j] : defScheme) === s) j++;
      this.run(this.slot(g, s), i, j, payouts);
      i = j;
    }
  }

  result(): ProjectionFigures {
    const yuan = (fen: bigint) => new Decimal(fen.toString()).dividedBy(100).toFixed(2);
    for (const s of this.order) this.flush(s);
    let total = 0n;
    let capCut = 0n;
    let other = 0n;
    let people = 0;
    let above = 0;
    let atCap = 0;
    const byTier: bigint[] = new Array<bigint>(this.tierCount).fill(0n);
    const groupPeople = GROUPS.map(() => 0);
    const groupPay = GROUPS.map(() => 0n);
    for (const s of this.order) {
      const a = s.acc;
      if (!a[0]) continue;
      total += s.big[0]!; capCut += s.big[1]!; other += s.big[2]!;
      people += a[0]!; above += a[1]!; atCap += a[2]!;
      groupPeople[s.gi]! += a[0]!;
      groupPay[s.gi]! += s.big[0]!;
      const d = s.rule.data;
      if (!d) {
        s.rule.tiers.forEach((_, t) => { if (t < this.tierCount) byTier[t]! += s.big[3 + t]!; });
        continue;
      }
      // A tier's total: the partial rows of people whose burden ends in it, plus its full amount for everyone
      // beyond it. Bands that are no tier (below the threshold, a gap) pay nothing.
      const nb = d[0]!;
      let beyond = 0;
      for (let k = nb - 1; k >= 0; k--) {
        const at = BAND0 + STRIDE * k;
        const t = s.rule.tiers.findIndex((x) => x.fromFen === d[at] && x.toFen > x.fromFen);
        const full = k + 1 < nb ? d[at + STRIDE + 4]! - d[at + 4]! : 0;
        if (t >= 0 && t < this.tierCount) byTier[t]! += s.big[3 + k]! + BigInt(full) * BigInt(beyond);
        beyond += a[ACC + 2 * k]!;
      }
    }
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
      if (groupPeople[i]) byGroup[g] = { people: groupPeople[i]!, payout: yuan(groupPay[i]!) };
    });
    return {
      totalPayout: yuan(total),
      byTier: byTier.map(yuan),
      capCut: yuan(capCut),
      otherPayout: yuan(other),
      byGroup,
      people,
      peopleAboveThreshold: above,
      peopleAtCap: atCap,
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

/** The first entry of a column that is not whole 分 within the engine's limit, as an issue (or none). */
function fenColumnIssue(col: ArrayLike<number>, field: string): InputIssue | null {
  // A typed array holds numbers only; a plain array may hold anything (a string from a file, undefined).
  const typed = ArrayBuffer.isView(col);
  for (let i = 0; i < col.length; i++) {
    const v = col[i]!;
    if (!(v >= 0 && v <= MAX_FEN && Math.floor(v) === v) || (!typed && typeof v !== 'number')) return badFen(`${field}[${i}]`, v);
  }
  return null;
}

/**
 * Checks the request once, so a bad file or parameter is one clear error, not a failure mid-way: the
 * figures, every person's amounts and codes, and every rule the population needs (with the edit).
 */
export function checkProjection(req: ProjectionRequest): void {
  const issues: InputIssue[] = [];
  const pop = req?.population;
  const n = pop && typeof pop.burdenFen?.length === 'number' ? pop.burdenFen.length : -1;
  if (n < 0) issues.push(issue('population', 'required', '请提供人员费用数据。', 'Please give the population.'));
  const premium = parseAmountField(req.premiumPerPerson, 'premiumPerPerson', { zh: '人均保费', en: 'Premium per person' });
  if (!premium.ok) issues.push(premium.issue);
  if (req.insured !== undefined && (!Number.isInteger(req.insured) || req.insured < Math.max(n, 0))) {
    issues.push(issue('insured', 'bad-insured', `参保人数应为不少于费用人数（${n}）的整数。`, `The insured count must be a whole number of at least the people given (${n}).`));
  }
  if (req.targetMargin !== undefined && (typeof req.targetMargin !== 'string' || !/^0?\.\d+$|^0$/.test(req.targetMargin))) {
    issues.push(issue('targetMargin', 'bad-margin', '目标结余率应为 0 到 1 之间的小数，如 0.04。', 'The target margin should be a decimal below 1, e.g. 0.04.'));
  }
  if (n >= 0) {
    let lengthsOk = true;
    for (const [k, col] of Object.entries(pop)) {
      if (col && (col as ArrayLike<number>).length !== n) {
        lengthsOk = false;
        issues.push(issue(`population.${k}`, 'length', `“${k}”的人数与费用列不一致。`, `Column "${k}" has a different number of people.`));
      }
    }
    const bad = [fenColumnIssue(pop.burdenFen, 'population.burdenFen'), pop.otherFen && lengthsOk ? fenColumnIssue(pop.otherFen, 'population.otherFen') : null];
    issues.push(...bad.filter((x): x is InputIssue => x !== null));
    // Which rules the population needs: group codes index GROUPS, scheme codes are 0 resident / 1 employee.
    const used = new Set<number>();
    const def = req.scheme === 'employee' ? 1 : 0;
    if (lengthsOk && (pop.group || pop.scheme)) {
      let last = -1;
      for (let i = 0; i < n; i++) {
        const g = pop.group ? pop.group[i]! : GROUPS.length;
        const s = pop.scheme ? pop.scheme[i]! : def;
        if (pop.group && !(Number.isInteger(g) && g >= 0 && g < GROUPS.length)) {
          issues.push(issue(`population.group[${i}]`, 'bad-group-code', `人群代码“${String(g)}”无效：应为 0 到 ${GROUPS.length - 1} 的整数（${GROUPS.join('、')}）。`,
            `Group code "${String(g)}" is not valid: a whole number from 0 to ${GROUPS.length - 1} (${GROUPS.join(', ')}).`));
          break;
        }
        if (pop.scheme && s !== 0 && s !== 1) {
          issues.push(issue(`population.scheme[${i}]`, 'bad-scheme-code', `险种代码“${String(s)}”无效：0 为城乡居民，1 为职工。`,
            `Scheme code "${String(s)}" is not valid: 0 resident, 1 employee.`));
          break;
        }
        const key = g * 2 + s;
        if (key !== last) { used.add(key); last = key; }
      }
    }
    if (!used.size) used.add(GROUPS.length * 2 + def);
    // Compile each needed rule now: an unknown region, a group the policy does not cover or a bad edit is
    // reported before any person is added.
    const seen = new Set<string>();
    for (const key of used) {
      const g = Math.floor(key / 2);
      const group = g === GROUPS.length ? undefined : GROUPS[g];
      for (const edit of req.edit ? [undefined, req.edit] : [undefined]) {
        try { compileRule(req.region, req.date, key % 2 === 1 ? 'employee' : 'resident', group, edit); } catch (e) {
          if (!(e instanceof DbbxInputError)) throw e;
          for (const x of e.issues) {
            const field = x.field === 'group' && group ? `population.group (${group})` : x.field;
            if (!seen.has(field + x.code)) { seen.add(field + x.code); issues.push({ ...x, field }); }
          }
        }
      }
    }
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
