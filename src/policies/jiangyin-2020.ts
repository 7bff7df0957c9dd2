// 市政府办公室关于实施江阴市城乡居民大病保险制度的意见 (docs/sources/001_…), in force from 2020-07-01.
import type { PolicyInput, SchemeRule } from './schema.js';

// The text we have carries no document number; it is cited by the name of the system it sets up.
const DOC = '江阴市城乡居民大病保险制度';
const cite = (clause: string, quote: string) => ({ document: DOC, clause, quote });
const LEVEL = '二、（四）待遇水平';

// Residents and employees are paid alike (二（一）, 二（四）): one rule, used for both schemes.
const rule = (coverage: ReturnType<typeof cite>): SchemeRule => ({
  coverage,
  threshold: {
    amount: '18000',
    forYear: 2020,
    citation: cite(LEVEL, '2020 年起付标准为 1.8 万元。'),
    note: {
      zh: '起付标准由无锡市每年统一确定；文件只给出 2020 年的 1.8 万元。之后年份沿用此数并给出提示，直到登记新的版本。',
      en: 'Wuxi sets the threshold every year; the document gives only 2020\'s 18,000 yuan. Later dates use it with a warning until a newer version is registered.',
    },
  },
  tiers: [
    { from: '18000', to: '100000', ratio: '0.60', citation: cite(LEVEL, '1.8 万元（不含本数）至 10 万元（含本数）的部分由大病保险资金支付 60%') },
    { from: '100000', to: null, ratio: '0.80', citation: cite(LEVEL, '10 万元以上的部分由大病保险资金支付 80%') },
  ],
  cap: {
    kind: 'none',
    citation: cite(LEVEL, '大病保险的待遇水平确定为在保障范围内的医疗费用'),
    note: {
      zh: '文件对年度最高支付限额未作规定：待遇水平一节只列出两个报销段，没有封顶线，因此不设封顶。',
      en: 'The document is silent on an annual payout cap: its benefit-level clause lists two bands and no cap, so none is applied.',
    },
  },
  groups: {
    'medical-assistance': {
      label: { zh: '医疗救助对象', en: 'Medical-assistance recipients' },
      citation: cite(LEVEL, '医疗救助对象的大病保险起付标准比普通参保人员降低 50%，各报销段报销比例比普通参保人员提高 5%。'),
      threshold: {
        reduceBy: '0.5',
        citation: cite(LEVEL, '医疗救助对象的大病保险起付标准比普通参保人员降低 50%'),
      },
      ratio: {
        add: '0.05',
        citation: cite(LEVEL, '各报销段报销比例比普通参保人员提高 5%'),
        note: {
          zh: '“报销比例提高5%”读作提高 5 个百分点（60%→65%，80%→85%），不是乘以 1.05；报销段分界点 10 万元不变。',
          en: '"Ratios raised by 5%" is read as +5 percentage points (60%→65%, 80%→85%), not ×1.05; the band boundary at 100,000 yuan is unchanged.',
        },
      },
    },
  },
});

export const jiangyin2020: PolicyInput = {
  kind: 'city',
  id: 'jiangyin-2020',
  region: { code: '320281', zh: '江阴市', en: 'Jiangyin' },
  province: { code: '320000', zh: '江苏省', en: 'Jiangsu' },
  document: {
    no: DOC,
    title: '市政府办公室关于实施江阴市城乡居民大病保险制度的意见',
    issuer: '江阴市人民政府办公室',
    date: null,
  },
  effectiveFrom: {
    date: '2020-07-01',
    citation: cite('末段', '本意见自 2020 年 7 月 1 日起实施。'),
  },
  effectiveTo: null,
  confirmedThrough: {
    date: '2020-12-31',
    citation: cite(LEVEL, '大病保险的起付标准由无锡市统一确定。2020 年起付标准为 1.8 万元。'),
    note: {
      zh: '起付标准由无锡市每年确定，文件只给出 2020 年的数额，因此只在 2020 年内视为现行；之后的计算提示标准可能已调整，直到登记无锡市公布的当年标准。',
      en: 'Wuxi sets the threshold every year and the document gives 2020\'s only, so the figures are taken as current for 2020; later calculations warn that they may have been adjusted, until Wuxi\'s figure for the year is registered.',
    },
  },
  schemes: {
    resident: rule(cite('二、（一）保障对象', '大病保险保障对象包括我市城乡居民基本医疗保险和职工基本医疗保险的参保人员')),
    employee: rule(cite('二、（一）保障对象', '大病保险保障对象包括我市城乡居民基本医疗保险和职工基本医疗保险的参保人员')),
  },
  financing: [
    {
      key: 'premium-per-person', value: null, unit: 'yuan-per-person-year',
      label: { zh: '筹资标准', en: 'Premium per person' },
      citation: cite('二、（二）筹资政策', '与无锡市大病保险筹资标准相统一'),
      note: { zh: '筹资标准与无锡市统一，本文件未写明数额。', en: 'Set to match Wuxi\'s; this document gives no figure.' },
    },
    {
      key: 'quarterly-transfer', value: '0.24', unit: 'share-of-premium', basis: 'exact',
      label: { zh: '每季度第一个月划转保费比例', en: 'Premium transferred in the first month of each quarter' },
      citation: cite('三、（一）保费管理', '采购人在每季度第一个月按筹资标准划转保费给承办机构，每个季度各划转24%，余额待年度结算。'),
    },
    {
      key: 'profit-band', value: null, unit: 'yuan',
      label: { zh: '归承办机构所有的年度盈余额度', en: 'Yearly surplus kept by the insurer' },
      citation: cite('二、（六）招标管理', '每年度一定金额（具体由招标确定）以内的盈余部分归承办机构所有'),
      note: { zh: '由招标确定，文件未公布。', en: 'Set by the tender; not published.' },
    },
    {
      key: 'loss-band', value: null, unit: 'yuan',
      label: { zh: '承办机构自行承担的年度非政策性亏损额度', en: 'Yearly non-policy loss borne by the insurer' },
      citation: cite('二、（六）招标管理', '非政策性原因发生的亏损，每年度一定金额（具体由招标确定）以内的亏损部分及运营成本由承办机构自行承担'),
      note: { zh: '由招标确定，文件未公布。', en: 'Set by the tender; not published.' },
    },
  ],
  notes: [
    {
      id: 'jiangyin-input',
      zh: '计入的是经居民医保、职工医保、职工补充医疗保险和公务员医疗补助补偿后个人负担的合规费用。',
      en: 'The burden counted is what the person bears after resident or employee insurance, employee supplementary insurance and the civil-servant subsidy.',
      citation: cite('二、（三）保障范围', '经城乡居民基本医疗保险、职工基本医疗保险和职工补充医疗保险、公务员医疗补助补偿后，个人负担超过大病保险起付标准以上的部分'),
    },
    {
      id: 'jiangyin-2020-half-year',
      zh: '2020 年制度从 7 月 1 日起实施；年度累计负担按医保年度（自然年）填写，是否计入上半年费用以经办机构口径为准。',
      en: 'In 2020 the scheme ran from 1 July; enter the burden for the insurance (calendar) year as the fund office counts it, including or excluding the first half as it does.',
      citation: cite('二、（二）筹资政策', '按实际运行时间 6 个月确定筹资额'),
    },
    {
      id: 'jiangyin-groups',
      zh: '本文件只对医疗救助对象有特别规定。低保、特困等人员若经认定为医疗救助对象，请选择“医疗救助对象”。',
      en: 'The document has a special rule for medical-assistance recipients only. Choose that group for subsistence or extreme-poverty recipients certified as medical-assistance recipients.',
      citation: cite('一、目标任务', '向经民政局、退役军人事务局、总工会及残联等部门认定的医疗救助对象实施倾斜性精准支付政策'),
    },
  ],
};
