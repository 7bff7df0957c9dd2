// The engine's half of the desk-safety faults: no scheme or group is ever replaced by another, bad calls are
// DbbxInputError naming the field, and a year whose rule changes reports only what was actually paid.
import { expect } from '@open-wc/testing';
import {
  resolvePolicy, settleYear, checkIdNumber, DbbxInputError, type DischargeResult, type InputIssue, type YearResult,
} from '../../src/engine/index.js';

const ok = (r: YearResult) => r.discharges.filter((d): d is DischargeResult => d.ok);
function refused(f: () => unknown): InputIssue[] {
  try { f(); } catch (e) {
    expect(e).to.be.instanceOf(DbbxInputError);
    return (e as DbbxInputError).issues;
  }
  expect.fail('should have thrown DbbxInputError');
  return [];
}

describe('schemes and groups are never replaced by another', () => {
  it('resolvePolicy refuses a scheme that is not one (it used to throw a TypeError)', () => {
    for (const s of ['zzz', 'Resident', '城乡居民']) {
      const [i] = refused(() => resolvePolicy('330200', '2015-06-01', s as never));
      expect(i).to.deep.include({ field: 'scheme', code: 'bad-scheme' });
      expect(i!.zh).to.contain(s).and.contain('城乡居民医保（resident）');
    }
    // An empty scheme (an empty attribute) is "the first the policy covers".
    expect(resolvePolicy('330200', '2015-06-01', '' as never).scheme).to.equal('resident');
  });

  it('settleYear refuses bad calls whole, naming each field', () => {
    expect(refused(() => settleYear(null as never))[0]!.field).to.equal('request');
    expect(refused(() => settleYear({ region: '330200', scheme: 'resident', discharges: 'x' as never })).map((i) => i.field)).to.deep.equal(['discharges']);
    const y = refused(() => settleYear({ region: '330200', scheme: 'resident', year: '2015' as never, discharges: [] }));
    expect(y[0]).to.deep.include({ field: 'year', code: 'bad-year' });
    expect(refused(() => settleYear({ region: '330200', scheme: 'zzz' as never, discharges: [] }))[0]!.code).to.equal('bad-scheme');
    expect(refused(() => settleYear({ region: '330200', scheme: 'resident', group: '低保' as never, discharges: [] }))[0]).to.deep.include({ field: 'group', code: 'bad-group' });
  });

  it('settleYear keeps a row that is not a discharge, or has an impossible date, to itself', () => {
    const r = settleYear({
      region: '330200', scheme: 'resident',
      discharges: [{ date: '2015-03-01', selfPaid: '40000' }, null as never, { date: '2015-02-30', selfPaid: '1000' }],
    });
    // (40,000 − 20,000) × 50% = 10,000.00 (甬政办发〔2013〕268号 五); the two bad rows say why, each on its own.
    expect(ok(r).map((d) => d.payout)).to.deep.equal(['10000.00']);
    expect(r.year).to.equal(2015);
    const bad = r.discharges.filter((d) => !d.ok);
    expect(bad.map((d) => d.index).sort()).to.deep.equal([1, 2]);
    expect(r.issues.some((i) => i.field === 'discharges[2].date' && i.code === 'bad-date')).to.equal(true);
  });
});

describe('a year whose rule changes (潮府办〔2012〕90号, then 粤府办〔2016〕85号 from 2016-08-16)', () => {
  it('reports what was actually paid before each discharge, never the new rule\'s year figure', () => {
    const r = settleYear({
      region: '445100', scheme: 'resident', group: 'subsistence',
      discharges: [{ id: 'a', date: '2016-03-01', selfPaid: '300000' }, { id: 'b', date: '2016-09-01', selfPaid: '50000' }],
    });
    const [a, b] = ok(r);
    // a, under 潮府办〔2012〕90号 二（三） alone (no 低保 rule yet): (30,000 − 10,000) × 50% + (300,000 − 30,000) × 60%
    // = 10,000 + 162,000 = 172,000, capped at 100,000.
    expect([a!.payout, a!.paidBefore, a!.yearToDatePayout, a!.crossesThreshold, a!.reachesCap, a!.ruleChanged])
      .to.deep.equal(['100000.00', '0.00', '100000.00', true, true, false]);
    // b, with 粤府办〔2016〕85号 三（三） for 低保: threshold 10,000 × 30% = 3,000, ratios at least 70%, no cap:
    // year-to-date (350,000 − 3,000) × 70% = 242,900 less (300,000 − 3,000) × 70% = 207,900 → 35,000.00. What was
    // paid before it is 100,000.00 (not 207,900), and the year has paid 135,000.00 (not 242,900).
    expect([b!.payout, b!.paidBefore, b!.yearToDatePayout, b!.crossesThreshold, b!.ruleChanged])
      .to.deep.equal(['35000.00', '100000.00', '135000.00', false, true]);
    expect(r.ruleChanges).to.deep.equal([{ date: '2016-09-01', before: ['潮府办〔2012〕90号'], after: ['潮府办〔2012〕90号', '粤府办〔2016〕85号'] }]);
    expect(r.totalPayout).to.equal('135000.00');
  });

  it('marks the threshold crossed under the rule in force for each discharge (特困)', () => {
    const r = settleYear({
      region: '445100', scheme: 'resident', group: 'extreme-poverty',
      discharges: [{ date: '2016-08-01', selfPaid: '5000' }, { date: '2016-09-01', selfPaid: '3000' }],
    });
    const [a, b] = ok(r);
    // a: 5,000 is under the city threshold of 10,000 (二（三）): nothing paid, nothing crossed.
    expect([a!.payout, a!.crossesThreshold]).to.deep.equal(['0.00', false]);
    // b: 特困 threshold 10,000 × 20% = 2,000 and ratio at least 80% (粤府办〔2016〕85号 三（三）): year to date
    // (8,000 − 2,000) × 80% = 4,800 less (5,000 − 2,000) × 80% = 2,400 → 2,400.00, and this discharge is the first
    // above its own threshold. Paid in the year: 2,400.00, not the new rule's 4,800.
    expect([b!.payout, b!.crossesThreshold, b!.paidBefore, b!.yearToDatePayout]).to.deep.equal(['2400.00', true, '0.00', '2400.00']);
  });
});

describe('the slip\'s ID number check (GB 11643-1999)', () => {
  it('accepts a well-formed number and names what is wrong with others', () => {
    // 11010519491231002X: the standard's own example; its check character is X.
    expect(checkIdNumber('11010519491231002X')).to.deep.equal({ ok: true });
    expect(checkIdNumber('11010519491231002x')).to.deep.equal({ ok: true });
    expect(checkIdNumber('110105194912310021')).to.deep.include({ ok: false, code: 'check-digit' });
    expect(checkIdNumber('11010519491231002')).to.deep.include({ ok: false, code: 'length' });
    expect(checkIdNumber('1101051949123100ZX')).to.deep.include({ ok: false, code: 'characters' });
    expect(checkIdNumber('110105194902301234')).to.deep.include({ ok: false, code: 'birth-date' });
  });
});
