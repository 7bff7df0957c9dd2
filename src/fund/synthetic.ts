// A stated, reproducible synthetic insured population for what-if work when no claims file is at hand. Most
// insured people have no compliant burden in a year; a stated share are hospitalised, and their yearly
// compliant burdens follow a log-normal (many small, a long tail), in whole 分. Same parameters, same people,
// on every machine.
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { MAX_AMOUNT } from '../engine/amount.js';

export interface SyntheticParams {
  /** Everyone insured: the people generated, with or without a burden. */
  people: number;
  /**
   * Share of the insured with any compliant burden in the year (hospitalised), 0–1. Default 1: every
   * person generated has a burden (the population of people with costs, as before).
   */
  hospitalised?: number;
  /** 元: the median yearly compliant burden of the people hospitalised. */
  median: number;
  /** Spread of the log-normal (σ of the log). */
  spread: number;
  seed?: number;
}

const LIMIT_FEN = MAX_AMOUNT.times(100).toNumber();

export function syntheticPopulation(p: SyntheticParams): Float64Array {
  const issues: InputIssue[] = [];
  const share = p.hospitalised ?? 1;
  if (!Number.isInteger(p.people) || p.people < 1 || p.people > 20_000_000) {
    issues.push(issue('people', 'bad-people', '人数应为 1 到 2000 万之间的整数。', 'People must be a whole number from 1 to 20 million.'));
  }
  if (!(share > 0 && share <= 1)) {
    issues.push(issue('hospitalised', 'bad-share', '住院人数占比应大于 0、不超过 100%。', 'The share hospitalised must be above 0 and at most 100%.'));
  }
  if (!(p.median > 0 && p.median <= 10_000_000)) issues.push(issue('median', 'bad-median', '中位数应为正数（元）。', 'The median must be a positive amount (yuan).'));
  if (!(p.spread > 0 && p.spread <= 4)) issues.push(issue('spread', 'bad-spread', '离散程度应在 0 到 4 之间。', 'The spread must be between 0 and 4.'));
  if (issues.length) throw new DbbxInputError(issues);
  const out = new Float64Array(p.people);
  // xorshift32 and Box–Muller: geometry of a sample, not money; each draw is rounded to a whole 分.
  let x = (p.seed ?? 20261124) >>> 0 || 1;
  const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return (x + 0.5) / 4294967296; };
  const mu = Math.log(p.median);
  for (let i = 0; i < p.people; i++) {
    // With share 1 no draw is spent on the coin, so the people of earlier versions come out the same.
    if (share < 1 && next() >= share) { out[i] = 0; continue; }
    const z = Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
    out[i] = Math.min(LIMIT_FEN, Math.round(Math.exp(mu + p.spread * z) * 100));
  }
  return out;
}
