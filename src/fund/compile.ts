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
// Header, then one record per band of the counted burden, then the same rule by burden bands (below).
// Bands cover every burden from 0 up, in order, without gaps: below the threshold, and between two tiers that
// do not meet, a band with ratio 0 pays nothing.
//   [0] band count  [1] expense limit (Infinity: none)  [2] payout cap (Infinity: none)
//   [3] other ratio num (0: no other costs)  [4] its den  [5] 2·den  [6] other limit (Infinity: none)
//   [7] the threshold  [8..11] where bands 1–4 start (Infinity past the last band)
//   band k at 12 + 5k: where it starts, ratio num, den, 2·den, and `before`: the sum of every lower band's full
//   amount, each rounded as the engine rounds a row.
// A counted burden x in band k is paid before_k + round((x − start_k) × ratio_k): one rounded product, exactly
// the engine's row-by-row sum, because every lower row is full and every higher row is zero. `dbbx sql` writes
// these records as SQL.
export const BAND0 = 12;
export const STRIDE = 5;

// ---- burden bands (what the loops read) ----------------------------------------------------------------
// The same rule once more, cut at every point where a person's payout formula changes when the burden b (not
// the counted burden) grows: the threshold, each tier's start, the expense limit, and the burden from which a
// payout cap bites. Within one burden band the payout before the payout cap is a single expression
//   floor((b·A + B) / D)
// with D = 2 × the largest ratio denominator, the same for every band: the band's `before`, its start and the
// half-up rounding folded into A and B (A = 0 past the expense limit, where the counted burden no longer
// grows). So a person costs: which band (a count of comparisons, no branches: a random population mispredicts
// a search), one product, one division, one floor; the threshold, expense limit and cap are comparisons the
// band count already made.
// At f = BAND0 + STRIDE·(band count):
//   [f] burden band count m  [f+1] D  [f+2] q: where band 0's A is (band c: A at q + 2c, B at q + 2c + 1)
//   [f+3..f+6] cut points 1–4 (band c holds the burdens above cut c and up to cut c + 1; Infinity past the
//   last), [f+7..] cut points 5 to m − 1 when there are more (no built-in rule has more than 4).
//
// Exact: A, B and D are integers with MAX_FEN·A + |B| + D ≤ 2^53 − 1 (checked in BigInt when compiling; a rule
// that fails it runs the decimal.js steps). For b ≤ MAX_FEN, b·A and b·A + B are then integers below 2^53 and
// computed exactly; a = b·A + B ≥ 0 is D·(payout) + r with 0 ≤ r < D. a / D = q + r/D rounds to a double
// below q + 1: the gap, ≥ 1/D, is more than half a unit in the last place of q + 1 while (q + 1)·D ≤ a + D <
// 2^53. Math.floor gives q exactly.
export const CUT1 = 3;

// A comparison counts as +(b > s): 0 or 1, a flag, no branch. Written out in place, not through a helper
// function: the loops' speed then does not depend on the JIT inlining sixteen calls per turn (measured: the loop
// through a helper ran at about 60% of the same loop written out).

/**
 * How many of cut points 1–4 are amounts (the rest are Infinity, past every burden). The loops come in versions
 * that compare a person's burden with one, two, three or four cut points: a comparison with Infinity is always
 * false, but costs as much as any other (measured: a rule with two cut points ran 10–25% faster on its own loop).
 */
export function cutPoints(d: Float64Array): number {
  const f = burdenBandsAt(d);
  let k = 0;
  while (k < 4 && d[f + CUT1 + k]! !== Infinity) k++;
  return k;
}

/** Where the burden bands start in the typed rule data. */
export const burdenBandsAt = (d: Float64Array): number => (BAND0 + STRIDE * d[0]!) | 0;

/** The cut points past the fourth (a rule with more than five burden bands; none built in). */
function moreCuts(d: Float64Array, f: number, b: number, c: number): number {
  const m = d[f]!;
  for (let j = 5; j < m; j++) c = (c + +(b > d[f + 2 + j]!)) | 0;
  return c;
}

/** The payout before any payout cap, in 分, of burden b (whole 分 up to MAX_FEN) by the burden bands at f. */
export function tiersAt(d: Float64Array, f: number, b: number): number {
  return bandPayout(d, f, bandAt(d, f, b), b);
}

/** The burden band of burden b (whole 分) by the burden bands at f: one person at a time (the loops inline it). */
export function bandAt(d: Float64Array, f: number, b: number): number {
  const c = (+(b > d[f + 3]!) + +(b > d[f + 4]!) + +(b > d[f + 5]!) + +(b > d[f + 6]!)) | 0;
  return d[f]! > 5 ? moreCuts(d, f, b, c) : c;
}

/** Band c's one expression for burden b: the payout before any payout cap, in 分. */
export function bandPayout(d: Float64Array, f: number, c: number, b: number): number {
  const k = (d[f + 2]! | 0) + 2 * c;
  return Math.floor((b * d[k]! + d[k + 1]!) / d[f + 1]!);
}

/** Other in-scope self-paid costs' payout (Xinbei), in 分, rounded half-up on its own and limited. */
export function otherAt(d: Float64Array, otherFen: number): number {
  const y = Math.floor((2 * otherFen * d[3]! + d[4]!) / d[5]!);
  const limit = d[6]!;
  return y > limit ? limit : y;
}

/**
 * The payout (分) for a year-to-date burden and other self-paid costs, by the typed rule data. Each element is
 * read once, before any branch: a read met first in a rare branch (the cap, on a row thousands in) has no type
 * feedback, and optimised code that reaches it is thrown away (dbbx batch compiled its row code twice for it).
 */
export function ruleFen(d: Float64Array, burdenFen: number, otherFen: number): number {
  const cap = d[2]!;
  const otherNum = d[3]!;
  let total = tiersAt(d, burdenBandsAt(d), burdenFen);
  if (total > cap) total = cap;
  if (otherFen > 0 && otherNum > 0) total += otherAt(d, otherFen);
  return total;
}

/** A whole 分 amount the engine would accept (0 to 1亿元). NaN, fractions and negatives are not. */
export const isFen = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= MAX_FEN && Math.floor(v) === v;

export function badFen(field: string, v: unknown): InputIssue {
  return issue(field, 'bad-fen', `“${String(v)}”不是有效的金额：应为 0 到 1 亿元之间的整数分。`,
    `"${String(v)}" is not a valid amount: whole 分 from 0 to 100,000,000 yuan.`);
}

/**
 * The shared batch loop: `out[i]` = payout (分) of person i, for every rule compiled to typed data. Refuses
 * (DbbxInputError naming the index) any burden that is not whole 分 within the engine's limit; people before it
 * are written, none after.
 */
export function ruleBatch(d: Float64Array, burdenFen: ArrayLike<number>, out: Float64Array, otherFen?: ArrayLike<number>): void {
  const n = burdenFen.length;
  if (out.length < n) throw new DbbxInputError([issue('out', 'length', '结果数组比人数短。', 'The output array is shorter than the population.')]);
  if (otherFen && otherFen.length !== n) throw new DbbxInputError([issue('otherFen', 'length', '其他自付费用的人数与费用列不一致。', 'otherFen has a different number of people.')]);
  batchRange(d, burdenFen, otherFen && d[3]! > 0 ? otherFen : undefined, out, 0, n);
}

/**
 * ruleBatch over people [from, to), `other` given only for a rule that pays other costs (projectFund writes a
 * Projector's payouts with it too, after its own loop has checked the same people).
 */
export function batchRange(
  d: Float64Array, burden: ArrayLike<number>, other: ArrayLike<number> | undefined, out: Float64Array, from: number, to: number,
): void {
  // In runs of BATCH people: the loop is then a function the JIT compiles whole, after seeing it run, instead
  // of replacing it mid-loop on its first call (code that then gives up at the loop's end on every call).
  const cutCount = cutPoints(d);
  for (let i = from, step = FIRST_RUN; i < to; i += step, step = Math.min(BATCH, 2 * step)) {
    const end = Math.min(to, i + step);
    // Four people per turn (unless the rule has more than four cut points: none built in), then one by one.
    // Without other costs the loop is one of its own: their code in the loop, even never run, slows it.
    let j = i;
    if (d[burdenBandsAt(d)]! <= 5) {
      j = other
        ? (cutCount <= 1 ? fourOtherOne(d, burden, other, out, i, end) : fourOther(d, burden, other, out, i, end))
        : cutCount <= 2 ? fourPlainTwo(d, burden, out, i, end)
          : cutCount === 3 ? fourPlainThree(d, burden, out, i, end) : fourPlain(d, burden, out, i, end);
    }
    batchTail(d, burden, other, out, j, end);
  }
}

const BATCH = 4096;
// The first runs of each call are short (16, 32, … people): the first time a loop function runs in a process it
// has no type feedback yet (V8 allocates it lazily), and a first run long enough to make the loop hot had the
// function compiled without feedback for the lines before its loop: compiled code that gave up on entry, every
// call then running the loop half-compiled (measured: half the speed, in one process in three).
export const FIRST_RUN = 16;

/** ruleBatch's four-per-turn loop over people [from, to) without other costs; returns where it stopped. */
function fourPlain(d: Float64Array, burden: ArrayLike<number>, out: Float64Array, from: number, to: number): number {
  // The rule is read into locals once: a store into `out` may, for all the JIT knows, change `d`, so a load from
  // `d` after it would be repeated. Four people per turn: each turn costs a reload of both arrays' lengths and a
  // stack check that one person's few operations do not pay for.
  const f = burdenBandsAt(d);
  const D = d[f + 1]!;
  // An index read from a Float64Array is a double: `| 0` keeps the band's index arithmetic in integers.
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const s2 = d[f + 4]!;
  const s3 = d[f + 5]!;
  const s4 = d[f + 6]!;
  const pc = d[2]!;
  // `* 1`: computed once here, a module-level constant stays a plain double; read in the loop it was fetched and
  // checked again on every person.
  const max = MAX_FEN * 1;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    const b0 = burden[i]!;
    const b1 = burden[i + 1]!;
    const b2 = burden[i + 2]!;
    const b3 = burden[i + 3]!;
    if (!(b0 >= 0 && b0 <= max && Math.floor(b0) === b0 && b1 >= 0 && b1 <= max && Math.floor(b1) === b1
      && b2 >= 0 && b2 <= max && Math.floor(b2) === b2 && b3 >= 0 && b3 <= max && Math.floor(b3) === b3)) break;
    const k0 = q + 2 * ((+(b0 > s1) + +(b0 > s2) + +(b0 > s3) + +(b0 > s4)) | 0);
    const k1 = q + 2 * ((+(b1 > s1) + +(b1 > s2) + +(b1 > s3) + +(b1 > s4)) | 0);
    const k2 = q + 2 * ((+(b2 > s1) + +(b2 > s2) + +(b2 > s3) + +(b2 > s4)) | 0);
    const k3 = q + 2 * ((+(b3 > s1) + +(b3 > s2) + +(b3 > s3) + +(b3 > s4)) | 0);
    const v0 = Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D);
    const v1 = Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D);
    const v2 = Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D);
    const v3 = Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D);
    out[i] = v0 > pc ? pc : v0;
    out[i + 1] = v1 > pc ? pc : v1;
    out[i + 2] = v2 > pc ? pc : v2;
    out[i + 3] = v3 > pc ? pc : v3;
  }
  return i;
}

/** The same with other costs (a rule with two to four cut points; Xinbei's one: fourOtherOne); returns where it stopped. */
function fourOther(
  d: Float64Array, burden: ArrayLike<number>, other: ArrayLike<number>, out: Float64Array, from: number, to: number,
): number {
  const f = burdenBandsAt(d);
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const s2 = d[f + 4]!;
  const s3 = d[f + 5]!;
  const s4 = d[f + 6]!;
  const pc = d[2]!;
  const onum = d[3]!;
  const oden = d[4]!;
  const oden2 = d[5]!;
  const olim = d[6]!;
  const max = MAX_FEN * 1;
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
    const k0 = q + 2 * ((+(b0 > s1) + +(b0 > s2) + +(b0 > s3) + +(b0 > s4)) | 0);
    const k1 = q + 2 * ((+(b1 > s1) + +(b1 > s2) + +(b1 > s3) + +(b1 > s4)) | 0);
    const k2 = q + 2 * ((+(b2 > s1) + +(b2 > s2) + +(b2 > s3) + +(b2 > s4)) | 0);
    const k3 = q + 2 * ((+(b3 > s1) + +(b3 > s2) + +(b3 > s3) + +(b3 > s4)) | 0);
    const v0 = Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D);
    const v1 = Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D);
    const v2 = Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D);
    const v3 = Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D);
    const y0 = Math.floor((2 * o0 * onum + oden) / oden2);
    const y1 = Math.floor((2 * o1 * onum + oden) / oden2);
    const y2 = Math.floor((2 * o2 * onum + oden) / oden2);
    const y3 = Math.floor((2 * o3 * onum + oden) / oden2);
    out[i] = (v0 > pc ? pc : v0) + (y0 > olim ? olim : y0);
    out[i + 1] = (v1 > pc ? pc : v1) + (y1 > olim ? olim : y1);
    out[i + 2] = (v2 > pc ? pc : v2) + (y2 > olim ? olim : y2);
    out[i + 3] = (v3 > pc ? pc : v3) + (y3 > olim ? olim : y3);
  }
  return i;
}

/** fourPlain for a rule with three cut points: three comparisons a person, not four. */
function fourPlainThree(d: Float64Array, burden: ArrayLike<number>, out: Float64Array, from: number, to: number): number {
  const f = burdenBandsAt(d);
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const s2 = d[f + 4]!;
  const s3 = d[f + 5]!;
  const pc = d[2]!;
  const max = MAX_FEN * 1;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    const b0 = burden[i]!;
    const b1 = burden[i + 1]!;
    const b2 = burden[i + 2]!;
    const b3 = burden[i + 3]!;
    if (!(b0 >= 0 && b0 <= max && Math.floor(b0) === b0 && b1 >= 0 && b1 <= max && Math.floor(b1) === b1
      && b2 >= 0 && b2 <= max && Math.floor(b2) === b2 && b3 >= 0 && b3 <= max && Math.floor(b3) === b3)) break;
    const k0 = q + 2 * ((+(b0 > s1) + +(b0 > s2) + +(b0 > s3)) | 0);
    const k1 = q + 2 * ((+(b1 > s1) + +(b1 > s2) + +(b1 > s3)) | 0);
    const k2 = q + 2 * ((+(b2 > s1) + +(b2 > s2) + +(b2 > s3)) | 0);
    const k3 = q + 2 * ((+(b3 > s1) + +(b3 > s2) + +(b3 > s3)) | 0);
    const v0 = Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D);
    const v1 = Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D);
    const v2 = Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D);
    const v3 = Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D);
    out[i] = v0 > pc ? pc : v0;
    out[i + 1] = v1 > pc ? pc : v1;
    out[i + 2] = v2 > pc ? pc : v2;
    out[i + 3] = v3 > pc ? pc : v3;
  }
  return i;
}

/** fourPlain for a rule with at most two cut points: two comparisons a person, not four. */
function fourPlainTwo(d: Float64Array, burden: ArrayLike<number>, out: Float64Array, from: number, to: number): number {
  const f = burdenBandsAt(d);
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const s2 = d[f + 4]!;
  const pc = d[2]!;
  const max = MAX_FEN * 1;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    const b0 = burden[i]!;
    const b1 = burden[i + 1]!;
    const b2 = burden[i + 2]!;
    const b3 = burden[i + 3]!;
    if (!(b0 >= 0 && b0 <= max && Math.floor(b0) === b0 && b1 >= 0 && b1 <= max && Math.floor(b1) === b1
      && b2 >= 0 && b2 <= max && Math.floor(b2) === b2 && b3 >= 0 && b3 <= max && Math.floor(b3) === b3)) break;
    const k0 = q + 2 * ((+(b0 > s1) + +(b0 > s2)) | 0);
    const k1 = q + 2 * ((+(b1 > s1) + +(b1 > s2)) | 0);
    const k2 = q + 2 * ((+(b2 > s1) + +(b2 > s2)) | 0);
    const k3 = q + 2 * ((+(b3 > s1) + +(b3 > s2)) | 0);
    const v0 = Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D);
    const v1 = Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D);
    const v2 = Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D);
    const v3 = Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D);
    out[i] = v0 > pc ? pc : v0;
    out[i + 1] = v1 > pc ? pc : v1;
    out[i + 2] = v2 > pc ? pc : v2;
    out[i + 3] = v3 > pc ? pc : v3;
  }
  return i;
}

/** fourOther for a rule with one cut point (Xinbei: everyone above 0): one comparison a person. */
function fourOtherOne(
  d: Float64Array, burden: ArrayLike<number>, other: ArrayLike<number>, out: Float64Array, from: number, to: number,
): number {
  const f = burdenBandsAt(d);
  const D = d[f + 1]!;
  const q = d[f + 2]! | 0;
  const s1 = d[f + 3]!;
  const pc = d[2]!;
  const onum = d[3]!;
  const oden = d[4]!;
  const oden2 = d[5]!;
  const olim = d[6]!;
  const max = MAX_FEN * 1;
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
    const k0 = q + 2 * ((+(b0 > s1)) | 0);
    const k1 = q + 2 * ((+(b1 > s1)) | 0);
    const k2 = q + 2 * ((+(b2 > s1)) | 0);
    const k3 = q + 2 * ((+(b3 > s1)) | 0);
    const v0 = Math.floor((b0 * d[k0]! + d[k0 + 1]!) / D);
    const v1 = Math.floor((b1 * d[k1]! + d[k1 + 1]!) / D);
    const v2 = Math.floor((b2 * d[k2]! + d[k2 + 1]!) / D);
    const v3 = Math.floor((b3 * d[k3]! + d[k3 + 1]!) / D);
    const y0 = Math.floor((2 * o0 * onum + oden) / oden2);
    const y1 = Math.floor((2 * o1 * onum + oden) / oden2);
    const y2 = Math.floor((2 * o2 * onum + oden) / oden2);
    const y3 = Math.floor((2 * o3 * onum + oden) / oden2);
    out[i] = (v0 > pc ? pc : v0) + (y0 > olim ? olim : y0);
    out[i + 1] = (v1 > pc ? pc : v1) + (y1 > olim ? olim : y1);
    out[i + 2] = (v2 > pc ? pc : v2) + (y2 > olim ? olim : y2);
    out[i + 3] = (v3 > pc ? pc : v3) + (y3 > olim ? olim : y3);
  }
  return i;
}

/**
 * ruleBatch one by one over people [from, to): the last few, a rule with many cut points, and any four with an
 * amount to refuse, so the first bad one is named and everyone before it is paid.
 */
function batchTail(
  d: Float64Array, burden: ArrayLike<number>, other: ArrayLike<number> | undefined, out: Float64Array, from: number, to: number,
): void {
  const f = burdenBandsAt(d);
  const pc = d[2]!;
  for (let i = from; i < to; i++) {
    const b = burden[i]!;
    if (!isFen(b)) throw new DbbxInputError([badFen(`burdenFen[${i}]`, b)]);
    let v = tiersAt(d, f, b);
    if (v > pc) v = pc;
    if (other) {
      const o = other[i]!;
      if (!isFen(o)) throw new DbbxInputError([badFen(`otherFen[${i}]`, o)]);
      v += otherAt(d, o);
    }
    out[i] = v;
  }
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Appends the burden bands to typed rule data whose header and band records are filled (see above), or returns
 * null when a rule's figures are too fine for them to stay below 2^53 (the decimal.js steps run instead).
 */
function withBurdenBands(x: Float64Array, thresholdFen: number): Float64Array | null {
  const nb = x[0]!;
  const ec = x[1]!;
  const pc = x[2]!;
  // The counted burden's band and payout, by the band records (exact: see compileRule's bound).
  const xBand = (v: number) => { let k = 0; while (k + 1 < nb && v > x[BAND0 + STRIDE * (k + 1)]!) k++; return k; };
  const tiers = (b: number) => {
    const v = b > ec ? ec : b;
    const o = BAND0 + STRIDE * xBand(v);
    return x[o + 4]! + Math.floor((2 * (v - x[o]!) * x[o + 1]! + x[o + 2]!) / x[o + 3]!);
  };
  const cuts = new Set<number>([thresholdFen]);
  for (let k = 1; k < nb; k++) if (x[BAND0 + STRIDE * k]! < ec) cuts.add(x[BAND0 + STRIDE * k]!);
  if (ec < MAX_FEN) cuts.add(ec);
  if (tiers(MAX_FEN) > pc) {
    // The tiers' total never falls as the burden grows (each row is a rounded product of a growing width), so
    // the cap bites from the least burden whose tiers exceed it on: found by halving.
    let lo = 0;
    let hi = MAX_FEN;
    while (lo < hi) { const mid = Math.floor((lo + hi) / 2); if (tiers(mid) > pc) hi = mid; else lo = mid + 1; }
    if (lo > 0) cuts.add(lo - 1);
  }
  const sorted = [...cuts].filter((c) => c >= 0 && c < MAX_FEN).sort((a, b) => a - b);
  const m = sorted.length + 1;
  let d0 = 1;
  for (let k = 0; k < nb; k++) { const den = x[BAND0 + STRIDE * k + 2]!; d0 = (d0 / gcd(d0, den)) * den; }
  if (!Number.isSafeInteger(d0)) return null;
  const D = 2n * BigInt(d0);
  const q = BAND0 + STRIDE * nb + CUT1 + Math.max(4, m - 1);
  const d = new Float64Array(q + 2 * m);
  d.set(x);
  const f = BAND0 + STRIDE * nb;
  d[f] = m;
  d[f + 1] = Number(D);
  d[f + 2] = q;
  for (let j = 1; j <= Math.max(4, m - 1); j++) d[f + 2 + j] = sorted[j - 1] ?? Infinity;
  const limit = BigInt(SAFE);
  for (let c = 0; c < m; c++) {
    // Every burden in band c shares the first one's counted-burden band (each band start below the expense
    // limit is a cut), or lies past the expense limit (a cut too), where the payout no longer changes.
    const first = c === 0 ? 0 : sorted[c - 1]! + 1;
    let A = 0n;
    let B: bigint;
    if (first > ec) B = D * BigInt(tiers(ec));
    else {
      const o = BAND0 + STRIDE * xBand(first);
      const scale = BigInt(d0 / x[o + 2]!);
      const num = BigInt(x[o + 1]!);
      // before + floor((2(b − start)·num + den) / (2·den)), numerator and denominator times d0 / den.
      A = 2n * num * scale;
      B = BigInt(d0) + D * BigInt(x[o + 4]!) - 2n * BigInt(x[o]!) * num * scale;
    }
    if (BigInt(MAX_FEN) * A + (B < 0n ? -B : B) + D > limit) return null;
    d[q + 2 * c] = Number(A);
    d[q + 2 * c + 1] = Number(B);
  }
  return d;
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
  // A row rounded half-up as floor((2·base·num + den) / (2·den)) is exact while a = 2·base·num + den stays below
  // 2^53 − 2·den for any base up to the engine's limit (the same argument as for the burden bands, with D = 2·den).
  const fits = (f: { num: number; den: number }) => Number.isSafeInteger(f.num) && 2 * MAX_FEN * f.num + 3 * f.den <= SAFE;
  // (one band's full amount is at most the burden limit, so `before` stays exact too.)
  // The banded layout needs bands in order that do not overlap; a tier that can pay nothing is left out.
  const bands = tiers.filter((t) => t.toFen > t.fromFen);
  const ordered = bands.every((t, i) => i === 0 || t.fromFen >= bands[i - 1]!.toFen);
  let data: Float64Array | null = null;
  if (mode !== 'decimal' && tiers.every(fits) && (!other || fits(other)) && ordered) {
    // Bands from 0: a ratio-0 band below the first tier and in any gap between tiers.
    const filled: { from: number; num: number; den: number; full: number }[] = [];
    let at = 0;
    for (const t of bands) {
      if (t.fromFen > at) filled.push({ from: at, num: 0, den: 1, full: 0 });
      filled.push({
        from: t.fromFen, num: t.num, den: t.den,
        full: Number.isFinite(t.toFen) ? Math.floor((2 * (t.toFen - t.fromFen) * t.num + t.den) / (2 * t.den)) : 0,
      });
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
    data = withBurdenBands(data, fen(rule.threshold));
  }
  const integer = data !== null;

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
      if (d) return tiersAt(d, burdenBandsAt(d), burdenFen) > capFen;
      const r = new Float64Array(n);
      rows(burdenFen, r, 0);
      return r.reduce((a, b) => a + b, 0) > capFen;
    },
  };
}
