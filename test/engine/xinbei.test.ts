// 常开委办〔2021〕143号 (常州新北区低保对象大病补充保险). 三、保障标准: catalogue (甲、乙类) self-paid "按100%给予补偿，
// 不设封顶线"; "在保障范围内的其他个人自付医疗费用，按50%的比例给予补偿，年度报销限额按中标方案实施".
// 二、（二） items 1–9 are not paid. 二、（一）: only 低保对象 enrolled in resident insurance.
import { expect } from '@open-wc/testing';
import { calcWith, inputIssues, rows } from '../helpers.js';

const xinbei = calcWith({ region: '320411', date: '2022-06-01', scheme: 'resident' });

describe('Changzhou Xinbei 常开委办〔2021〕143号 三、保障标准', () => {
  it('pays catalogue self-paid at 100% from the first yuan, with no cap', () => {
    expect(xinbei('0').payout).to.equal('0.00');
    expect(xinbei('0.01').payout).to.equal('0.01');
    // 1,234,567.89 × 100% = 1,234,567.89: 不设封顶线.
    const r = xinbei('1234567.89');
    expect(r.payout).to.equal('1234567.89');
    expect(r.threshold).to.equal('0.00');
    expect(r.cap).to.deep.include({ kind: 'none', applied: false });
    expect(r.group).to.equal('subsistence');
  });

  it('pays other in-scope self-paid at 50%', () => {
    // 5,000 × 100% + 3,000 × 50% = 5,000 + 1,500 = 6,500.00.
    const r = xinbei('5000', { otherSelfPaid: '3000' });
    expect(r.payout).to.equal('6500.00');
    expect(rows(r)).to.deep.equal([
      ['tier', '0.00', null, '1', '5000.00', '5000.00'],
      ['other', '0.00', null, '0.5', '3000.00', '1500.00'],
    ]);
    expect(r.tiers.map((t) => t.label?.zh)).to.deep.equal(['甲、乙类目录内个人自付', '保障范围内的其他个人自付']);
    // 0.01 × 50% = 0.005 → 0.01.
    expect(xinbei('0', { otherSelfPaid: '0.01' }).payout).to.equal('0.01');
    // 0.03 × 50% = 0.015 → 0.02.
    expect(xinbei('0', { otherSelfPaid: '0.03' }).payout).to.equal('0.02');
  });

  it('warns that the annual limit on other costs is the tender\'s and applies one when given', () => {
    expect(xinbei('5000', { otherSelfPaid: '3000' }).warningDetails.map((w) => w.code)).to.deep.equal(['other-limit-not-set']);
    // With a tendered limit of 1,000: 3,000 × 50% = 1,500 → 1,000; total 5,000 + 1,000 = 6,000.00.
    const r = xinbei('5000', { otherSelfPaid: '3000', otherSelfPaidLimit: '1000' });
    expect(r.payout).to.equal('6000.00');
    expect(rows(r)[2]).to.deep.equal(['other-cap', '1000.00', null, '-1', '500.00', '-500.00']);
    expect(r.warnings).to.deep.equal([]);
  });

  it('pays a later claim the difference of year-to-date figures', () => {
    // Now: 8,000 + 3,000 × 50% = 9,500. Before: 5,000 + 1,000 × 50% = 5,500. This claim: 4,000.00.
    const r = xinbei('8000', { priorSelfPaid: '5000', otherSelfPaid: '3000', priorOtherSelfPaid: '1000' });
    expect(r.payout).to.equal('4000.00');
    expect(r.claimRows.map((x) => x.amount)).to.deep.equal(['3000.00', '1000.00']);
  });

  it('lists excluded items by reason and pays them 0', () => {
    const r = xinbei('5000', { excluded: [{ reason: 'new-expensive', amount: '6,000' }, { reason: '7', amount: '120.5' }] });
    // The 6,000.00 PET-CT (item 4) and 120.50 retail-pharmacy purchase (item 7) add nothing: 5,000.00.
    expect(r.payout).to.equal('5000.00');
    expect(r.excluded.map((x) => [x.exclusionId, x.amount, x.paid, x.citation.clause])).to.deep.equal([
      ['new-expensive', '6000.00', '0.00', '二、（二）保障范围第4项'],
      ['retail-pharmacy', '120.50', '0.00', '二、（二）保障范围第7项'],
    ]);
    expect(r.trace.filter((t) => t.key.startsWith('excluded-')).map((t) => t.value)).to.deep.equal(['6000.00 × 0 = 0.00', '120.50 × 0 = 0.00']);
  });

  it('still lists an exclusion whose reason is not one of the nine, with a warning', () => {
    const r = xinbei('5000', { excluded: [{ reason: '陪护费', amount: '300' }] });
    expect(r.payout).to.equal('5000.00');
    expect(r.excluded[0]).to.deep.include({ exclusionId: null, amount: '300.00', paid: '0.00' });
    expect(r.warningDetails.map((w) => w.code)).to.deep.equal(['exclusion-unknown']);
  });

  it('warns on 2021 dates that the publication date is unknown', () => {
    const r = xinbei('100', { date: '2021-03-01' });
    expect(r.payout).to.equal('100.00');
    expect(r.warningDetails.map((w) => w.code)).to.deep.equal(['effective-date-uncertain']);
    expect(xinbei('100').warnings).to.deep.equal([]);
  });

  it('covers only 低保对象 in resident insurance', () => {
    expect(inputIssues({ region: '320411', date: '2022-06-01', scheme: 'resident', group: 'general', selfPaid: '100' })
      .map((i) => [i.field, i.code])).to.deep.equal([['group', 'group-not-covered']]);
    expect(inputIssues({ region: '320411', date: '2022-06-01', scheme: 'employee', selfPaid: '100' })
      .map((i) => i.field)).to.deep.equal(['scheme']);
  });

  it('refuses an excluded item without a reason, naming the item', () => {
    const issues = inputIssues({ region: '320411', date: '2022-06-01', scheme: 'resident', selfPaid: '100', excluded: [{ reason: ' ', amount: '5' }] });
    expect(issues.map((i) => i.field)).to.deep.equal(['excluded[0].reason']);
  });
});
