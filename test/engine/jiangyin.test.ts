// 江阴市城乡居民大病保险制度 (in force 2020-07-01). 二、（四）待遇水平: "2020 年起付标准为 1.8 万元"; "1.8 万元
// （不含本数）至 10 万元（含本数）的部分…支付 60%；10 万元以上的部分…支付 80%"; "医疗救助对象的大病保险起付标准
// 比普通参保人员降低 50%，各报销段报销比例比普通参保人员提高 5%".
import { expect } from '@open-wc/testing';
import { calcWith, inputIssues, rows } from '../helpers.js';

const resident = calcWith({ region: '320281', date: '2020-08-01', scheme: 'resident' });
const employee = calcWith({ region: '320281', date: '2020-08-01', scheme: 'employee' });

describe('Jiangyin 二、（四）待遇水平', () => {
  it('pays nothing at the 18,000 threshold and 0.01 just above it', () => {
    expect(resident('17999.99').payout).to.equal('0.00');
    expect(resident('18000').payout).to.equal('0.00');
    // 0.01 × 60% = 0.006 → 0.01.
    expect(resident('18000.01').payout).to.equal('0.01');
  });

  it('pays 60% up to 100,000 and 80% above', () => {
    // 100,000: (100,000 − 18,000) × 60% = 82,000 × 0.6 = 49,200.00.
    expect(resident('100000').payout).to.equal('49200.00');
    // 100,000.01: 49,200 + 0.01 × 80% = 0.008 → 0.01.
    expect(resident('100000.01').payout).to.equal('49200.01');
    // 200,000: 49,200 + 100,000 × 80% = 129,200.00; no cap in the document.
    const r = resident('200000');
    expect(r.payout).to.equal('129200.00');
    expect(r.cap).to.deep.include({ kind: 'none', amount: null, applied: false });
  });

  it('pays employees by the same rule (二、（一）保障对象)', () => {
    expect(employee('200000').payout).to.equal('129200.00');
    expect(employee('100000').payout).to.equal('49200.00');
  });

  it('halves the threshold and adds 5 points for 医疗救助对象', () => {
    const ma = { group: 'medical-assistance' as const };
    // Threshold 18,000 × (1 − 50%) = 9,000.
    expect(resident('9000', ma).payout).to.equal('0.00');
    expect(resident('9000', ma).threshold).to.equal('9000.00');
    // 0.01 × 65% = 0.0065 → 0.01.
    expect(resident('9000.01', ma).payout).to.equal('0.01');
    // 100,000: (100,000 − 9,000) × 65% = 91,000 × 0.65 = 59,150.00 (the first band widens to 9,000; the
    // 100,000 boundary stays).
    expect(resident('100000', ma).payout).to.equal('59150.00');
    // 200,000: 59,150 + 100,000 × 85% = 144,150.00.
    const r = employee('200000', ma);
    expect(r.payout).to.equal('144150.00');
    expect(rows(r)).to.deep.equal([
      ['tier', '9000.00', '100000.00', '0.65', '91000.00', '59150.00'],
      ['tier', '100000.00', null, '0.85', '100000.00', '85000.00'],
    ]);
    expect(r.group).to.equal('medical-assistance');
    expect(r.notes.map((n) => n.en).join(' ')).to.contain('+5 percentage points');
  });

  it('starts on 2020-07-01', () => {
    expect(inputIssues({ region: '320281', date: '2020-06-30', scheme: 'resident', selfPaid: '50000' })[0]!.field).to.equal('date');
    // 50,000: (50,000 − 18,000) × 60% = 19,200.00.
    expect(resident('50000', { date: '2020-07-01' }).payout).to.equal('19200.00');
  });

  it('warns after 2020 that the threshold is the 2020 figure Wuxi sets yearly', () => {
    expect(resident('50000').warnings).to.deep.equal([]);
    const later = resident('50000', { date: '2022-03-01' });
    expect(later.payout).to.equal('19200.00');
    expect(later.warningDetails.map((w) => w.code)).to.deep.equal(['threshold-year', 'figures-may-be-stale']);
    expect(later.warningDetails[0]!.zh).to.contain('2022');
    // It says what to do about it, in both languages (issue 10).
    expect(later.warningDetails[0]!.zh).to.contain('医保部门可能已调整').and.contain('运营方可登记 2022 年的标准');
    expect(later.warningDetails[0]!.en).to.contain('the bureau may have changed it').and.contain('An operator can register the 2022 figure');
    // For 医疗救助对象 the warning states the threshold actually applied: 18,000 × 50% = 9,000.
    const ma = resident('50000', { date: '2022-03-01', group: 'medical-assistance' });
    expect(ma.warningDetails[0]!.zh).to.contain('18000.00').and.contain('本次适用 9000.00');
  });

  it('treats 低保 not certified as medical-assistance as general, with a warning', () => {
    const r = resident('100000', { group: 'subsistence' });
    expect(r.payout).to.equal('49200.00');
    expect(r.warningDetails[0]!.code).to.equal('group-not-recognised');
    // A cashier must be told that a certified 医疗救助对象 is paid more (二、（四）).
    expect(r.warningDetails[0]!.zh).to.contain('如已认定为医疗救助对象');
  });
});
