import { expect } from '@open-wc/testing';
import { inputIssues } from '../helpers.js';

const base = { region: '330200', date: '2015-06-01', scheme: 'resident', selfPaid: '150000' };

describe('requests the engine refuses', () => {
  it('names an unknown region and lists the ones it knows', () => {
    const [i] = inputIssues({ ...base, region: '999999' });
    expect(i).to.deep.include({ field: 'region', code: 'unknown-region' });
    expect(i!.zh).to.contain('999999').and.contain('宁波市（市区）（330200）');
    expect(i!.en).to.contain('Ningbo (urban districts) (330200)');
    expect(inputIssues({ ...base, region: 'Ningbo' })[0]!.code).to.equal('bad-region');
  });

  it('refuses dates that are not days', () => {
    expect(inputIssues({ ...base, date: '2015-02-30' }).map((i) => [i.field, i.code])).to.deep.equal([['date', 'bad-date']]);
    expect(inputIssues({ ...base, date: '2015/06/01' })[0]!.field).to.equal('date');
  });

  it('refuses unknown schemes and groups', () => {
    expect(inputIssues({ ...base, scheme: 'rural' })[0]!.field).to.equal('scheme');
    const [g] = inputIssues({ ...base, group: 'vip' });
    expect(g!.field).to.equal('group');
    expect(g!.zh).to.contain('低保对象（subsistence）');
  });

  it('reports every bad amount at once, each naming its field', () => {
    const issues = inputIssues({ ...base, selfPaid: '-5', priorSelfPaid: 'abc' });
    expect(issues.map((i) => [i.field, i.code])).to.deep.equal([['selfPaid', 'negative'], ['priorSelfPaid', 'not-a-number']]);
    expect(issues[1]!.message).to.contain('本次之前的年度累计个人负担').and.contain('Personal burden this year before this discharge');
  });

  it('refuses a prior burden above the total that includes this claim', () => {
    const [i] = inputIssues({ ...base, selfPaid: '100000', priorSelfPaid: '100000.01' });
    expect(i).to.deep.include({ field: 'priorSelfPaid', code: 'prior-above-total' });
    expect(i!.zh).to.contain('100000.01').and.contain('累计应包含本次费用');
  });

  it('refuses absurd amounts rather than calculating them', () => {
    expect(inputIssues({ ...base, selfPaid: 1e12 })[0]!.code).to.equal('too-large');
    expect(inputIssues({ ...base, selfPaid: '1e5' })[0]!.code).to.equal('not-a-number');
  });

  it('refuses Xinbei-only inputs for a policy that has none', () => {
    expect(inputIssues({ ...base, otherSelfPaid: '100' }).map((i) => i.field)).to.deep.equal(['otherSelfPaid']);
    expect(inputIssues({ ...base, excluded: [{ reason: '4', amount: '10' }] }).map((i) => i.field)).to.deep.equal(['excluded']);
  });

  it('refuses a missing request without crashing', () => {
    expect(inputIssues(undefined).map((i) => i.field)).to.deep.equal(['region', 'date', 'scheme', 'selfPaid']);
  });
});

describe('one message table for every public function (src/engine/request.ts)', () => {
  it('words a bad date the same in calculate and settleContract', async () => {
    const { settleContract, DbbxInputError } = await import('../../src/engine/index.js');
    const [c] = inputIssues({ ...base, date: '2015-02-30' });
    let s: { zh: string; en: string } | undefined;
    try { settleContract({ region: '445100', date: '2015-02-30', premium: '1', claimsPaid: '0' }); } catch (e) {
      expect(e).to.be.instanceOf(DbbxInputError);
      s = (e as InstanceType<typeof DbbxInputError>).issues[0];
    }
    expect(c!.zh).to.equal('结算日期“2015-02-30”不是有效日期，请写成 YYYY-MM-DD。');
    expect(s!.zh).to.equal('合同年度内的日期“2015-02-30”不是有效日期，请写成 YYYY-MM-DD。');
    expect(s!.en).to.equal('Date in the contract year "2015-02-30" is not a valid date; write YYYY-MM-DD.');
  });

  it('names the bad scheme with the choices in both languages', () => {
    const [i] = inputIssues({ ...base, scheme: 'rural' });
    expect(i).to.deep.include({ field: 'scheme', code: 'bad-scheme' });
    expect(i!.zh).to.equal('险种“rural”不是可选值：城乡居民医保（resident）、职工医保（employee）。');
    expect(i!.en).to.equal('Scheme "rural" is not one of: resident, employee.');
  });
});
