// settleContract: each document's contract settlement, worked by hand.
import { expect } from '@open-wc/testing';
import { settleContract, DbbxInputError, type SettlementResult } from '../../src/engine/index.js';

const byKey = (r: SettlementResult) => Object.fromEntries(r.lines.map((l) => [l.key, l.amount]));
const refused = (f: () => unknown) => {
  try { f(); } catch (e) { expect(e).to.be.instanceOf(DbbxInputError); return (e as DbbxInputError).issues; }
  expect.fail('should refuse');
  return [];
};

describe('settleContract', () => {
  it('Chaozhou: expert reviews up to 2%, profit above 4% back to the fund (潮府办〔2012〕90号 二（五）（六）)', () => {
    const r = settleContract({ region: '445100', date: '2017-12-31', premium: '1000000', claimsPaid: '900000', expertReview: '30000' });
    // Expert reviews: min(30,000, 2% × 1,000,000 = 20,000) = 20,000 charged; 10,000 is the insurer's own.
    // Profit: 1,000,000 − 900,000 − 20,000 = 80,000; cap 4% = 40,000; 40,000 returned to the fund.
    // The insurer keeps 40,000 less the 10,000 it could not charge: 30,000.
    expect(byKey(r)).to.deep.include({ 'expert-review': '20000.00', profit: '80000.00', 'max-profit': '40000.00', returned: '40000.00' });
    expect([r.returnedToFund, r.insurerResult, r.lossBorneByInsurer]).to.deep.equal(['40000.00', '30000.00', '0.00']);
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['expert-over-cap']);
    expect(r.lines.find((l) => l.key === 'returned')!.citation).to.deep.include({ documentNo: '潮府办〔2012〕90号', clause: '二、（六）调整机制' });
  });

  it('Chaozhou: a loss is the insurer\'s, and a premium above 20 元 per resident is flagged', () => {
    // 50,000 insured × 21 = 1,050,000 premium; claims 1,100,000: loss 50,000, borne by the insurer (自负盈亏).
    const r = settleContract({ region: '445100', date: '2017-12-31', insured: 50000, premiumPerPerson: '21', claimsPaid: '1100000' });
    expect([r.premium, r.insurerResult, r.lossBorneByInsurer, r.returnedToFund]).to.deep.equal(['1050000.00', '-50000.00', '50000.00', '0.00']);
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['premium-above-ceiling']);
  });

  it('Xinbei: the difference above 20% of premium is refunded or carried; a shortfall is the insurer\'s (常开委办〔2021〕143号 四（二）)', () => {
    // 500,000 − 350,000 = 150,000; at most 20% × 500,000 = 100,000; 50,000 back.
    const refund = settleContract({ region: '320411', date: '2022-12-31', premium: '500000', claimsPaid: '350000' });
    expect([refund.returnedToFund, refund.carriedToNextYear, refund.insurerResult]).to.deep.equal(['50000.00', '0.00', '100000.00']);
    const carried = settleContract({ region: '320411', date: '2022-12-31', premium: '500000', claimsPaid: '350000', operatingCost: '30000', terms: { excessTo: 'next-year' } });
    // The 30,000 operating cost is inside the 20%: the insurer nets 70,000.
    expect([carried.returnedToFund, carried.carriedToNextYear, carried.insurerResult]).to.deep.equal(['0.00', '50000.00', '70000.00']);
    // Claims 600,000 > premium 500,000: the 100,000 is the insurer's risk.
    const loss = settleContract({ region: '320411', date: '2022-12-31', premium: '500000', claimsPaid: '600000' });
    expect([loss.lossBorneByInsurer, loss.insurerResult]).to.deep.equal(['100000.00', '-100000.00']);
  });

  it('Jiangyin: demands the tendered bands, then splits surplus and loss (二（六）) and schedules the premium (三（一）)', () => {
    // A surplus needs the surplus band only (issue 10: the loss band was demanded too).
    const issues = refused(() => settleContract({ region: '320281', date: '2021-12-31', premium: '2000000', claimsPaid: '1900000' }));
    expect(issues.map((i) => [i.field, i.code])).to.deep.equal([['terms.profitBand', 'tender-term']]);
    expect(issues[0]!.zh).to.contain('由招标（合同）确定');
    const terms = { profitBand: '50000', lossBand: '80000' };
    // Surplus 2,000,000 − 1,900,000 = 100,000: 50,000 kept by the insurer, 50,000 stays with the fund.
    const r = settleContract({ region: '320281', date: '2021-12-31', premium: '2000000', claimsPaid: '1900000', terms });
    expect([r.insurerResult, r.returnedToFund]).to.deep.equal(['50000.00', '50000.00']);
    // 24% in the first month of each quarter = 480,000 × 4; the remaining 4% (80,000) at year-end settlement.
    expect(r.schedule!.map((s) => s.amount)).to.deep.equal(['480000.00', '480000.00', '480000.00', '480000.00', '80000.00']);
    expect(r.schedule![4]!.share).to.equal('0.04');
    // Loss 300,000 with 100,000 from policy changes: fund 100,000; insurer 80,000 (its band); 120,000 the
    // document does not allocate.
    const loss = settleContract({ region: '320281', date: '2021-12-31', premium: '2000000', claimsPaid: '2300000', policyLoss: '100000', terms });
    expect([loss.lossBorneByFund, loss.lossBorneByInsurer, loss.lossUnallocated, loss.insurerResult]).to.deep.equal(['100000.00', '80000.00', '120000.00', '-80000.00']);
    expect(loss.warnings.map((w) => w.code)).to.deep.equal(['loss-unallocated']);
  });

  it('Ningbo: demands the tendered surplus rate, then returns the excess', () => {
    expect(refused(() => settleContract({ region: '330200', date: '2015-12-31', insured: 100000, premiumPerPerson: '30', claimsPaid: '2700000' }))
      .map((i) => i.field)).to.deep.equal(['terms.profitCap']);
    // 100,000 × 30 元 (四（二）) = 3,000,000; profit 300,000; with a 5% contract rate 150,000 kept, 150,000 back.
    const r = settleContract({ region: '330200', date: '2015-12-31', insured: 100000, premiumPerPerson: '30', claimsPaid: '2700000', terms: { profitCap: '0.05' } });
    expect([r.premium, r.insurerResult, r.returnedToFund]).to.deep.equal(['3000000.00', '150000.00', '150000.00']);
  });

  it('checks the funding share against Chaozhou\'s 10% ceiling', () => {
    // 1,200,000 premium on 10,000,000 fund income = 12% > 10%.
    const r = settleContract({ region: '445100', date: '2017-12-31', premium: '1200000', claimsPaid: '1000000', fundIncome: '10000000' });
    expect(r.lines.find((l) => l.key === 'fund-share')!.amount).to.equal('0.1200');
    expect(r.warnings.map((w) => w.code)).to.include('fund-share-above');
  });

  it('refuses bad figures by field', () => {
    expect(refused(() => settleContract({ region: '445100', date: '2017-12-31', claimsPaid: 'abc' })).map((i) => i.field))
      .to.deep.equal(['premium', 'claimsPaid']);
  });

  it('refuses a request that is not an object, naming it (settleContract(null) threw a TypeError)', () => {
    for (const bad of [null, undefined, 'x', 42, []]) {
      const issues = refused(() => settleContract(bad as never));
      expect(issues.map((i) => [i.field, i.code])).to.include.deep.members([['request', 'bad-request']]);
      expect(issues[0]!.zh).to.contain('结算请求应为一个对象');
    }
  });

  it('blames insured, not premium, for 1.5 people insured', () => {
    const issues = refused(() => settleContract({ region: '445100', date: '2017-12-31', insured: 1.5, premiumPerPerson: '20', claimsPaid: '0' }));
    expect(issues.map((i) => [i.field, i.code])).to.deep.equal([['insured', 'bad-count']]);
    expect(issues[0]!.zh).to.contain('参保人数应为大于 0 的整数，“1.5”不是');
    expect(issues[0]!.en).to.contain('Number insured should be a whole number above 0, not "1.5"');
    // A per-person premium without the number insured names the missing field.
    expect(refused(() => settleContract({ region: '445100', date: '2017-12-31', premiumPerPerson: '20', claimsPaid: '0' })).map((i) => i.field))
      .to.deep.equal(['insured']);
  });

  it('names every bad field: region, date, scheme, terms', () => {
    const issues = refused(() => settleContract({
      region: 'Chaozhou', date: '2017-02-30', scheme: 'rural' as never, premium: '-1', claimsPaid: '1e5',
      terms: { profitCap: '5%', excessTo: 'later' as never },
    }));
    expect(issues.map((i) => [i.field, i.code])).to.deep.equal([
      ['region', 'bad-region'], ['date', 'bad-date'], ['scheme', 'bad-choice'], ['premium', 'negative'], ['claimsPaid', 'not-a-number'],
      ['terms.excessTo', 'bad-choice'], ['terms.profitCap', 'bad-ratio'],
    ]);
    expect(refused(() => settleContract({ region: '330200', date: '2015-12-31', scheme: 'employee', premium: '1', claimsPaid: '0' })).map((i) => [i.field, i.code]))
      .to.deep.equal([['scheme', 'scheme-not-covered']]);
  });

  it('Chaozhou: flags a premium above 20 元 per resident from the total premium and the number insured', () => {
    // 1,050,000 ÷ 50,000 insured = 21.00 元 > 20 元 (潮府办〔2012〕90号 二（四）).
    const r = settleContract({ region: '445100', date: '2017-12-31', premium: '1050000', insured: 50000, claimsPaid: '1000000' });
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['premium-above-ceiling']);
    expect(r.warnings[0]!.zh).to.contain('人均保费 21.00 元（保费总额 1050000.00 元 ÷ 参保人数 50000）超过文件规定的 20 元');
    // Employees: 3,000,000 ÷ 50,000 = 60 元, at the ceiling, not above it.
    expect(settleContract({ region: '445100', date: '2017-12-31', scheme: 'employee', premium: '3000000', insured: 50000, claimsPaid: '2900000' }).warnings).to.deep.equal([]);
    // 3,000,001 ÷ 50,000 = 60.00002 元 > 60: flagged, shown as it is rather than rounded to 60.00.
    const over = settleContract({ region: '445100', date: '2017-12-31', scheme: 'employee', premium: '3000001', insured: 50000, claimsPaid: '2900000' });
    expect(over.warnings[0]!.zh).to.contain('人均保费 60.00002 元').and.contain('超过文件规定的 60 元');
  });

  it('Jiangyin: a surplus never asks for the loss band; a non-policy loss asks for it only', () => {
    const surplus = settleContract({ region: '320281', date: '2021-12-31', premium: '2000000', claimsPaid: '1900000', terms: { profitBand: '50000' } });
    expect([surplus.insurerResult, surplus.returnedToFund]).to.deep.equal(['50000.00', '50000.00']);
    expect(refused(() => settleContract({ region: '320281', date: '2021-12-31', premium: '2000000', claimsPaid: '2100000' })).map((i) => i.field))
      .to.deep.equal(['terms.lossBand']);
    // A loss wholly caused by policy changes is the fund's (二（六）): no band needed. 100,000 to the fund.
    const policy = settleContract({ region: '320281', date: '2021-12-31', premium: '2000000', claimsPaid: '2100000', policyLoss: '100000' });
    expect([policy.lossBorneByFund, policy.lossBorneByInsurer]).to.deep.equal(['100000.00', '0.00']);
  });

  it('Jiangyin 2020: the scheme starts 07-01, so the schedule has Q3 and Q4 only (二（二）, 三（一）)', () => {
    // 2020's premium is six months' funding, 1,000,000. Each transfer is 24% of a full year's = 48% of it:
    // 480,000 in July and in October; the remaining 4%, 40,000, at year-end settlement.
    const r = settleContract({ region: '320281', date: '2020-12-31', premium: '1000000', claimsPaid: '900000', terms: { profitBand: '50000' } });
    expect(r.schedule!.map((s) => [s.label.en, s.share, s.amount])).to.deep.equal([
      ['First month of Q3', '0.48', '480000.00'], ['First month of Q4', '0.48', '480000.00'], ['Remainder, at year-end settlement', '0.04', '40000.00'],
    ]);
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['part-year-schedule']);
    // 2021 is a full year: four quarters.
    const full = settleContract({ region: '320281', date: '2021-12-31', premium: '2000000', claimsPaid: '1900000', terms: { profitBand: '50000' } });
    expect(full.schedule!.length).to.equal(5);
  });
});
