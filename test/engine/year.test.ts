// settleYear: one patient's discharges in a year, each paid the difference of year-to-date payouts.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { settleYear, type DischargeResult, type YearResult } from '../../src/engine/index.js';
import { Decimal } from '../../src/engine/decimal.js';

const ok = (r: YearResult) => r.discharges.filter((d): d is DischargeResult => d.ok);

describe('settleYear', () => {
  it('sorts a Ningbo year by date and pays each discharge its share (甬政办发〔2013〕268号 五)', () => {
    const r = settleYear({
      region: '330200', scheme: 'resident',
      discharges: [
        { id: 'c', date: '2015-09-01', selfPaid: '70000' },
        { id: 'a', date: '2015-03-01', selfPaid: '30000' },
        { id: 'b', date: '2015-06-01', selfPaid: '5万' },
      ],
    });
    // After a: 30,000 → (30,000 − 20,000) × 50% = 5,000.
    // After b: 80,000 → 15,000 + 30,000 × 55% = 31,500; b is paid 26,500.
    // After c: 150,000 → 72,500; c is paid 41,000. 5,000 + 26,500 + 41,000 = 72,500 = one claim of 150,000.
    expect(ok(r).map((d) => [d.id, d.yearToDateSelfPaid, d.payout, d.yearToDatePayout, d.crossesThreshold])).to.deep.equal([
      ['a', '30000.00', '5000.00', '5000.00', true],
      ['b', '80000.00', '26500.00', '31500.00', false],
      ['c', '150000.00', '41000.00', '72500.00', false],
    ]);
    expect([r.year, r.totalSelfPaid, r.totalPayout, r.yearPayout]).to.deep.equal([2015, '150000.00', '72500.00', '72500.00']);
  });

  it('marks the discharge at which Chaozhou\'s 100,000 cap is reached (潮府办〔2012〕90号 二（三）)', () => {
    const r = settleYear({
      region: '445100', scheme: 'resident',
      discharges: [{ date: '2015-02-01', selfPaid: '100000' }, { date: '2015-05-01', selfPaid: '100000' }, { date: '2015-08-01', selfPaid: '1000' }],
    });
    // 100,000 → 10,000 + 70,000 × 60% = 52,000. 200,000 → capped at 100,000: 48,000. 201,000 → 0.
    expect(ok(r).map((d) => [d.payout, d.reachesCap])).to.deep.equal([['52000.00', false], ['48000.00', true], ['0.00', false]]);
    expect(r.totalPayout).to.equal('100000.00');
  });

  it('refuses a discharge from another year without touching this year\'s figures', () => {
    const r = settleYear({
      region: '330200', scheme: 'resident',
      discharges: [{ date: '2015-03-01', selfPaid: '30000' }, { date: '2016-01-05', selfPaid: '99999' }, { date: '2015-04-01', selfPaid: '10000' }],
    });
    // 30,000 → 5,000; 40,000 → 10,000: the second 2015 discharge is paid 5,000.
    expect(ok(r).map((d) => d.payout)).to.deep.equal(['5000.00', '5000.00']);
    const bad = r.discharges.find((d) => !d.ok)!;
    expect(bad.ok ? null : bad.issues.map((i) => [i.field, i.code])).to.deep.equal([['discharges[1].date', 'other-year']]);
    expect(r.issues[0]!.zh).to.contain('不在 2015 年度内');
  });

  it('blocks the discharges after a bad one, whose year-to-date figures depend on it', () => {
    const r = settleYear({
      region: '330200', scheme: 'resident',
      discharges: [{ date: '2015-03-01', selfPaid: '30000' }, { date: '2015-04-01', selfPaid: '1O000' }, { date: '2015-05-01', selfPaid: '10000' }],
    });
    expect(r.discharges.map((d) => (d.ok ? d.payout : d.issues.map((i) => i.code).join()))).to.deep.equal(['5000.00', 'not-a-number', 'blocked']);
    expect(r.totalPayout).to.equal('5000.00');
  });

  it('keeps Xinbei\'s other costs and exclusions per discharge (常开委办〔2021〕143号 三)', () => {
    const r = settleYear({
      region: '320411', scheme: 'resident',
      discharges: [
        { date: '2022-02-01', selfPaid: '1000', otherSelfPaid: '400' },
        { date: '2022-03-01', selfPaid: '2000', otherSelfPaid: '600', excluded: [{ reason: '8', amount: '900' }] },
      ],
    });
    // 1: 1,000 + 400 × 50% = 1,200. 2: YTD 3,000 + 1,000 × 50% = 3,500 → this one 2,300; the 900 abroad is paid 0.
    expect(ok(r).map((d) => [d.payout, d.yearToDateOtherSelfPaid, d.result.excluded.length])).to.deep.equal([
      ['1200.00', '400.00', 0], ['2300.00', '1000.00', 1],
    ]);
    expect(r.yearPayout).to.equal('3500.00');
  });

  it('always sums the discharges to one claim of the year\'s total', () => {
    const day = fc.integer({ min: 1, max: 365 }).map((n) => new Date(Date.UTC(2021, 0, n)).toISOString().slice(0, 10));
    const situation = fc.constantFrom(
      { region: '330200', scheme: 'resident' as const, group: 'general' as const },
      { region: '320281', scheme: 'employee' as const, group: 'medical-assistance' as const },
      { region: '445100', scheme: 'resident' as const, group: 'subsistence' as const },
      { region: '445100', scheme: 'employee' as const, group: 'general' as const },
    );
    const discharges = fc.array(fc.record({ date: day, fen: fc.integer({ min: 0, max: 30_000_000 }) }), { minLength: 1, maxLength: 10 });
    fc.assert(fc.property(situation, discharges, (s, rows) => {
      const r = settleYear({
        ...s, discharges: rows.map((x) => ({ date: x.date, selfPaid: new Decimal(x.fen).dividedBy(100).toFixed(2) })),
      });
      expect(r.issues).to.deep.equal([]);
      expect(r.totalPayout).to.equal(r.yearPayout);
    }), { numRuns: 500 });
  });
});
