// 甬政办发〔2013〕268号 (宁波市区), in force from 2014-09-01.
// 五、保障范围: "2万元至5万元（含）部分，支付50%；5万元至10万元（含）部分，支付55%；10万元以上部分，支付60%；
// 市区最高补偿合规医疗费限额50万元"; "补偿起付标准确定为2万元".
import { expect } from '@open-wc/testing';
import { calcWith, inputIssues, rows } from '../helpers.js';

const ningbo = calcWith({ region: '330200', date: '2015-06-01', scheme: 'resident' });

describe('Ningbo 甬政办发〔2013〕268号 五、保障范围', () => {
  it('pays nothing below and at the 20,000 threshold', () => {
    // 19,999.99 and 20,000.00 are not above 起付标准 2万元: nothing falls in any band.
    expect(ningbo('19999.99').payout).to.equal('0.00');
    const at = ningbo('20000');
    expect(at.payout).to.equal('0.00');
    expect(at.threshold).to.equal('20000.00');
    expect(rows(at)).to.deep.equal([
      ['tier', '20000.00', '50000.00', '0.5', '0.00', '0.00'],
      ['tier', '50000.00', '100000.00', '0.55', '0.00', '0.00'],
      ['tier', '100000.00', null, '0.6', '0.00', '0.00'],
    ]);
  });

  it('rounds one 分 above the threshold half-up', () => {
    // 0.01 × 50% = 0.005 → 四舍五入 0.01.
    expect(ningbo('20000.01').payout).to.equal('0.01');
  });

  it('pays each band at its own ratio at every boundary', () => {
    // 50,000: (50,000 − 20,000) × 50% = 15,000.00.
    expect(ningbo('50000').payout).to.equal('15000.00');
    // 50,000.01: 15,000 + 0.01 × 55% = 15,000.0055 → 15,000.01.
    expect(ningbo('50000.01').payout).to.equal('15000.01');
    // 100,000: 15,000 + 50,000 × 55% = 15,000 + 27,500 = 42,500.00.
    expect(ningbo('100000').payout).to.equal('42500.00');
    // 100,000.01: 42,500 + 0.01 × 60% = 0.006 → 0.01: 42,500.01.
    expect(ningbo('100000.01').payout).to.equal('42500.01');
  });

  it('gives 72,500.00 for 150,000 (the issue\'s reference case)', () => {
    // 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 15,000 + 27,500 + 30,000 = 72,500.00.
    const r = ningbo('150000');
    expect(r.payout).to.equal('72500.00');
    expect(r.yearToDatePayout).to.equal('72500.00');
    expect(rows(r)).to.deep.equal([
      ['tier', '20000.00', '50000.00', '0.5', '30000.00', '15000.00'],
      ['tier', '50000.00', '100000.00', '0.55', '50000.00', '27500.00'],
      ['tier', '100000.00', null, '0.6', '50000.00', '30000.00'],
    ]);
    expect(r.cap).to.deep.include({ kind: 'expense', amount: '500000.00', applied: false });
    expect(r.policy).to.deep.equal({
      id: 'ningbo-2013-268', region: '330200', documentNo: '甬政办发〔2013〕268号',
      title: '宁波市人民政府办公厅关于开展城乡居民大病保险工作的实施意见', effectiveFrom: '2014-09-01', effectiveTo: null,
    });
  });

  it('counts compliant expenses up to the 500,000 limit only', () => {
    // 500,000: 15,000 + 27,500 + 400,000 × 60% = 282,500.00; the limit is reached, not exceeded.
    const at = ningbo('500000');
    expect(at.payout).to.equal('282500.00');
    expect(at.cap.applied).to.equal(false);
    // 500,000.01: the 0.01 above 最高补偿合规医疗费限额50万元 is not counted: still 282,500.00.
    const over = ningbo('500000.01');
    expect(over.payout).to.equal('282500.00');
    expect(over.cap.applied).to.equal(true);
    // 1,000,000: 500,000 above the limit is shown on its own row, paid 0.
    const far = ningbo('1000000');
    expect(far.payout).to.equal('282500.00');
    expect(rows(far)[3]).to.deep.equal(['cap', '500000.00', null, '0', '500000.00', '0.00']);
  });

  it('pays a second discharge the difference of the year-to-date payouts', () => {
    // Before: 30,000 → (30,000 − 20,000) × 50% = 5,000. Now: 150,000 → 72,500. This claim: 67,500.00.
    const r = ningbo('150000', { priorSelfPaid: '30000' });
    expect(r.payout).to.equal('67500.00');
    expect(r.priorYearToDatePayout).to.equal('5000.00');
    // Claim rows: band 1 takes 20,000 more (10,000), band 2 all 27,500, band 3 all 30,000.
    expect(r.claimRows.map((x) => x.amount)).to.deep.equal(['10000.00', '27500.00', '30000.00']);
  });

  it('covers residents only (三、保障对象): employees get a clear error', () => {
    const issues = inputIssues({ region: '330200', date: '2015-06-01', scheme: 'employee', selfPaid: '150000' });
    expect(issues.map((i) => i.field)).to.deep.equal(['scheme']);
    expect(issues[0]!.zh).to.contain('不覆盖职工医保');
    expect(issues[0]!.en).to.contain('does not cover employee');
  });

  it('treats a group the document does not name as general, and says so', () => {
    const r = ningbo('150000', { group: 'subsistence' });
    expect(r.payout).to.equal('72500.00');
    expect(r.group).to.equal('general');
    expect(r.warningDetails.map((w) => w.code)).to.deep.equal(['group-not-recognised']);
    expect(r.warnings[0]).to.contain('按普通参保人员计算').and.contain('calculated as general');
  });

  it('has no version before 2014-09-01 (二、工作目标)', () => {
    const issues = inputIssues({ region: '330200', date: '2014-08-31', scheme: 'resident', selfPaid: '150000' });
    expect(issues.map((i) => i.field)).to.deep.equal(['date']);
    expect(issues[0]!.zh).to.contain('2014-09-01');
    expect(ningbo('150000', { date: '2014-09-01' }).payout).to.equal('72500.00');
  });

  it('cites the clause behind every figure in the trace', () => {
    const r = ningbo('150000');
    const byKey = Object.fromEntries(r.trace.map((t) => [t.key, t]));
    expect(byKey.threshold).to.deep.include({
      value: '20000.00',
      citation: { documentNo: '甬政办发〔2013〕268号', clause: '五、保障范围', quote: '大病保险实施时，补偿起付标准确定为2万元。' },
    });
    expect(byKey['tier-1']!.value).to.equal('50000.00 × 0.55 = 27500.00');
    expect(byKey.payout!.value).to.equal('72500.00 − 0.00 = 72500.00');
    expect(r.notes.map((n) => n.id)).to.include('ningbo-resident-only');
  });
});
