// Properties that must hold for every policy, scheme and group, over thousands of random amounts.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calculate, type CalculationRequest, type Group, type Scheme } from '../../src/engine/index.js';
import { Decimal } from '../../src/engine/decimal.js';

interface Situation { region: string; date: string; scheme: Scheme; group: Group; other: boolean }
const situations: Situation[] = [
  { region: '330200', date: '2015-06-01', scheme: 'resident', group: 'general', other: false },
  ...(['resident', 'employee'] as const).flatMap((scheme) => (['general', 'medical-assistance'] as const).map((group) =>
    ({ region: '320281', date: '2020-08-01', scheme, group, other: false }))),
  ...(['2015-06-01', '2017-06-01'] as const).flatMap((date) => (['resident', 'employee'] as const).flatMap((scheme) =>
    (['general', 'extreme-poverty', 'subsistence', 'registered-poor'] as const).map((group) =>
      ({ region: '445100', date, scheme, group, other: false })))),
  { region: '320411', date: '2022-06-01', scheme: 'resident', group: 'subsistence', other: true },
];

const yuan = (fen: number) => new Decimal(fen).dividedBy(100).toFixed(2);
const fenAmount = fc.integer({ min: 0, max: 150_000_000 }); // up to 1.5 million 元
const situation = fc.constantFrom(...situations);
const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0)).toFixed(2);

function request(s: Situation, selfPaid: number, prior: number, other = 0, priorOther = 0): CalculationRequest {
  return {
    region: s.region, date: s.date, scheme: s.scheme, group: s.group,
    selfPaid: yuan(selfPaid), priorSelfPaid: yuan(prior),
    ...(s.other ? { otherSelfPaid: yuan(other), priorOtherSelfPaid: yuan(priorOther) } : {}),
  };
}

const RUNS = { numRuns: 3000 };

describe('properties of every policy', () => {
  it('pays a claim between 0 and the claim\'s own amount, and its rows add up', () => {
    fc.assert(fc.property(situation, fenAmount, fenAmount, fenAmount, fenAmount, (s, a, b, c, d) => {
      const [prior, total] = a <= b ? [a, b] : [b, a];
      const [priorOther, other] = c <= d ? [c, d] : [d, c];
      const r = calculate(request(s, total, prior, other, priorOther));
      const claimed = new Decimal(total - prior + (s.other ? other - priorOther : 0)).dividedBy(100);
      expect(new Decimal(r.payout).greaterThanOrEqualTo(0), 'never negative').to.equal(true);
      expect(new Decimal(r.payout).lessThanOrEqualTo(claimed), 'never above the claim').to.equal(true);
      expect(sum(r.tiers.map((t) => t.amount)), 'YTD rows').to.equal(r.yearToDatePayout);
      expect(sum(r.claimRows.map((t) => t.amount)), 'claim rows').to.equal(r.payout);
      expect(r.payout).to.equal(new Decimal(r.yearToDatePayout).minus(r.priorYearToDatePayout).toFixed(2));
      expect(r.payout).to.match(/^\d+\.\d{2}$/);
    }), RUNS);
  });

  it('never pays less for a larger year-to-date burden', () => {
    fc.assert(fc.property(situation, fenAmount, fenAmount, (s, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const low = calculate(request(s, lo, 0, lo, 0)).yearToDatePayout;
      const high = calculate(request(s, hi, 0, hi, 0)).yearToDatePayout;
      expect(new Decimal(low).lessThanOrEqualTo(high)).to.equal(true);
    }), RUNS);
  });

  it('pays several discharges in a year exactly what one claim of the total pays', () => {
    fc.assert(fc.property(situation, fc.array(fc.integer({ min: 0, max: 40_000_000 }), { minLength: 1, maxLength: 8 }), (s, parts) => {
      let cumulative = 0;
      const payouts: string[] = [];
      for (const p of parts) {
        const next = cumulative + p;
        payouts.push(calculate(request(s, next, cumulative, next, cumulative)).payout);
        cumulative = next;
      }
      const whole = calculate(request(s, cumulative, 0, cumulative, 0)).payout;
      expect(sum(payouts)).to.equal(whole);
    }), RUNS);
  });
});
