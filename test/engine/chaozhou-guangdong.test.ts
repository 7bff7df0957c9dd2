// 潮府办〔2012〕90号 二、（三）保障水平 (Chaozhou, from 2013-01-01): residents "超过 1 万元且不足 3 万元的部分按不低于
// 50%…超过 3 万元以上部分按不低于 60%…年度累计赔付限额为不低于 10 万元"; employees 70% / 90% / 38 万元.
// 粤府办〔2016〕85号 三、（三） (Guangdong, from 2016-08-16), for resident 困难群体: 特困供养人员 threshold −80%, ratios
// ≥ 80%; 建档立卡、低保 threshold −70%, ratios ≥ 70%; "不设年度最高支付限额".
import { expect } from '@open-wc/testing';
import { calcWith, inputIssues, rows } from '../helpers.js';

const resident = calcWith({ region: '445100', date: '2015-06-01', scheme: 'resident' });
const employee = calcWith({ region: '445100', date: '2015-06-01', scheme: 'employee' });
const resident2017 = calcWith({ region: '445100', date: '2017-06-01', scheme: 'resident' });

describe('Chaozhou 潮府办〔2012〕90号 二、（三）保障水平', () => {
  it('pays residents from the 10,000 threshold', () => {
    expect(resident('10000').payout).to.equal('0.00');
    // 0.01 × 50% = 0.005 → 0.01.
    expect(resident('10000.01').payout).to.equal('0.01');
    // 30,000: 20,000 × 50% = 10,000.00.
    expect(resident('30000').payout).to.equal('10000.00');
    // 30,000.01: 10,000 + 0.006 → 10,000.01.
    expect(resident('30000.01').payout).to.equal('10000.01');
  });

  it('stops residents at the 100,000 annual payout cap', () => {
    // Cap reached where 10,000 + (B − 30,000) × 60% = 100,000 → B = 180,000.
    const at = resident('180000');
    expect(at.payout).to.equal('100000.00');
    expect(at.cap).to.deep.include({ kind: 'payout', amount: '100000.00', applied: false });
    // 180,000.01: 10,000 + 150,000.01 × 60% = 10,000 + 90,000.006 → 90,000.01 = 100,000.01; the cap row takes 0.01.
    const over = resident('180000.01');
    expect(over.payout).to.equal('100000.00');
    expect(over.cap.applied).to.equal(true);
    expect(rows(over)).to.deep.equal([
      ['tier', '10000.00', '30000.00', '0.5', '20000.00', '10000.00'],
      ['tier', '30000.00', null, '0.6', '150000.01', '90000.01'],
      ['cap', '100000.00', null, '-1', '0.01', '-0.01'],
    ]);
    // A claim entirely above the cap is paid nothing: 200,000 → 300,000 both capped.
    expect(resident('300000', { priorSelfPaid: '200000' }).payout).to.equal('0.00');
    // A claim that crosses it is paid up to it: before 100,000 → 10,000 + 70,000 × 60% = 52,000; now capped
    // at 100,000: this claim 48,000.00.
    expect(resident('300000', { priorSelfPaid: '100000' }).payout).to.equal('48000.00');
  });

  it('pays employees 70% / 90% up to 380,000', () => {
    // 30,000: 20,000 × 70% = 14,000.00.
    expect(employee('30000').payout).to.equal('14000.00');
    // 100,000: 14,000 + 70,000 × 90% = 77,000.00.
    expect(employee('100000').payout).to.equal('77000.00');
    // Cap: 14,000 + (B − 30,000) × 90% = 380,000 → B − 30,000 = 406,666.67 (rounded).
    // 436,666.67: 406,666.67 × 0.9 = 366,000.003 → 366,000.00; total 380,000.00, cap reached, not exceeded.
    const at = employee('436666.67');
    expect(at.payout).to.equal('380000.00');
    expect(at.cap.applied).to.equal(false);
    // 436,666.68: 406,666.68 × 0.9 = 366,000.012 → 366,000.01; 380,000.01 capped to 380,000.00.
    const over = employee('436666.68');
    expect(over.payout).to.equal('380000.00');
    expect(over.cap).to.deep.include({ kind: 'payout', amount: '380000.00', applied: true });
  });

  it('says the figures are document minimums (不低于)', () => {
    const r = resident('50000');
    // 10,000 + 20,000 × 60% = 22,000.00.
    expect(r.payout).to.equal('22000.00');
    // 2015 is past 2013-12-31, the year the figures are confirmed for (二（六） yearly adjustment): also stale.
    expect(r.warningDetails.map((w) => w.code)).to.deep.equal(['document-minimum', 'figures-may-be-stale']);
    expect(r.warningDetails[0]!.zh).to.contain('潮府办〔2012〕90号').and.contain('支付比例').and.contain('封顶线');
    expect(r.notes.map((n) => n.id)).to.include('chaozhou-minimums');
  });

  it('treats 低保 as general before the Guangdong notice (2016-08-15)', () => {
    const r = resident('50000', { group: 'subsistence', date: '2016-08-15' });
    expect(r.payout).to.equal('22000.00');
    expect(r.group).to.equal('general');
    expect(r.overlays).to.deep.equal([]);
  });
});

describe('Guangdong overlay 粤府办〔2016〕85号 三、（三）on Chaozhou residents', () => {
  it('lowers 特困供养人员\' threshold by 80%, raises every ratio to 80%, removes the cap', () => {
    const g = { group: 'extreme-poverty' as const };
    // Threshold 10,000 × (1 − 80%) = 2,000.
    expect(resident2017('2000', g).payout).to.equal('0.00');
    expect(resident2017('2000', g).threshold).to.equal('2000.00');
    // 0.01 × 80% = 0.008 → 0.01.
    expect(resident2017('2000.01', g).payout).to.equal('0.01');
    // 30,000: (30,000 − 2,000) × 80% = 22,400.00 (band 1 widened down to 2,000; max(50%, 80%) = 80%).
    expect(resident2017('30000', g).payout).to.equal('22400.00');
    // 500,000: 22,400 + 470,000 × max(60%, 80%) = 22,400 + 376,000 = 398,400.00, above the 100,000 general cap.
    const r = resident2017('500000', g);
    expect(r.payout).to.equal('398400.00');
    expect(r.cap).to.deep.include({ kind: 'none', applied: false });
    expect(r.overlays.map((o) => o.documentNo)).to.deep.equal(['粤府办〔2016〕85号']);
    expect(r.trace.find((t) => t.key === 'threshold')!.citation).to.deep.equal({
      documentNo: '粤府办〔2016〕85号', clause: '三、（三）适当向困难群体倾斜', quote: '特困供养人员起付标准下调不低于80%',
    });
  });

  it('lowers 低保 and 建档立卡 thresholds by 70% with ratios of at least 70%', () => {
    for (const group of ['subsistence', 'registered-poor'] as const) {
      // Threshold 10,000 × 30% = 3,000. 30,000: 27,000 × 70% = 18,900.00.
      expect(resident2017('30000', { group }).payout).to.equal('18900.00');
      // 200,000: 18,900 + 170,000 × max(60%, 70%) = 18,900 + 119,000 = 137,900.00 — no annual cap.
      const r = resident2017('200000', { group });
      expect(r.payout).to.equal('137900.00');
      expect(r.threshold).to.equal('3000.00');
      expect(r.tiers.map((t) => t.ratio)).to.deep.equal(['0.7', '0.7']);
      // The minimums now in force are the Guangdong notice's (下调不低于70%, 达到70%以上), and there is no cap.
      expect(r.warningDetails.map((w) => w.code)).to.deep.equal(['document-minimum', 'figures-may-be-stale']);
      expect(r.warningDetails[0]!.zh).to.contain('粤府办〔2016〕85号').and.not.contain('封顶线');
    }
  });

  it('applies from 2016-08-16', () => {
    // 30,000: (30,000 − 3,000) × 70% = 18,900.00 on the notice's date.
    expect(resident('30000', { group: 'subsistence', date: '2016-08-16' }).payout).to.equal('18900.00');
  });

  it('does not apply to employees (the notice is about resident 大病保险)', () => {
    const r = employee('30000', { group: 'subsistence', date: '2017-06-01' });
    // General employee rule: 20,000 × 70% = 14,000.00.
    expect(r.payout).to.equal('14000.00');
    expect(r.group).to.equal('general');
    expect(r.warningDetails.map((w) => w.code)).to.include('group-not-recognised');
  });

  it('is not a city policy: region 440000 alone is refused and points to the cities', () => {
    const issues = inputIssues({ region: '440000', date: '2017-06-01', scheme: 'resident', selfPaid: '30000' });
    expect(issues.map((i) => i.field)).to.deep.equal(['region']);
    expect(issues[0]!.zh).to.contain('潮州市（445100）');
  });
});
