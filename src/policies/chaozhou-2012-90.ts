// 潮州市人民政府办公室印发潮州市医疗保险引入市场机制开展大病保险工作方案的通知, 潮府办〔2012〕90号
// (docs/sources/004_…). From 2016-08-16 the Guangdong overlay (粤府办〔2016〕85号) also applies to residents.
import type { PolicyInput } from './schema.js';

const DOC = '潮府办〔2012〕90号';
const cite = (clause: string, quote: string) => ({ document: DOC, clause, quote });
const LEVEL = '二、（三）保障水平';
const COVERAGE = cite('二、（一）保障范围', '包括职工基本医疗保险、城乡居民基本医疗保险参保人员');
const THRESHOLD = {
  amount: '10000',
  citation: cite(LEVEL, '（下称自付费用）超过 1 万元以上的部分，由承保机构按一定比例赔付'),
};
const MINIMUM = {
  zh: '文件规定的是最低标准（“不低于”），具体比例和限额按招标结果确定；此处按最低标准计算，当地执行标准可能更高。',
  en: 'The document sets minimums ("不低于"); the actual ratios and cap follow the tender. We apply the minimums; the figures in force may be higher.',
};

export const chaozhou2012: PolicyInput = {
  kind: 'city',
  id: 'chaozhou-2012-90',
  region: { code: '445100', zh: '潮州市', en: 'Chaozhou' },
  province: { code: '440000', zh: '广东省', en: 'Guangdong' },
  document: {
    no: DOC,
    title: '潮州市人民政府办公室印发潮州市医疗保险引入市场机制开展大病保险工作方案的通知',
    issuer: '潮州市人民政府办公室',
    date: '2012-11-16',
  },
  effectiveFrom: {
    date: '2013-01-01',
    citation: cite('四、时间要求', '2013 年 1 月 1 日起正式实施医疗保险引入市场机制，开展大病保险工作'),
  },
  effectiveTo: null,
  confirmedThrough: {
    date: '2013-12-31',
    citation: cite('二、（六）调整机制', '大病保险筹资及保障水平实行年度协商动态调整机制'),
    note: {
      zh: '筹资及保障水平“实行年度协商动态调整机制”，比例和限额由招标确定，因此文件的数额只在实施的第一年（2013 年）内视为现行；之后的计算提示标准可能已调整，直到登记当年的标准。',
      en: 'Funding and benefit levels are "adjusted by yearly negotiation" and the ratios and cap are tendered, so the document\'s figures are taken as current for its first year (2013) only; later calculations warn that they may have been adjusted, until the year\'s figures are registered.',
    },
  },
  schemes: {
    resident: {
      coverage: COVERAGE,
      threshold: THRESHOLD,
      tiers: [
        { from: '10000', to: '30000', ratio: '0.50', basis: 'minimum', note: MINIMUM, citation: cite(LEVEL, '参加城乡居民基本医疗保险人员自付费用超过 1 万元且不足 3 万元的部分按不低于 50%的比例赔付') },
        { from: '30000', to: null, ratio: '0.60', basis: 'minimum', note: MINIMUM, citation: cite(LEVEL, '自付费用超过 3 万元以上部分按不低于 60%的比例赔付') },
      ],
      cap: { kind: 'payout', amount: '100000', basis: 'minimum', note: MINIMUM, citation: cite(LEVEL, '年度累计赔付限额为不低于 10 万元') },
    },
    employee: {
      coverage: COVERAGE,
      threshold: THRESHOLD,
      tiers: [
        { from: '10000', to: '30000', ratio: '0.70', basis: 'minimum', note: MINIMUM, citation: cite(LEVEL, '参加职工基本医疗保险人员自付费用超过1万元且不足3万元的部分按不低于70%的比例赔付') },
        { from: '30000', to: null, ratio: '0.90', basis: 'minimum', note: MINIMUM, citation: cite(LEVEL, '自付费用超过 3 万元以上部分按不低于 90%的比例赔付') },
      ],
      cap: { kind: 'payout', amount: '380000', basis: 'minimum', note: MINIMUM, citation: cite(LEVEL, '年度累计赔付限额为不低于 38 万元') },
    },
  },
  financing: [
    {
      key: 'premium-ceiling', scheme: 'resident', value: '20', unit: 'yuan-per-person-year', basis: 'maximum',
      label: { zh: '城乡居民大病保险费上限', en: 'Resident premium ceiling' },
      citation: cite('二、（四）筹资办法', '城乡居民大病保险费控制在每人每年 20 元以内'),
    },
    {
      key: 'premium-ceiling', scheme: 'employee', value: '60', unit: 'yuan-per-person-year', basis: 'maximum',
      label: { zh: '职工大病保险费上限', en: 'Employee premium ceiling' },
      citation: cite('二、（四）筹资办法', '职工大病保险费控制在每人每年 60 元以内'),
    },
    {
      key: 'fund-share', value: '0.05', unit: 'share-of-fund-income', basis: 'approximate',
      label: { zh: '投保资金占统筹基金预算收入比例（约）', en: 'Premium as a share of the pooled fund\'s budgeted income (about)' },
      citation: cite('二、（四）筹资办法', '大病保险年度投保资金额度原则上控制在当年基本医疗保险统筹基金预算收入的 5%左右'),
    },
    {
      key: 'fund-share-ceiling', value: '0.10', unit: 'share-of-fund-income', basis: 'maximum',
      label: { zh: '投保资金占统筹基金预算收入比例上限', en: 'Ceiling on that share' },
      citation: cite('二、（四）筹资办法', '最高不超过 10%'),
    },
    {
      key: 'profit-cap', value: '0.04', unit: 'share-of-premium', basis: 'maximum',
      label: { zh: '承办机构盈利率上限', en: 'Insurer\'s profit-rate cap' },
      citation: cite('二、（六）调整机制', '商业保险机构承办大病保险的盈利率控制在 4%以内'),
      note: {
        zh: '盈利超过 4% 的部分返还基本医疗保险统筹基金。',
        en: 'Profit above 4% is returned to the basic pooled fund.',
      },
    },
    {
      key: 'expert-review-cap', value: '0.02', unit: 'share-of-premium', basis: 'maximum',
      label: { zh: '医疗专家审核费用上限', en: 'Expert-review spending cap' },
      citation: cite('二、（五）经办服务', '在投保金额中按不超过2%的比例据实列支'),
    },
  ],
  notes: [
    {
      id: 'chaozhou-minimums',
      zh: MINIMUM.zh,
      en: MINIMUM.en,
      citation: cite(LEVEL, '大病保险具体支付比例和可支付的年度最高限额根据大病保险承保机构招标结果确定。'),
    },
    {
      id: 'chaozhou-input',
      topic: 'input',
      zh: '计入的是住院医疗费用中超过基本医保统筹基金起付标准的部分，经基本医保支付后个人年度累计自付的、符合基本医保用药、诊疗项目和服务设施范围的费用；基本医保起付标准以内的自付不计入（与宁波不同）。',
      en: 'The burden counted is, for inpatient costs above basic insurance\'s own deductible, the year\'s cumulative self-paid part within the basic-insurance drug, treatment and facility lists after basic insurance has paid; what was paid under that deductible is not counted (unlike Ningbo).',
      citation: cite(LEVEL, '参保人员超过基本医疗保险统筹基金起付标准部分的住院医疗费用，在基本医疗保险支付待遇后，个人年度累计自付的符合基本医疗保险用药、诊疗项目范围和医疗服务设施标准的费用'),
    },
    {
      id: 'chaozhou-basic-limits',
      zh: '工作目标中的 20 万元、50 万元是基本医保的最高支付限额目标，不是大病保险的数额，因此未计入。',
      en: 'The 200,000 / 500,000 yuan in the goals are targets for basic insurance\'s own limits, not 大病保险 figures, so they are not used.',
      citation: cite('一、（一）工作目标', '城乡居民医疗保险最高支付限额达到 20 万元以上'),
    },
  ],
};
