// Issue 10, readings to correct (from an independent review of the documents): each figure cites the words
// that set it, an overlay is listed only where it changes something, and notes follow the date.
import { expect } from '@open-wc/testing';
import { calculate, resolvePolicy, type CalculationRequest } from '../../src/engine/index.js';

const calc = (r: Partial<CalculationRequest>) => calculate({ region: '445100', date: '2017-06-01', scheme: 'resident', selfPaid: '50000', ...r } as CalculationRequest);
const traceCite = (r: ReturnType<typeof calculate>, key: string) => r.trace.find((t) => t.key === key)!.citation;

describe('readings corrected', () => {
  it('Xinbei\'s threshold 0 cites the 100% sentence, not the one about the cap, and says the text is silent', () => {
    const r = calc({ region: '320411', date: '2022-06-01', selfPaid: '100' });
    // 常开委办〔2021〕143号 三: 100 × 100% = 100.00.
    expect(r.payout).to.equal('100.00');
    expect(traceCite(r, 'threshold')!.quote).to.equal('个人自付部分按100%给予补偿');
    expect(r.notes.find((n) => n.id === 'xinbei-2021-143-threshold')!.zh).to.contain('对起付标准未作规定');
  });

  it('Jiangyin\'s "no cap" cites the benefit-level clause and says the text is silent, not the 80% sentence', () => {
    const r = calc({ region: '320281', date: '2020-08-01', selfPaid: '150000' });
    // 二（四）: 82,000 × 60% + 50,000 × 80% = 49,200 + 40,000 = 89,200.00.
    expect(r.payout).to.equal('89200.00');
    expect(r.cap.citation!.quote).to.equal('大病保险的待遇水平确定为在保障范围内的医疗费用');
    expect(r.notes.find((n) => n.id === 'jiangyin-2020-cap')!.zh).to.contain('未作规定');
  });

  it('general Chaozhou residents after 2016-08-16 do not list 粤府办〔2016〕85号 as applied; 低保 do', () => {
    const general = calc({});
    // 潮府办〔2012〕90号: 20,000 × 50% + 20,000 × 60% = 22,000.00, unchanged by the notice.
    expect(general.payout).to.equal('22000.00');
    expect(general.overlays).to.deep.equal([]);
    expect(general.trace.map((t) => t.key)).to.not.include('overlay');
    expect(general.notes.map((n) => n.id)).to.not.include('guangdong-overlay-composition');
    const dibao = calc({ group: 'subsistence' });
    expect(dibao.overlays.map((o) => o.documentNo)).to.deep.equal(['粤府办〔2016〕85号']);
  });

  it('Chaozhou\'s input note follows the date: inpatient only before 2016-08-16, specified-disease outpatient too after', () => {
    const ids = (r: ReturnType<typeof calculate>) => r.notes.map((n) => n.id);
    expect(ids(calc({ date: '2016-08-15' }))).to.include('chaozhou-input').and.not.include('guangdong-input-scope');
    const after = calc({ date: '2016-08-16' });
    expect(ids(after)).to.include('guangdong-input-scope').and.not.include('chaozhou-input');
    expect(after.notes.find((n) => n.id === 'guangdong-input-scope')!.citation).to.deep.include({ documentNo: '粤府办〔2016〕85号', clause: '三、（一）建立待遇动态调整机制' });
    // Employees: the notice is about residents, so their note stays.
    expect(ids(calc({ scheme: 'employee' }))).to.include('chaozhou-input');
  });

  it('the Guangdong overlay\'s start note states both dates and that a city\'s own date may differ', () => {
    const n = calc({ group: 'subsistence' }).notes.find((x) => x.id === 'guangdong-2016-85-effective-from')!;
    expect(n.zh).to.contain('2016-08-16').and.contain('2016-08-23').and.contain('各市的实施日期可能不同').and.contain('运营方可登记');
    expect(n.en).to.contain('2016-08-16').and.contain('2016-08-23').and.contain('may differ');
  });

  it('resolvePolicy() gives the same notes as calculate() for the group it describes (no note replaced by an overlay)', () => {
    // Chaozhou 2017: 粤府办〔2016〕85号 三（一） replaces the city's input note for everyone and changes nothing else
    // for general residents, so its own notes and dates are not in force for them. resolvePolicy() listed
    // chaozhou-input beside guangdong-input-scope (two contradicting notes) and the overlay's start and scope notes.
    const p = resolvePolicy('445100', '2017-06-01', 'resident');
    const ids = p.notes.map((n) => n.id);
    expect(ids).to.include('guangdong-input-scope').and.not.include('chaozhou-input');
    expect(ids).to.not.include('guangdong-2016-85-applies-to').and.not.include('guangdong-2016-85-effective-from');
    for (const [region, date, scheme] of [['330200', '2015-06-01', 'resident'], ['320281', '2021-06-01', 'employee'], ['320281', '2021-06-01', 'resident'],
      ['445100', '2016-08-15', 'resident'], ['445100', '2017-06-01', 'resident'], ['445100', '2017-06-01', 'employee'], ['320411', '2022-06-01', 'resident']] as const) {
      const policy = resolvePolicy(region, date, scheme);
      const r = calculate({ region, date, scheme, group: policy.defaultGroup, selfPaid: '100000' });
      expect(policy.notes.map((n) => n.id), `${region} ${date} ${scheme}`).to.deep.equal(r.notes.map((n) => n.id));
    }
  });
});
