// The one number reader every <dbbx-fund> field uses (issue 12): 万, thousands commas, full-width digits, %.
import { expect } from '@open-wc/testing';
import { readNumber, readNumbers, type NumberSpec } from '../../src/engine/numbers.js';
import { syntheticPopulation } from '../../src/fund/synthetic.js';

const insured: NumberSpec = { field: 'insured', kind: 'count', label: { zh: '参保人数', en: 'Insured people' } };
const margin: NumberSpec = { field: 'margin', kind: 'share', label: { zh: '目标结余率', en: 'Target margin' }, min: 0, max: 1, maxExclusive: true };
const ratio: NumberSpec = { field: 'ratio-1', kind: 'share', label: { zh: '报销段 2 比例', en: 'Band 2 ratio' }, min: 0, max: 1 };
const premium: NumberSpec = { field: 'premium', kind: 'amount', label: { zh: '人均保费', en: 'Premium per person' } };
const value = (input: string, spec: NumberSpec) => {
  const r = readNumber(input, spec);
  return r.ok ? r.value?.toString() ?? null : r.issue;
};

describe('readNumber', () => {
  it('reads 参保人数 as officers write it: 240万, 2,400,000, full-width digits', () => {
    expect(value('240万', insured)).to.equal('2400000');
    expect(value('2,400,000', insured)).to.equal('2400000');
    expect(value('２４０万', insured)).to.equal('2400000');
    expect(value(' 2400000 ', insured)).to.equal('2400000');
  });

  it('refuses what is not a count, naming the field: 0x10 is not 16, 1.5 people, 20元', () => {
    const hex = readNumber('0x10', insured);
    expect(hex.ok).to.equal(false);
    if (!hex.ok) {
      expect(hex.issue.field).to.equal('insured');
      expect(hex.issue.zh).to.equal('参保人数：“0x10”不是人数，请写成 2400000、2,400,000 或 240万。');
      expect(hex.issue.en).to.equal('Insured people: "0x10" is not a number of people; write e.g. 2400000, 2,400,000 or 240万.');
    }
    const half = readNumber('1.5', insured);
    expect(!half.ok && half.issue.code).to.equal('not-whole');
    const yuan = readNumber('20元', insured);
    expect(!yuan.ok && yuan.issue.code).to.equal('not-a-number');
  });

  it('reads shares as a percent or a decimal: 4%, 0.04, 60%, ４％', () => {
    expect(value('4%', margin)).to.equal('0.04');
    expect(value('0.04', margin)).to.equal('0.04');
    expect(value('４％', margin)).to.equal('0.04');
    expect(value('60%', ratio)).to.equal('0.6');
    expect(value('0.6', ratio)).to.equal('0.6');
    expect(value('100%', ratio)).to.equal('1');
    const whole = readNumber('100%', margin);
    expect(!whole.ok && whole.issue.en).to.equal('Target margin: must be below 100%.');
    const over = readNumber('1.5', ratio);
    expect(!over.ok && over.issue.zh).to.equal('报销段 2 比例：不能大于 100%。');
  });

  it('reads money through parseAmountField: 20元, 1.8万', () => {
    expect(value('20元', premium)).to.equal('20');
    expect(value('1.8万', premium)).to.equal('18000');
  });

  it('gives every refusal at once', () => {
    const r = readNumbers({ insured: 'abc', premium: '', margin: '4%' }, { insured, premium, margin });
    expect(r.issues.map((i) => i.field)).to.deep.equal(['insured', 'premium']);
    expect(r.values.margin!.toString()).to.equal('0.04');
  });
});

describe('syntheticPopulation of the insured', () => {
  it('gives most people no burden: the share hospitalised, stated, has one', () => {
    const people = syntheticPopulation({ people: 100_000, hospitalised: 0.15, median: 230, spread: 1.85, seed: 1 });
    let withBurden = 0;
    for (const b of people) if (b > 0) withBurden++;
    // 15% of 100,000 = 15,000, give or take the sampling (σ ≈ 113 people).
    expect(withBurden).to.be.within(14_500, 15_500);
    expect(syntheticPopulation({ people: 100_000, hospitalised: 0.15, median: 230, spread: 1.85, seed: 1 })).to.deep.equal(people);
    expect(() => syntheticPopulation({ people: 10, hospitalised: 0, median: 230, spread: 1 })).to.throw('hospitalised');
  });
});
