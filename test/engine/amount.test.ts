import { expect } from '@open-wc/testing';
import { parseAmount, parseAmountField, DbbxInputError, MAX_AMOUNT } from '../../src/engine/index.js';

const label = { zh: '年度累计个人负担', en: 'Year-to-date burden' };
const refused = (input: unknown) => {
  const r = parseAmountField(input, 'selfPaid', label);
  if (r.ok) expect.fail(`"${String(input)}" should be refused`);
  return r.ok ? null! : r.issue;
};

describe('amounts as people type them', () => {
  it('reads plain, grouped, 万 and full-width forms exactly', () => {
    expect(parseAmount('18000')).to.equal('18000.00');
    expect(parseAmount('18,000.50')).to.equal('18000.50');
    expect(parseAmount('1.8万')).to.equal('18000.00');
    expect(parseAmount('1.8万元')).to.equal('18000.00');
    expect(parseAmount('１８，０００．５０')).to.equal('18000.50');
    expect(parseAmount('１.８万')).to.equal('18000.00');
    expect(parseAmount(' ¥1,234 元 ')).to.equal('1234.00');
    expect(parseAmount('1.234567万')).to.equal('12345.67');
    expect(parseAmount('.5')).to.equal('0.50');
    expect(parseAmount(18000.5)).to.equal('18000.50');
    expect(parseAmount(0)).to.equal('0.00');
    expect(parseAmount('¥ 1.8 万元')).to.equal('18000.00');
    expect(parseAmount('18,000 yuan')).to.equal('18000.00');
    // Part-way through typing "1.5": no error flash.
    expect(parseAmount('1.')).to.equal('1.00');
  });

  it('refuses what it cannot read exactly, saying why in both languages', () => {
    expect(refused('').code).to.equal('required');
    expect(refused('abc')).to.deep.include({ field: 'selfPaid', code: 'not-a-number' });
    expect(refused('abc').zh).to.contain('年度累计个人负担').and.contain('不是金额');
    expect(refused('abc').en).to.contain('Year-to-date burden').and.contain('is not an amount');
    expect(refused('-1').code).to.equal('negative');
    expect(refused(-0.01).code).to.equal('negative');
    expect(refused('1,80,00').code).to.equal('bad-grouping');
    expect(refused('100.001').code).to.equal('too-precise');
    expect(refused('1.2345678万').code).to.equal('too-precise');
    expect(refused(0.1 + 0.2).code).to.equal('too-precise');
    expect(refused(Number.NaN).code).to.equal('not-a-number');
    expect(refused(Number.POSITIVE_INFINITY).code).to.equal('not-a-number');
    expect(refused('2亿').code).to.equal('not-a-number');
    expect(refused('100000000.01').code).to.equal('too-large');
    expect(refused('18000元5角').code).to.equal('not-a-number');
    // Two numbers are not one: "1500 300" is never read as 1,500,300.
    expect(refused('1500 300').code).to.equal('space-inside');
  });

  it('throws DbbxInputError from parseAmount', () => {
    expect(() => parseAmount('x', 'selfPaid')).to.throw(DbbxInputError);
  });
});

describe('amounts: what a paste or a slip of the finger produces', () => {
  it('refuses absurdly long input before any pattern runs, quoting only a few dozen characters', () => {
    // 100 KB of spaces around a digit: refused as too long (a regex over it used to take seconds).
    const huge = `${' '.repeat(50_000)}1${' '.repeat(50_000)}x`;
    const i = refused(huge);
    expect(i.code).to.equal('too-long');
    expect(i.zh.length).to.be.below(120);
    expect(i.en.length).to.be.below(160);
    const junk = refused('x'.repeat(10_000));
    expect(junk.code).to.equal('too-long');
    expect(junk.zh).to.contain(`${'x'.repeat(24)}…`).and.not.contain('x'.repeat(25));
    // Under the limit, a message still quotes at most 24 characters of what was typed.
    const mid = refused(`${'y'.repeat(60)}`);
    expect(mid.code).to.equal('not-a-number');
    expect(mid.zh).to.contain(`${'y'.repeat(24)}…`).and.not.contain('y'.repeat(25));
    // Spaces around the unit are still fine, in one linear pass.
    expect(parseAmount(` ¥ ${'1'} 万 `)).to.equal('10000.00');
  });

  it('never rounds: a 万 amount finer than the 分 is refused, not read as 10,000.00', () => {
    expect(refused('1.00000000000000000000000000000000000000001万').code).to.equal('too-precise');
    // 1.234567万 = 12,345.67 exactly (six places after the point, two after ×10,000).
    expect(parseAmount('1.234567万')).to.equal('12345.67');
  });

  it('takes a thousands separator only between groups of three after a non-zero lead digit', () => {
    expect(refused('0,500').code).to.equal('bad-grouping');
    expect(refused('00,018').code).to.equal('bad-grouping');
    expect(refused(',500').code).to.equal('bad-grouping');
    expect(parseAmount('1,000')).to.equal('1000.00');
    expect(parseAmount('100,000.50')).to.equal('100000.50');
  });

  it('gives amounts to the host as exact 元 strings, not decimal.js objects (issue 13: public types are dbbx\'s own)', () => {
    expect(MAX_AMOUNT).to.equal('100000000.00');
    // 1.8万 = 18,000 元; the value is the same text the results carry.
    expect(parseAmountField('1.8万', 'selfPaid', label)).to.deep.equal({ ok: true, value: '18000.00' });
    expect(parseAmountField('100000000', 'selfPaid', label)).to.deep.equal({ ok: true, value: '100000000.00' });
    expect(refused('100000000.01').code).to.equal('too-large');
    // A host's own ceiling is 元 text too; null turns it off.
    const under = parseAmountField('200000.01', 'selfPaid', label, '200000');
    expect(under.ok ? null : under.issue.code).to.equal('too-large');
    expect(parseAmountField('200000', 'selfPaid', label, '20万')).to.deep.equal({ ok: true, value: '200000.00' });
    expect(parseAmount('100000000.01', 'selfPaid', null)).to.equal('100000000.01');
    // A ceiling that is not an amount is the host's mistake, named as such, never a decimal.js crash.
    try {
      parseAmountField('1', 'selfPaid', label, 'lots');
      expect.fail('a bad ceiling should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(DbbxInputError);
      expect((e as DbbxInputError).issues[0]!.field).to.equal('selfPaid.max');
    }
  });
});
