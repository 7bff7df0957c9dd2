// Issue 10: a figure that looks official and is years stale must say so. Every built-in version states how far
// its figures are known to be current (confirmedThrough); a calculation dated after that still calculates and
// carries 'figures-may-be-stale' in both languages.
import { expect } from '@open-wc/testing';
import { calculate, BUILT_IN_POLICIES, type CalculationRequest } from '../../src/engine/index.js';

const stale = (req: CalculationRequest) => calculate(req).warningDetails.find((w) => w.code === 'figures-may-be-stale');

describe('currency of the built-in figures', () => {
  it('states confirmedThrough, with its reason, on every built-in version', () => {
    expect(BUILT_IN_POLICIES.map((p) => [p.id, p.confirmedThrough.date])).to.deep.equal([
      ['ningbo-2013-268', '2017-08-31'],
      ['jiangyin-2020', '2020-12-31'],
      ['guangdong-2016-85', '2016-12-31'],
      ['xinbei-2021-143', '2023-12-31'],
      ['chaozhou-2012-90', '2013-12-31'],
    ]);
    for (const p of BUILT_IN_POLICIES) {
      expect(p.confirmedThrough.note.zh.length, p.id).to.be.greaterThan(20);
      expect(p.confirmedThrough.note.en.length, p.id).to.be.greaterThan(20);
    }
  });

  it('warns on a 2026 Ningbo result, naming the document and its year, and still pays it', () => {
    const r = calculate({ region: '330200', date: '2026-11-24', scheme: 'resident', selfPaid: '150000', priorSelfPaid: '30000' });
    // 甬政办发〔2013〕268号 五: 72,500 − 5,000 = 67,500.00, the figure the portal printed with no sign of its age.
    expect(r.payout).to.equal('67500.00');
    const w = r.warningDetails.at(-1)!;
    expect(w.code).to.equal('figures-may-be-stale');
    expect(w.zh).to.contain('甬政办发〔2013〕268号（2013 年的标准，已知现行至 2017-08-31）')
      .and.contain('医保部门可能已调整').and.contain('运营方可登记现行标准');
    expect(w.en).to.contain('甬政办发〔2013〕268号 (figures of 2013, known to be current until 2017-08-31)')
      .and.contain('may since have adjusted').and.contain('An operator can register the current figures');
    expect(r.warnings.at(-1)).to.contain(' / ');
  });

  it('warns on 2026 results for Jiangyin, Xinbei and Chaozhou (with the Guangdong overlay)', () => {
    expect(stale({ region: '320281', date: '2026-03-01', scheme: 'employee', selfPaid: '50000' })!.zh).to.contain('江阴市城乡居民大病保险制度（2020 年的标准');
    expect(stale({ region: '320411', date: '2026-03-01', scheme: 'resident', selfPaid: '100' })!.zh).to.contain('常开委办〔2021〕143号（2021 年的标准');
    expect(stale({ region: '445100', date: '2026-03-01', scheme: 'employee', selfPaid: '50000' })!.zh).to.contain('潮府办〔2012〕90号（2012 年的标准');
    // A resident 低保 result in Chaozhou uses both documents' figures: both are named.
    const both = stale({ region: '445100', date: '2026-03-01', scheme: 'resident', group: 'subsistence', selfPaid: '50000' })!;
    expect(both.zh).to.contain('潮府办〔2012〕90号（2012 年的标准，已知现行至 2013-12-31）、粤府办〔2016〕85号（2016 年的标准，已知现行至 2016-12-31）');
  });

  it('does not warn within the confirmed period, and from the day after it', () => {
    expect(stale({ region: '330200', date: '2017-08-31', scheme: 'resident', selfPaid: '50000' })).to.equal(undefined);
    expect(stale({ region: '330200', date: '2017-09-01', scheme: 'resident', selfPaid: '50000' })).to.not.equal(undefined);
    expect(stale({ region: '320281', date: '2020-12-31', scheme: 'resident', selfPaid: '50000' })).to.equal(undefined);
    expect(stale({ region: '445100', date: '2013-06-01', scheme: 'resident', selfPaid: '50000' })).to.equal(undefined);
  });
});
