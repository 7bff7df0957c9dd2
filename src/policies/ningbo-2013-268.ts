// 宁波市人民政府办公厅关于开展城乡居民大病保险工作的实施意见, 甬政办发〔2013〕268号 (docs/sources/000_…).
import type { PolicyInput } from './schema.js';

const DOC = '甬政办发〔2013〕268号';
const cite = (clause: string, quote: string) => ({ document: DOC, clause, quote });
const BENEFIT = '五、保障范围';

export const ningbo2013: PolicyInput = {
  kind: 'city',
  id: 'ningbo-2013-268',
  region: { code: '330200', zh: '宁波市（市区）', en: 'Ningbo (urban districts)' },
  province: { code: '330000', zh: '浙江省', en: 'Zhejiang' },
  document: {
    no: DOC,
    title: '宁波市人民政府办公厅关于开展城乡居民大病保险工作的实施意见',
    issuer: '宁波市人民政府办公厅',
    date: '2013-12-27',
  },
  effectiveFrom: {
    date: '2014-09-01',
    citation: cite('二、工作目标', '自2014年9月1日起建立城镇居民、农村居民统一的大病保险制度'),
  },
  effectiveTo: null,
  confirmedThrough: {
    date: '2017-08-31',
    citation: cite('七、承办方式（四）', '合同期限原则上不低于3年'),
    note: {
      zh: '文件只确定“大病保险实施时”的起付标准，“今后…由市人力社保局会同市财政局适时调整”；具体补偿比例由招标确定，承办合同期限原则上不低于3年。因此只在首个合同期（2014-09-01 起 3 年，至 2017-08-31）内视为现行；之后的计算提示标准可能已调整，直到登记新的版本。',
      en: 'The document fixes the threshold only "when the scheme starts", to be adjusted by the city bureaus "as appropriate"; the ratios are tendered, under contracts of at least 3 years. The figures are taken as current for the first contract term only (3 years from 2014-09-01, to 2017-08-31); later calculations warn that they may have been adjusted, until a newer version is registered.',
    },
  },
  schemes: {
    resident: {
      coverage: cite('三、保障对象', '保障对象为宁波市城镇居民基本医疗保险（以下简称“城镇居民医保”）和新型农村合作医疗（以下简称“新农合”）参保（合）人员。'),
      threshold: {
        amount: '20000',
        citation: cite(BENEFIT, '大病保险实施时，补偿起付标准确定为2万元。'),
      },
      tiers: [
        { from: '20000', to: '50000', ratio: '0.50', citation: cite(BENEFIT, '2万元至5万元（含）部分，支付50%') },
        { from: '50000', to: '100000', ratio: '0.55', citation: cite(BENEFIT, '5万元至10万元（含）部分，支付55%') },
        { from: '100000', to: null, ratio: '0.60', citation: cite(BENEFIT, '10万元以上部分，支付60%') },
      ],
      cap: {
        kind: 'expense',
        amount: '500000',
        citation: cite(BENEFIT, '市区最高补偿合规医疗费限额50万元'),
        note: {
          zh: '“最高补偿合规医疗费限额50万元”读作对计入的合规医疗费用的限额（不是对支付额的封顶）：累计负担超过50万元的部分不予支付，最高支付 15,000 + 27,500 + 240,000 = 282,500 元。',
          en: '"最高补偿合规医疗费限额50万元" is read as a limit on the compliant expenses counted (not on the payout): burden above 500,000 yuan is not paid, so the most paid is 15,000 + 27,500 + 240,000 = 282,500 yuan.',
        },
      },
    },
  },
  financing: [
    {
      key: 'premium-per-person', scheme: 'resident', value: '30', unit: 'yuan-per-person-year', basis: 'exact',
      label: { zh: '筹资标准（市区）', en: 'Premium per person (urban districts)' },
      citation: cite('四、筹资机制（二）筹资标准', '市区大病保险筹资标准为每人每年30元。'),
    },
    {
      key: 'profit-cap', value: null, unit: 'share-of-premium',
      label: { zh: '承办机构盈余率上限', en: 'Insurer\'s surplus-rate cap' },
      citation: cite('七、承办方式（三）', '招标主要包括具体补偿比例、盈亏率、配备的承办和管理力量等内容。'),
      note: {
        zh: '盈亏率由招标确定，文件只要求“合理控制商业保险机构盈余率”，未给数额：结算时须填写合同约定的比例。',
        en: 'The profit/loss rate is set by the tender; the document only asks to keep the insurer\'s surplus reasonable, with no figure: settlement needs the contract\'s rate.',
      },
    },
  ],
  notes: [
    {
      id: 'ningbo-resident-only',
      zh: '本文件只覆盖城镇居民医保和新农合参保（合）人员；职工医保参保人员不适用本文件。',
      en: 'This document covers urban-resident insurance and NCMS insured only; employees are outside it.',
      citation: cite('三、保障对象', '保障对象为宁波市城镇居民基本医疗保险'),
    },
    {
      id: 'ningbo-urban-only',
      zh: '只编码了市区的限额。各县（市）的限额由当地确定（不低于30万元），文件未公布具体数额，因此未收录。',
      en: 'Only the urban-district limit is encoded. Each county sets its own (at least 300,000 yuan); the document publishes no figure, so none is included.',
      citation: cite(BENEFIT, '各县（市）由各地根据实际情况确定，但不应低于30万元'),
    },
    {
      id: 'ningbo-adjustable',
      zh: '文件规定起付标准和支付标准今后可由市人力社保局会同市财政局调整；本版本为文件公布时的标准，后续调整须作为新版本登记。',
      en: 'The threshold and ratios may later be adjusted by the city bureaus; this version holds the figures as published, and later adjustments must be registered as new versions.',
      citation: cite(BENEFIT, '今后，大病保险补偿起付标准和支付标准由市人力社保局会同市财政局适时调整。'),
    },
    {
      id: 'ningbo-no-groups',
      zh: '本文件没有对困难群体的特别规定，所有参保人按普通标准计算。',
      en: 'The document has no special rule for vulnerable groups; everyone is calculated at the general rate.',
    },
  ],
};
