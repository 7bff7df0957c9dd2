// A stated, reproducible synthetic population for what-if work when no claims file is at hand: yearly
// compliant burdens drawn from a log-normal (many small, a long tail), in whole 分. Same parameters, same
// people, on every machine.
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { MAX_AMOUNT } from '../engine/amount.js';

export interface SyntheticParams {
  /** People with any compliant burden in the year. */
  people: number;
  /** 元: the median yearly burden of those people. */
  median: number;
  /** Spread of the log-normal (σ of the log); 1.0–1.6 looks like inpatient costs. */
  spread: number;
  seed?: number;
}

const LIMIT_FEN = MAX_AMOUNT.times(100).toNumber();

export function syntheticPopulation(p: SyntheticParams): Float64Array {
  const issues: InputIssue[] = [];
  if (!Number.isInteger(p.people) || p.people < 1 || p.people > 20_000_000) {
    issues.push(issue('people', 'bad-people', '人数应为 1 到 2000 万之间的整数。', 'People must be a whole number from 1 to 20 million.'));
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
    const z = Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
    out[i] = Math.min(LIMIT_FEN, Math.round(Math.exp(mu + p.spread * z) * 100));
  }
  return out;
}
