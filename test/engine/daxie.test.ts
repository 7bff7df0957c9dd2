// 人民币大写 as 《支付结算办法》 writes amounts on settlement slips.
import { expect } from '@open-wc/testing';
import { toChineseCapital, DbbxInputError } from '../../src/engine/index.js';

describe('toChineseCapital (大写)', () => {
  it('writes whole yuan with 整', () => {
    expect(toChineseCapital('72500')).to.equal('柒万贰仟伍佰元整');
    expect(toChineseCapital('282500.00')).to.equal('贰拾捌万贰仟伍佰元整');
    expect(toChineseCapital('10')).to.equal('壹拾元整');
    expect(toChineseCapital('100000')).to.equal('壹拾万元整');
    expect(toChineseCapital('0')).to.equal('零元整');
  });

  it('places one 零 for a run of zeros, and none at the end of a section', () => {
    expect(toChineseCapital('1005')).to.equal('壹仟零伍元整');
    expect(toChineseCapital('1010')).to.equal('壹仟零壹拾元整');
    expect(toChineseCapital('100500')).to.equal('壹拾万零伍佰元整');
    expect(toChineseCapital('105000')).to.equal('壹拾万伍仟元整');
    expect(toChineseCapital('100000000')).to.equal('壹亿元整');
    expect(toChineseCapital('100000500')).to.equal('壹亿零伍佰元整');
    expect(toChineseCapital('10050000')).to.equal('壹仟零伍万元整');
  });

  it('writes 角 and 分', () => {
    expect(toChineseCapital('0.05')).to.equal('伍分');
    expect(toChineseCapital('0.5')).to.equal('伍角整');
    expect(toChineseCapital('0.53')).to.equal('伍角叁分');
    expect(toChineseCapital('1409.50')).to.equal('壹仟肆佰零玖元伍角整');
    // 角 is 0 and 分 is not: 零 after 元.
    expect(toChineseCapital('325.04')).to.equal('叁佰贰拾伍元零肆分');
    // The 元 digit is 0 and 角 is not: one 零 after 元.
    expect(toChineseCapital('1680.32')).to.equal('壹仟陆佰捌拾元零叁角贰分');
    expect(toChineseCapital('107000.53')).to.equal('壹拾万柒仟元零伍角叁分');
    expect(toChineseCapital('100005000')).to.equal('壹亿零伍仟元整');
    expect(toChineseCapital('72500.01')).to.equal('柒万贰仟伍佰元零壹分');
  });
});

describe('大写 beyond its range', () => {
  it('refuses 1亿亿 and above instead of writing "壹undefined元整"', () => {
    expect(() => toChineseCapital('10000000000000000')).to.throw(DbbxInputError).with.property('message').that.contains('1 亿亿');
    // The largest it writes: 9,999 万亿 9,999 亿 9,999 万 9,999 元 9 角 9 分.
    expect(toChineseCapital('9999999999999999.99')).to.equal('玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分');
  });
});
