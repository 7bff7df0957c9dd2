// What a fund pays over a population: the policy as published and a what-if edit of it, side by side. Each
// person goes through the compiled integer rule; sums are kept exact (whole 分, flushed to BigInt before a
// double could lose a unit), and only the final ratios are decimal.js divisions.
import { Decimal } from '../engine/decimal.js';
import { parseAmountField } from '../engine/amount.js';
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { GROUPS, type Amount, type Group, type Scheme } from '../engine/types.js';
import {
  compileRule, BAND0, STRIDE, MAX_FEN, FIRST_RUN, badFen, bandAt, bandPayout, batchRange, burdenBandsAt, cutPoints, isFen, otherAt,
  type CompiledRule, type PolicyEdit,
} from './compile.js';

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
// acc layout for one rule on the burden bands (m of them): [0] people [1] other costs' payout, then people per
// band at COUNT + c, each band's sum of payouts before the payout cap at COUNT + m + c, then LANES packed lanes
// (lane j at COUNT + (2 + j)·m + c) that the loops add to, person j of each turn into lane j.
const COUNT = 2;
// A packed lane counts and sums at once: each person adds v·UNIT + 1, v their payout before the payout cap. v ≤
// the burden ≤ 10^10 < 2^34 (every tier's row is at most its width: a ratio is at most 1, checked when a policy is
// registered (checks.ts) and in an edit, and a group's raise stops at 1 (resolve.ts)). A lane is unpacked after at
// most PACKED_TURNS turns (one person per lane per turn): it then holds UNIT · (its n people's payouts) + n with
// n ≤ 511 < UNIT, below 511 · (2^34 · 512 + 1) < 2^52, so every add was exact, n = lane mod UNIT and the payouts
// = (lane − n) / UNIT (a power of two: exact). One add per person instead of four counters over the comparisons.
// Eight lanes: consecutive people mostly share a band, and one running sum in memory would make each person
// wait for the previous one's store (eight people per turn measured 5–15% faster than four).
const UNIT = 512;
const PACKED_TURNS = 511;
const LANES = 8;

/**
 * The projection loop over a run of people under one rule (the burden bands, see compile.ts): each person is
 * placed in their band, paid that band's one expression, counted and summed per band. Tier totals, the cap,
 * people above the threshold and at the cap are rebuilt from the bands at the end (Projector.result).
 * Refuses the first amount that is not whole 分 within the engine's limit, by name.
 */
function runBands(
  d: Float64Array, burden: ArrayLike<number>, other: ArrayLike<number> | undefined,
  from: number, to: number, payouts: Float64Array | undefined, acc: Float64Array,
): void {
  const f = burdenBandsAt(d);
  const m = d[f]! | 0;
  const onum = other ? d[3]! : 0;
  let i = from;
  // Eight people per turn (four with other costs) unless the rule has more than four cut points (no built-in
  // rule): one by one below. Without other costs the loop is one of its own: their code in the loop, even never
  // run, slows it.
  if (m <= 5) {
    const cutCount = cutPoints(d);
    const w = onum > 0 && cutCount > 1 ? 4 : 8;
    // Short first runs: see FIRST_RUN (compile.ts).
    for (let step = FIRST_RUN; i + w <= to; step = Math.min(w * PACKED_TURNS, 2 * step)) {
      const end = Math.min(to, i + step);
      const j = onum > 0
        ? (cutCount <= 1 ? eightOtherOne(d, burden, other!, i, end, acc) : fourOther(d, burden, other!, i, end, acc))
        : cutCount <= 2 ? eightPlainTwo(d, burden, i, end, acc)
          : cutCount === 3 ? eightPlainThree(d, burden, i, end, acc) : eightPlain(d, burden, i, end, acc);
      unpack(acc, m);
      // Stopped before the last few: a turn with an amount to refuse, named one by one below. (A run that ends
      // with fewer than a turn's people left goes on from there in the next.)
      if (j + w <= end) { i = j; break; }
      i = j;
    }
  }
  let oth = 0;
  // The last few people, a rule with many cut points, and any turn with an amount to refuse: one by one, so
  // the first bad amount is named.
  for (; i < to; i++) {
    const b = burden[i]!;
    if (!isFen(b)) throw new DbbxInputError([badFen(`population.burdenFen[${i}]`, b)]);
    const c = bandAt(d, f, b);
    const v = bandPayout(d, f, c, b);
    acc[COUNT + c]!++;
    acc[COUNT + m + c]! += v;
    if (onum > 0) {
      const o = other![i]!;
      if (!isFen(o)) throw new DbbxInputError([badFen(`population.otherFen[${i}]`, o)]);
      oth += otherAt(d, o);
    }
  }
  acc[0]! += to - from;
  acc[1]! += oth;
  // Each one's payout, by the batch's loops: every amount here has been checked above.
  if (payouts) batchRange(d, burden, onum > 0 ? other : undefined, payouts, from, to);
}

/** The packed lanes into each band's count and sum (see UNIT), the lanes back to 0. */
function unpack(acc: Float64Array, m: number): void {
  for (let j = COUNT + 2 * m; j < COUNT + (2 + LANES) * m; j++) {
    const lane = acc[j]!;
    const c = (j - COUNT) % m;
    const n = lane % UNIT;
    acc[COUNT + c]! += n;
    acc[COUNT + m + c]! += (lane - n) / UNIT;
    acc[j] = 0;
  }
}

/**
 * runBands' loop without other costs, eight people per turn into eight lanes, over at most PACKED_TURNS turns;
 * returns where it stopped (before a turn with an amount to refuse, or with fewer than eight people left).
 */
function eightPlain(d: Float64Array, burden: ArrayLike<number>, from: number, to: number, acc: Float64Array): number {
  const f = burdenBandsAt(d);
  const m = d[f]! | 0;
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const s2 = d[f + 4]!;
  const s3 = d[f + 5]!;
  const s4 = d[f + 6]!;
  // `* 1`: computed once here, a module-level constant stays a plain double; read in the loop it was fetched and
  // checked again on every person.
  const max = MAX_FEN * 1;
  // UNIT and 1 / UNIT written out: read from the module, the JIT fetched UNIT again and divided 1 by it on
  // every turn (its one division beside the people's own).
  const unit = 512;
  const lift = 1 / 512;
  const L0 = COUNT + 2 * m;
  const L1 = L0 + m;
  const L2 = L1 + m;
  const L3 = L2 + m;
  const L4 = L3 + m;
  const L5 = L4 + m;
  const L6 = L5 + m;
  const L7 = L6 + m;
  let i = from;
  for (; i + 8 <= to; i += 8) {
    const b0 = burden[i]!;
    const b1 = burden[i + 1]!;
    const b2 = burden[i + 2]!;
    const b3 = burden[i + 3]!;
    const b4 = burden[i + 4]!;
    const b5 = burden[i + 5]!;
    const b6 = burden[i + 6]!;
    const b7 = burden[i + 7]!;
    if (!(b0 >= 0 && b0 <= max && Math.floor(b0) === b0 && b1 >= 0 && b1 <= max && Math.floor(b1) === b1
      && b2 >= 0 && b2 <= max && Math.floor(b2) === b2 && b3 >= 0 && b3 <= max && Math.floor(b3) === b3
      && b4 >= 0 && b4 <= max && Math.floor(b4) === b4 && b5 >= 0 && b5 <= max && Math.floor(b5) === b5
      && b6 >= 0 && b6 <= max && Math.floor(b6) === b6 && b7 >= 0 && b7 <= max && Math.floor(b7) === b7)) break;
    const c0 = (+(b0 > s1) + +(b0 > s2) + +(b0 > s3) + +(b0 > s4)) | 0;
    const c1 = (+(b1 > s1) + +(b1 > s2) + +(b1 > s3) + +(b1 > s4)) | 0;
    const c2 = (+(b2 > s1) + +(b2 > s2) + +(b2 > s3) + +(b2 > s4)) | 0;
    const c3 = (+(b3 > s1) + +(b3 > s2) + +(b3 > s3) + +(b3 > s4)) | 0;
    const c4 = (+(b4 > s1) + +(b4 > s2) + +(b4 > s3) + +(b4 > s4)) | 0;
    const c5 = (+(b5 > s1) + +(b5 > s2) + +(b5 > s3) + +(b5 > s4)) | 0;
    const c6 = (+(b6 > s1) + +(b6 > s2) + +(b6 > s3) + +(b6 > s4)) | 0;
    const c7 = (+(b7 > s1) + +(b7 > s2) + +(b7 > s3) + +(b7 > s4)) | 0;
    const k0 = q + 2 * c0;
    const k1 = q + 2 * c1;
    const k2 = q + 2 * c2;
    const k3 = q + 2 * c3;
    const k4 = q + 2 * c4;
    const k5 = q + 2 * c5;
    const k6 = q + 2 * c6;
    const k7 = q + 2 * c7;
    // (v + 1/UNIT)·UNIT is v·UNIT + 1 exactly (v < 2^34, UNIT a power of two), and keeps the sum in doubles:
    // written v·UNIT + 1, a population of small payouts had the JIT do it in 32-bit integers, with an overflow
    // check and a branch on every payout of 0.
    acc[L0 + c0]! += (Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D) + lift) * unit;
    acc[L1 + c1]! += (Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D) + lift) * unit;
    acc[L2 + c2]! += (Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D) + lift) * unit;
    acc[L3 + c3]! += (Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D) + lift) * unit;
    acc[L4 + c4]! += (Math.floor((b4 * d[k4]! + d[k4 + 1]!) / D) + lift) * unit;
    acc[L5 + c5]! += (Math.floor((b5 * d[k5]! + d[k5 + 1]!) / D) + lift) * unit;
    acc[L6 + c6]! += (Math.floor((b6 * d[k6]! + d[k6 + 1]!) / D) + lift) * unit;
    acc[L7 + c7]! += (Math.floor((b7 * d[k7]! + d[k7 + 1]!) / D) + lift) * unit;
  }
  return i;
}

/** The same with other costs, four people per turn (a rule with two to four cut points; Xinbei's one: eightOtherOne). */
function fourOther(
  d: Float64Array, burden: ArrayLike<number>, other: ArrayLike<number>, from: number, to: number, acc: Float64Array,
): number {
  const f = burdenBandsAt(d);
  const m = d[f]! | 0;
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const s2 = d[f + 4]!;
  const s3 = d[f + 5]!;
  const s4 = d[f + 6]!;
  const onum = d[3]!;
  const oden = d[4]!;
  const oden2 = d[5]!;
  const olim = d[6]!;
  const max = MAX_FEN * 1;
  const unit = 512;
  const lift = 1 / 512;
  const L0 = COUNT + 2 * m;
  const L1 = L0 + m;
  const L2 = L1 + m;
  const L3 = L2 + m;
  let oth = 0;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    const b0 = burden[i]!;
    const b1 = burden[i + 1]!;
    const b2 = burden[i + 2]!;
    const b3 = burden[i + 3]!;
    const o0 = other[i]!;
    const o1 = other[i + 1]!;
    const o2 = other[i + 2]!;
    const o3 = other[i + 3]!;
    if (!(b0 >= 0 && b0 <= max && Math.floor(b0) === b0 && b1 >= 0 && b1 <= max && Math.floor(b1) === b1
      && b2 >= 0 && b2 <= max && Math.floor(b2) === b2 && b3 >= 0 && b3 <= max && Math.floor(b3) === b3
      && o0 >= 0 && o0 <= max && Math.floor(o0) === o0 && o1 >= 0 && o1 <= max && Math.floor(o1) === o1
      && o2 >= 0 && o2 <= max && Math.floor(o2) === o2 && o3 >= 0 && o3 <= max && Math.floor(o3) === o3)) break;
    const c0 = (+(b0 > s1) + +(b0 > s2) + +(b0 > s3) + +(b0 > s4)) | 0;
    const c1 = (+(b1 > s1) + +(b1 > s2) + +(b1 > s3) + +(b1 > s4)) | 0;
    const c2 = (+(b2 > s1) + +(b2 > s2) + +(b2 > s3) + +(b2 > s4)) | 0;
    const c3 = (+(b3 > s1) + +(b3 > s2) + +(b3 > s3) + +(b3 > s4)) | 0;
    const k0 = q + 2 * c0;
    const k1 = q + 2 * c1;
    const k2 = q + 2 * c2;
    const k3 = q + 2 * c3;
    acc[L0 + c0]! += (Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D) + lift) * unit;
    acc[L1 + c1]! += (Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D) + lift) * unit;
    acc[L2 + c2]! += (Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D) + lift) * unit;
    acc[L3 + c3]! += (Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D) + lift) * unit;
    const y0 = Math.floor((2 * o0 * onum + oden) / oden2);
    const y1 = Math.floor((2 * o1 * onum + oden) / oden2);
    const y2 = Math.floor((2 * o2 * onum + oden) / oden2);
    const y3 = Math.floor((2 * o3 * onum + oden) / oden2);
    oth += ((y0 > olim ? olim : y0) + (y1 > olim ? olim : y1)) + ((y2 > olim ? olim : y2) + (y3 > olim ? olim : y3));
  }
  acc[1]! += oth;
  return i;
}

/** eightPlain for a rule with three cut points: three comparisons a person, not four. */
function eightPlainThree(d: Float64Array, burden: ArrayLike<number>, from: number, to: number, acc: Float64Array): number {
  const f = burdenBandsAt(d);
  const m = d[f]! | 0;
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const s2 = d[f + 4]!;
  const s3 = d[f + 5]!;
  const max = MAX_FEN * 1;
  const unit = 512;
  const lift = 1 / 512;
  const L0 = COUNT + 2 * m;
  const L1 = L0 + m;
  const L2 = L1 + m;
  const L3 = L2 + m;
  const L4 = L3 + m;
  const L5 = L4 + m;
  const L6 = L5 + m;
  const L7 = L6 + m;
  let i = from;
  for (; i + 8 <= to; i += 8) {
    const b0 = burden[i]!;
    const b1 = burden[i + 1]!;
    const b2 = burden[i + 2]!;
    const b3 = burden[i + 3]!;
    const b4 = burden[i + 4]!;
    const b5 = burden[i + 5]!;
    const b6 = burden[i + 6]!;
    const b7 = burden[i + 7]!;
    if (!(b0 >= 0 && b0 <= max && Math.floor(b0) === b0 && b1 >= 0 && b1 <= max && Math.floor(b1) === b1
      && b2 >= 0 && b2 <= max && Math.floor(b2) === b2 && b3 >= 0 && b3 <= max && Math.floor(b3) === b3
      && b4 >= 0 && b4 <= max && Math.floor(b4) === b4 && b5 >= 0 && b5 <= max && Math.floor(b5) === b5
      && b6 >= 0 && b6 <= max && Math.floor(b6) === b6 && b7 >= 0 && b7 <= max && Math.floor(b7) === b7)) break;
    const c0 = (+(b0 > s1) + +(b0 > s2) + +(b0 > s3)) | 0;
    const c1 = (+(b1 > s1) + +(b1 > s2) + +(b1 > s3)) | 0;
    const c2 = (+(b2 > s1) + +(b2 > s2) + +(b2 > s3)) | 0;
    const c3 = (+(b3 > s1) + +(b3 > s2) + +(b3 > s3)) | 0;
    const c4 = (+(b4 > s1) + +(b4 > s2) + +(b4 > s3)) | 0;
    const c5 = (+(b5 > s1) + +(b5 > s2) + +(b5 > s3)) | 0;
    const c6 = (+(b6 > s1) + +(b6 > s2) + +(b6 > s3)) | 0;
    const c7 = (+(b7 > s1) + +(b7 > s2) + +(b7 > s3)) | 0;
    const k0 = q + 2 * c0;
    const k1 = q + 2 * c1;
    const k2 = q + 2 * c2;
    const k3 = q + 2 * c3;
    const k4 = q + 2 * c4;
    const k5 = q + 2 * c5;
    const k6 = q + 2 * c6;
    const k7 = q + 2 * c7;
    acc[L0 + c0]! += (Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D) + lift) * unit;
    acc[L1 + c1]! += (Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D) + lift) * unit;
    acc[L2 + c2]! += (Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D) + lift) * unit;
    acc[L3 + c3]! += (Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D) + lift) * unit;
    acc[L4 + c4]! += (Math.floor((b4 * d[k4]! + d[k4 + 1]!) / D) + lift) * unit;
    acc[L5 + c5]! += (Math.floor((b5 * d[k5]! + d[k5 + 1]!) / D) + lift) * unit;
    acc[L6 + c6]! += (Math.floor((b6 * d[k6]! + d[k6 + 1]!) / D) + lift) * unit;
    acc[L7 + c7]! += (Math.floor((b7 * d[k7]! + d[k7 + 1]!) / D) + lift) * unit;
  }
  return i;
}

/** eightPlain for a rule with at most two cut points: two comparisons a person, not four. */
function eightPlainTwo(d: Float64Array, burden: ArrayLike<number>, from: number, to: number, acc: Float64Array): number {
  const f = burdenBandsAt(d);
  const m = d[f]! | 0;
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const s2 = d[f + 4]!;
  const max = MAX_FEN * 1;
  const unit = 512;
  const lift = 1 / 512;
  const L0 = COUNT + 2 * m;
  const L1 = L0 + m;
  const L2 = L1 + m;
  const L3 = L2 + m;
  const L4 = L3 + m;
  const L5 = L4 + m;
  const L6 = L5 + m;
  const L7 = L6 + m;
  let i = from;
  for (; i + 8 <= to; i += 8) {
    const b0 = burden[i]!;
    const b1 = burden[i + 1]!;
    const b2 = burden[i + 2]!;
    const b3 = burden[i + 3]!;
    const b4 = burden[i + 4]!;
    const b5 = burden[i + 5]!;
    const b6 = burden[i + 6]!;
    const b7 = burden[i + 7]!;
    if (!(b0 >= 0 && b0 <= max && Math.floor(b0) === b0 && b1 >= 0 && b1 <= max && Math.floor(b1) === b1
      && b2 >= 0 && b2 <= max && Math.floor(b2) === b2 && b3 >= 0 && b3 <= max && Math.floor(b3) === b3
      && b4 >= 0 && b4 <= max && Math.floor(b4) === b4 && b5 >= 0 && b5 <= max && Math.floor(b5) === b5
      && b6 >= 0 && b6 <= max && Math.floor(b6) === b6 && b7 >= 0 && b7 <= max && Math.floor(b7) === b7)) break;
    const c0 = (+(b0 > s1) + +(b0 > s2)) | 0;
    const c1 = (+(b1 > s1) + +(b1 > s2)) | 0;
    const c2 = (+(b2 > s1) + +(b2 > s2)) | 0;
    const c3 = (+(b3 > s1) + +(b3 > s2)) | 0;
    const c4 = (+(b4 > s1) + +(b4 > s2)) | 0;
    const c5 = (+(b5 > s1) + +(b5 > s2)) | 0;
    const c6 = (+(b6 > s1) + +(b6 > s2)) | 0;
    const c7 = (+(b7 > s1) + +(b7 > s2)) | 0;
    const k0 = q + 2 * c0;
    const k1 = q + 2 * c1;
    const k2 = q + 2 * c2;
    const k3 = q + 2 * c3;
    const k4 = q + 2 * c4;
    const k5 = q + 2 * c5;
    const k6 = q + 2 * c6;
    const k7 = q + 2 * c7;
    acc[L0 + c0]! += (Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D) + lift) * unit;
    acc[L1 + c1]! += (Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D) + lift) * unit;
    acc[L2 + c2]! += (Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D) + lift) * unit;
    acc[L3 + c3]! += (Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D) + lift) * unit;
    acc[L4 + c4]! += (Math.floor((b4 * d[k4]! + d[k4 + 1]!) / D) + lift) * unit;
    acc[L5 + c5]! += (Math.floor((b5 * d[k5]! + d[k5 + 1]!) / D) + lift) * unit;
    acc[L6 + c6]! += (Math.floor((b6 * d[k6]! + d[k6 + 1]!) / D) + lift) * unit;
    acc[L7 + c7]! += (Math.floor((b7 * d[k7]! + d[k7 + 1]!) / D) + lift) * unit;
  }
  return i;
}

/**
 * fourOther for a rule with one cut point (Xinbei: everyone above 0): one comparison a person, and eight people
 * a turn into the eight lanes as the loops without other costs (one comparison leaves room for them).
 */
function eightOtherOne(
  d: Float64Array, burden: ArrayLike<number>, other: ArrayLike<number>, from: number, to: number, acc: Float64Array,
): number {
  const f = burdenBandsAt(d);
  const m = d[f]! | 0;
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const onum = d[3]!;
  const oden = d[4]!;
  const oden2 = d[5]!;
  const olim = d[6]!;
  const max = MAX_FEN * 1;
  const unit = 512;
  const lift = 1 / 512;
  const L0 = COUNT + 2 * m;
  const L1 = L0 + m;
  const L2 = L1 + m;
  const L3 = L2 + m;
  const L4 = L3 + m;
  const L5 = L4 + m;
  const L6 = L5 + m;
  const L7 = L6 + m;
  let oth = 0;
  let i = from;
  for (; i + 8 <= to; i += 8) {
    const b0 = burden[i]!;
    const b1 = burden[i + 1]!;
    const b2 = burden[i + 2]!;
    const b3 = burden[i + 3]!;
    const b4 = burden[i + 4]!;
    const b5 = burden[i + 5]!;
    const b6 = burden[i + 6]!;
    const b7 = burden[i + 7]!;
    const o0 = other[i]!;
    const o1 = other[i + 1]!;
    const o2 = other[i + 2]!;
    const o3 = other[i + 3]!;
    const o4 = other[i + 4]!;
    const o5 = other[i + 5]!;
    const o6 = other[i + 6]!;
    const o7 = other[i + 7]!;
    if (!(b0 >= 0 && b0 <= max && Math.floor(b0) === b0 && b1 >= 0 && b1 <= max && Math.floor(b1) === b1
      && b2 >= 0 && b2 <= max && Math.floor(b2) === b2 && b3 >= 0 && b3 <= max && Math.floor(b3) === b3
      && b4 >= 0 && b4 <= max && Math.floor(b4) === b4 && b5 >= 0 && b5 <= max && Math.floor(b5) === b5
      && b6 >= 0 && b6 <= max && Math.floor(b6) === b6 && b7 >= 0 && b7 <= max && Math.floor(b7) === b7
      && o0 >= 0 && o0 <= max && Math.floor(o0) === o0 && o1 >= 0 && o1 <= max && Math.floor(o1) === o1
      && o2 >= 0 && o2 <= max && Math.floor(o2) === o2 && o3 >= 0 && o3 <= max && Math.floor(o3) === o3
      && o4 >= 0 && o4 <= max && Math.floor(o4) === o4 && o5 >= 0 && o5 <= max && Math.floor(o5) === o5
      && o6 >= 0 && o6 <= max && Math.floor(o6) === o6 && o7 >= 0 && o7 <= max && Math.floor(o7) === o7)) break;
    const c0 = (+(b0 > s1)) | 0;
    const c1 = (+(b1 > s1)) | 0;
    const c2 = (+(b2 > s1)) | 0;
    const c3 = (+(b3 > s1)) | 0;
    const c4 = (+(b4 > s1)) | 0;
    const c5 = (+(b5 > s1)) | 0;
    const c6 = (+(b6 > s1)) | 0;
    const c7 = (+(b7 > s1)) | 0;
    const k0 = q + 2 * c0;
    const k1 = q + 2 * c1;
    const k2 = q + 2 * c2;
    const k3 = q + 2 * c3;
    const k4 = q + 2 * c4;
    const k5 = q + 2 * c5;
    const k6 = q + 2 * c6;
    const k7 = q + 2 * c7;
    acc[L0 + c0]! += (Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D) + lift) * unit;
    acc[L1 + c1]! += (Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D) + lift) * unit;
    acc[L2 + c2]! += (Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D) + lift) * unit;
    acc[L3 + c3]! += (Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D) + lift) * unit;
    acc[L4 + c4]! += (Math.floor((b4 * d[k4]! + d[k4 + 1]!) / D) + lift) * unit;
    acc[L5 + c5]! += (Math.floor((b5 * d[k5]! + d[k5 + 1]!) / D) + lift) * unit;
    acc[L6 + c6]! += (Math.floor((b6 * d[k6]! + d[k6 + 1]!) / D) + lift) * unit;
    acc[L7 + c7]! += (Math.floor((b7 * d[k7]! + d[k7 + 1]!) / D) + lift) * unit;
    const y0 = Math.floor((2 * o0 * onum + oden) / oden2);
    const y1 = Math.floor((2 * o1 * onum + oden) / oden2);
    const y2 = Math.floor((2 * o2 * onum + oden) / oden2);
    const y3 = Math.floor((2 * o3 * onum + oden) / oden2);
    const y4 = Math.floor((2 * o4 * onum + oden) / oden2);
    const y5 = Math.floor((2 * o5 * onum + oden) / oden2);
    const y6 = Math.floor((2 * o6 * onum + oden) / oden2);
    const y7 = Math.floor((2 * o7 * onum + oden) / oden2);
    oth += (((y0 > olim ? olim : y0) + (y1 > olim ? olim : y1)) + ((y2 > olim ? olim : y2) + (y3 > olim ? olim : y3)))
      + (((y4 > olim ? olim : y4) + (y5 > olim ? olim : y5)) + ((y6 > olim ? olim : y6) + (y7 > olim ? olim : y7)));
  }
  acc[1]! += oth;
  return i;
}

/** One rule's running figures: counts as numbers, money sums flushed into BigInt before a double could lose a 分. */
interface Slot {
  rule: CompiledRule;
  /** Index into GROUPS of the group the rule applies (an unrecognised group is paid as general). */
  gi: number;
  /** On the burden bands: see COUNT. On the decimal.js steps: people, above the threshold, at the cap, total, cap cut, other. */
  acc: Float64Array;
  /** Flushed money. Burden bands: other, then each band's payouts before the cap. Decimal: total, cap cut, other, each tier. */
  big: bigint[];
  /** People added since the last flush. */
  pending: number;
  /** For a rule on the decimal.js steps: each tier's own row. */
  rows: Float64Array | null;
}

/** What one rule's people add to the figures. */
interface SlotFigures { total: bigint; cut: bigint; other: bigint; above: number; atCap: number; byTier: bigint[] }

/** The first person from i on (below n) whose group or scheme code is not g or s; a missing column always matches. */
function runEnd(
  group: ArrayLike<number> | undefined, scheme: ArrayLike<number> | undefined, i: number, n: number, g: number, s: number,
): number {
  // A loop of its own, four people per turn: compiled on its own, it costs about as much as reading the column.
  if (group && scheme) {
    while (i < n && group[i] === g && scheme[i] === s) i++;
    return i;
  }
  const col = (group ?? scheme)!;
  const v = group ? g : s;
  // A short run is found person by person; a long one in a column of bytes (or 16-bit codes) four bytes at a
  // time: a projectFund of one group spent a tenth of its time here, reading the codes one by one.
  const stop = Math.min(n, i + WORD_AFTER);
  while (i < stop && col[i] === v) i++;
  if (i < stop) return i;
  const per = col instanceof Uint8Array || col instanceof Uint8ClampedArray ? 4 : col instanceof Uint16Array ? 2 : 0;
  if (per) {
    const bytes = col as unknown as Uint8Array;
    // The codes as 32-bit words, from the word that holds the column's first byte: code j is in word
    // (lead + j) / per, where lead is how many codes' room comes before the column in that word.
    const from = bytes.byteOffset & ~3;
    const words = new Int32Array(bytes.buffer, from, (bytes.byteOffset + bytes.byteLength - from) >> 2);
    const lead = (bytes.byteOffset - from) * per / 4;
    // The same code in every byte (or half) of a word; codes read from the column fit its type.
    const all = (per === 4 ? v * 0x01010101 : v * 0x10001) | 0;
    while (i < n && (lead + i) % per !== 0) {
      if (col[i] !== v) return i;
      i++;
    }
    let w = (lead + i) / per;
    const end = Math.floor((lead + n) / per);
    // Eight words a turn, their differences from `all` or'ed: one test a turn instead of four (measured 20% faster).
    while (w + 8 <= end && ((words[w]! ^ all) | (words[w + 1]! ^ all) | (words[w + 2]! ^ all) | (words[w + 3]! ^ all)
      | (words[w + 4]! ^ all) | (words[w + 5]! ^ all) | (words[w + 6]! ^ all) | (words[w + 7]! ^ all)) === 0) w += 8;
    while (w < end && words[w] === all) w++;
    i = w * per - lead;
  }
  while (i + 4 <= n && col[i] === v && col[i + 1] === v && col[i + 2] === v && col[i + 3] === v) i += 4;
  while (i < n && col[i] === v) i++;
  return i;
}

/** People read one by one before a run is scanned by words (a view of the column costs as much as ~60 people). */
const WORD_AFTER = 64;

/**
 * Runs of people under one rule ([first person, group code, scheme code] each), as projectFund's check found
 * them: its own projectors go through the runs instead of looking for them again. At most MAX_RUNS runs kept.
 */
const knownRuns = new WeakMap<Projector, number[]>();
const MAX_RUNS = 1 << 16;

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
      const d = rule.data;
      const m = d ? d[burdenBandsAt(d)]! : 0;
      s = d
        ? {
          rule, gi: GROUPS.indexOf(rule.group), acc: new Float64Array(COUNT + (2 + LANES) * m), big: new Array<bigint>(1 + m).fill(0n),
          pending: 0, rows: null,
        }
        : {
          rule, gi: GROUPS.indexOf(rule.group), acc: new Float64Array(6), big: new Array<bigint>(3 + rule.tiers.length).fill(0n),
          pending: 0, rows: new Float64Array(rule.tiers.length),
        };
      this.slots[key] = s;
      this.order.push(s);
    }
    return s;
  }

  private flush(s: Slot): void {
    const a = s.acc;
    if (s.rule.data) {
      const m = s.big.length - 1;
      s.big[0]! += BigInt(a[1]!);
      a[1] = 0;
      for (let c = 0; c < m; c++) { s.big[1 + c]! += BigInt(a[COUNT + m + c]!); a[COUNT + m + c] = 0; }
    } else {
      s.big[0]! += BigInt(a[3]!); s.big[1]! += BigInt(a[4]!); s.big[2]! += BigInt(a[5]!);
      a[3] = 0; a[4] = 0; a[5] = 0;
    }
    s.pending = 0;
  }

  /** A run of people under one rule, in blocks small enough for exact double sums. */
  private run(s: Slot, from: number, to: number, payouts?: Float64Array): void {
    const { burdenFen, otherFen } = this.req.population;
    const d = s.rule.data;
    for (let i = from; i < to;) {
      const end = Math.min(to, i + BLOCK);
      if (d) runBands(d, burdenFen, otherFen, i, end, payouts, s.acc);
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
    const { group, scheme, burdenFen } = this.req.population;
    const defScheme = this.req.scheme === 'employee' ? 1 : 0;
    if (!group && !scheme) { this.run(this.slot(GROUPS.length, defScheme), from, to, payouts); return; }
    const runs = knownRuns.get(this);
    if (runs && from === 0 && to === burdenFen.length) {
      for (let r = 0; r < runs.length; r += 3) {
        this.run(this.slot(runs[r + 1]!, runs[r + 2]!), runs[r]!, r + 3 < runs.length ? runs[r + 3]! : to, payouts);
      }
      return;
    }
    // Runs of people under the same rule go through the loop together.
    let i = from;
    while (i < to) {
      const g = group ? group[i]! : GROUPS.length;
      const s = scheme ? scheme[i]! : defScheme;
      const j = runEnd(group, scheme, i + 1, to, g, s);
      this.run(this.slot(g, s), i, j, payouts);
      i = j;
    }
  }

  /** People of a rule on the burden bands, back to the figures: every band's people share one formula. */
  private bandFigures(s: Slot): SlotFigures {
    const d = s.rule.data!;
    const a = s.acc;
    const f = burdenBandsAt(d);
    const m = d[f]!;
    const nb = d[0]!;
    const ec = d[1]!;
    const pc = d[2]!;
    const thr = s.rule.thresholdFen;
    const fig: SlotFigures = {
      total: 0n, cut: 0n, other: s.big[0]!, above: 0, atCap: 0, byTier: new Array<bigint>(this.tierCount).fill(0n),
    };
    // Per band of the counted burden: the partial rows of its people and how many end in it.
    const partial = new Array<bigint>(nb).fill(0n);
    const ending = new Array<number>(nb).fill(0);
    for (let c = 0; c < m; c++) {
      const n = a[COUNT + c]!;
      if (!n) continue;
      const sum = s.big[1 + c]!;
      // The band's least burden stands for all of it: every point where any of these changes is a cut point.
      const b = c === 0 ? 0 : d[f + 2 + c]! + 1;
      const x = b > ec ? ec : b;
      let k = 0;
      while (k + 1 < nb && x > d[BAND0 + STRIDE * (k + 1)]!) k++;
      const q = (d[f + 2]! | 0) + 2 * c;
      const capped = Math.floor((b * d[q]! + d[q + 1]!) / d[f + 1]!) > pc;
      if (capped) {
        fig.total += BigInt(n) * BigInt(pc);
        fig.cut += sum - BigInt(n) * BigInt(pc);
      } else fig.total += sum;
      if (b > thr) fig.above += n;
      if (capped || b > ec) fig.atCap += n;
      partial[k]! += sum - BigInt(n) * BigInt(d[BAND0 + STRIDE * k + 4]!);
      ending[k]! += n;
    }
    fig.total += fig.other;
    // A tier's total: the partial rows of people whose burden ends in it, plus its full amount for everyone
    // beyond it. Bands that are no tier (below the threshold, a gap) pay nothing.
    let beyond = 0;
    for (let k = nb - 1; k >= 0; k--) {
      const at = BAND0 + STRIDE * k;
      const t = s.rule.tiers.findIndex((x) => x.fromFen === d[at] && x.toFen > x.fromFen);
      const full = k + 1 < nb ? d[at + STRIDE + 4]! - d[at + 4]! : 0;
      if (t >= 0 && t < this.tierCount) fig.byTier[t]! += partial[k]! + BigInt(full) * BigInt(beyond);
      beyond += ending[k]!;
    }
    return fig;
  }

  private decimalFigures(s: Slot): SlotFigures {
    return {
      total: s.big[0]!, cut: s.big[1]!, other: s.big[2]!, above: s.acc[1]!, atCap: s.acc[2]!,
      byTier: Array.from({ length: this.tierCount }, (_, t) => s.big[3 + t] ?? 0n),
    };
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
      if (!s.acc[0]) continue;
      const fig = s.rule.data ? this.bandFigures(s) : this.decimalFigures(s);
      total += fig.total; capCut += fig.cut; other += fig.other;
      people += s.acc[0]!; above += fig.above; atCap += fig.atCap;
      groupPeople[s.gi]! += s.acc[0]!;
      groupPay[s.gi]! += fig.total;
      fig.byTier.forEach((v, t) => { byTier[t]! += v; });
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

/** A typed array of numbers: it holds numbers only. A plain array may hold anything (a string from a file, undefined, a bigint). */
const numeric = (col: ArrayLike<number>): boolean =>
  ArrayBuffer.isView(col) && !(col instanceof BigInt64Array) && !(col instanceof BigUint64Array);

/** The first entry of a column that is not whole 分 within the engine's limit, as an issue (or none). */
function fenColumnIssue(col: ArrayLike<number>, field: string): InputIssue | null {
  const max = MAX_FEN;
  if (numeric(col)) {
    for (let i = 0; i < col.length; i++) {
      const v = col[i]!;
      if (!(v >= 0 && v <= max && Math.floor(v) === v)) return badFen(`${field}[${i}]`, v);
    }
    return null;
  }
  for (let i = 0; i < col.length; i++) {
    const v = col[i]!;
    if (!isFen(v)) return badFen(`${field}[${i}]`, v);
  }
  return null;
}

/**
 * Checks the request once, so a bad file or parameter is one clear error, not a failure mid-way: the
 * figures, every person's amounts and codes, and every rule the population needs (with the edit).
 */
export function checkProjection(req: ProjectionRequest): void {
  checkRequest(req, true);
}

/**
 * checkProjection's checks; `amounts` false leaves each person's amounts to the projection loop, which refuses
 * the first bad one by name as it reaches it (projectFund: a scan of its own would cost as much as the loop).
 */
function checkRequest(req: ProjectionRequest, amounts: boolean, runs?: number[]): void {
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
    // (A plain array is checked here in any case: the loop's comparisons assume numbers.)
    const bad = [
      amounts || !numeric(pop.burdenFen) ? fenColumnIssue(pop.burdenFen, 'population.burdenFen') : null,
      pop.otherFen && lengthsOk && (amounts || !numeric(pop.otherFen)) ? fenColumnIssue(pop.otherFen, 'population.otherFen') : null,
    ];
    issues.push(...bad.filter((x): x is InputIssue => x !== null));
    // Which rules the population needs: group codes index GROUPS, scheme codes are 0 resident / 1 employee.
    const used = new Set<number>();
    const def = req.scheme === 'employee' ? 1 : 0;
    const gc = pop.group;
    const sc = pop.scheme;
    if (lengthsOk && (gc || sc)) {
      // Codes are checked where they change; the people after, with the same codes, cost one comparison each.
      for (let i = 0; i < n;) {
        const g = gc ? gc[i]! : GROUPS.length;
        const s = sc ? sc[i]! : def;
        if (gc && !(Number.isInteger(g) && g >= 0 && g < GROUPS.length)) {
          issues.push(issue(`population.group[${i}]`, 'bad-group-code', `人群代码“${String(g)}”无效：应为 0 到 ${GROUPS.length - 1} 的整数（${GROUPS.join('、')}）。`,
            `Group code "${String(g)}" is not valid: a whole number from 0 to ${GROUPS.length - 1} (${GROUPS.join(', ')}).`));
          break;
        }
        if (sc && s !== 0 && s !== 1) {
          issues.push(issue(`population.scheme[${i}]`, 'bad-scheme-code', `险种代码“${String(s)}”无效：0 为城乡居民，1 为职工。`,
            `Scheme code "${String(s)}" is not valid: 0 resident, 1 employee.`));
          break;
        }
        used.add(g * 2 + s);
        if (runs && runs.length <= 3 * MAX_RUNS) runs.push(i, g, s);
        i = runEnd(gc, sc, i + 1, n, g, s);
      }
    }
    // Too many runs to keep (or a bad code ended the scan early): the projectors find them as they go.
    if (runs && (runs.length > 3 * MAX_RUNS || issues.length)) runs.length = 0;
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
  const runs: number[] = [];
  checkRequest(req, false, runs);
  const n = req.population.burdenFen.length;
  const published = new Projector(req);
  if (runs.length) knownRuns.set(published, runs);
  published.add(0, n);
  let whatIf: ProjectionFigures | null = null;
  if (req.edit) {
    const p = new Projector(req, req.edit);
    if (runs.length) knownRuns.set(p, runs);
    p.add(0, n);
    whatIf = p.result();
  }
  return { published: published.result(), whatIf };
}
