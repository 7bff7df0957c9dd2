// 广东省人民政府办公厅关于进一步完善我省城乡居民大病保险制度的通知, 粤府办〔2016〕85号 (docs/sources/002_…).
// A provincial overlay: it sets no city's tiers, it makes every Guangdong city's resident rules more generous
// for three vulnerable groups.
import type { PolicyInput } from './schema.js';

const DOC = '粤府办〔2016〕85号';
const cite = (clause: string, quote: string) => ({ document: DOC, clause, quote });
const GROUPS = '三、（三）适当向困难群体倾斜';
const NO_CAP = {
  kind: 'none' as const,
  citation: cite(GROUPS, '对困难群体下调大病保险起付标准，并提高报销比例，不设年度最高支付限额。'),
};
const MINIMUM_NOTE = {
  zh: '文件写“下调不低于”“达到…以上”，是下限：按下限计算，当地执行标准可能更优惠。',
  en: 'The document sets minimums ("reduced by at least", "at least"): we apply the minimum; the local figure may be more generous.',
};

export const guangdong2016: PolicyInput = {
  kind: 'overlay',
  id: 'guangdong-2016-85',
  region: { code: '440000', zh: '广东省', en: 'Guangdong' },
  document: {
    no: DOC,
    title: '广东省人民政府办公厅关于进一步完善我省城乡居民大病保险制度的通知',
    issuer: '广东省人民政府办公厅',
    date: '2016-08-16',
  },
  effectiveFrom: {
    date: '2016-08-16',
    citation: cite('落款', '广东省人民政府办公厅2016年8月16日'),
    note: {
      zh: '通知成文日期为 2016-08-16，发布日期为 2016-08-23，未写生效日期：按成文日期 2016-08-16 起适用。各市的实施日期可能不同（可能更晚）；运营方可登记本市的实施日期。',
      en: 'The notice is dated 2016-08-16 and was published on 2016-08-23, with no effective date: it is applied from 2016-08-16, the date it bears. A city\'s own implementing date may differ (it may be later); operators can register it.',
    },
  },
  effectiveTo: null,
  confirmedThrough: {
    date: '2016-12-31',
    citation: cite('三、（一）建立待遇动态调整机制', '建立待遇动态调整机制'),
    note: {
      zh: '通知没有写明执行期限，并要求建立待遇动态调整机制；各市按通知自定执行标准。因此只在发布当年（2016 年）内视为现行；之后的计算提示标准可能已调整。',
      en: 'The notice states no period and asks for a mechanism that adjusts benefits over time; each city sets its own figures under it. The figures are taken as current for the year of the notice (2016) only; later calculations warn that they may have been adjusted.',
    },
  },
  appliesTo: {
    regionPrefix: '44',
    schemes: ['resident'],
    citation: cite(GROUPS, '对困难群体下调大病保险起付标准，并提高报销比例，不设年度最高支付限额。'),
    note: {
      zh: '通知针对城乡居民大病保险，因此只叠加到广东各市的城乡居民险种，不适用于职工。',
      en: 'The notice concerns resident 大病保险, so it is applied to the resident scheme of Guangdong cities only, not to employees.',
    },
  },
  groups: {
    'extreme-poverty': {
      label: { zh: '特困供养人员', en: 'Extreme-poverty dependants' },
      citation: cite(GROUPS, '特困供养人员起付标准下调不低于80%，报销比例达到80%以上'),
      note: MINIMUM_NOTE,
      threshold: { reduceBy: '0.80', basis: 'minimum', citation: cite(GROUPS, '特困供养人员起付标准下调不低于80%') },
      ratio: {
        atLeast: '0.80', basis: 'minimum', citation: cite(GROUPS, '报销比例达到80%以上'),
        note: {
          zh: '“报销比例达到80%以上”读作每个报销段的比例至少为 80%：取当地比例与 80% 中较高者。',
          en: '"Ratio of 80% or more" is read as a floor on every tier: the higher of the city ratio and 80%.',
        },
      },
      cap: NO_CAP,
    },
    'registered-poor': {
      label: { zh: '建档立卡贫困人员', en: 'Registered poor households' },
      citation: cite(GROUPS, '建档立卡的贫困人员、最低生活保障对象起付标准下调不低于70%，报销比例达到70%以上'),
      note: MINIMUM_NOTE,
      threshold: { reduceBy: '0.70', basis: 'minimum', citation: cite(GROUPS, '建档立卡的贫困人员、最低生活保障对象起付标准下调不低于70%') },
      ratio: { atLeast: '0.70', basis: 'minimum', citation: cite(GROUPS, '报销比例达到70%以上') },
      cap: NO_CAP,
    },
    subsistence: {
      label: { zh: '最低生活保障对象', en: 'Subsistence-allowance recipients' },
      citation: cite(GROUPS, '建档立卡的贫困人员、最低生活保障对象起付标准下调不低于70%，报销比例达到70%以上'),
      note: MINIMUM_NOTE,
      threshold: { reduceBy: '0.70', basis: 'minimum', citation: cite(GROUPS, '建档立卡的贫困人员、最低生活保障对象起付标准下调不低于70%') },
      ratio: { atLeast: '0.70', basis: 'minimum', citation: cite(GROUPS, '报销比例达到70%以上') },
      cap: NO_CAP,
    },
  },
  financing: [
    {
      key: 'fund-share', value: '0.05', unit: 'share-of-fund-income', basis: 'approximate',
      label: { zh: '筹资占当年基本医保基金收入比例（约）', en: 'Funding as a share of the basic fund\'s income (about)' },
      citation: cite('二、（二）健全筹资机制', '筹集比例一般为当年基本医疗保险基金收入的5%左右'),
    },
  ],
  notes: [
    {
      id: 'guangdong-input-scope',
      topic: 'input',
      zh: '自本通知起，大病保险保障住院和特定病种门诊的高额医疗费用：计入的是经基本医疗保险按规定支付后个人负担的合规医疗费用，特定病种门诊费用也计入（城市文件只计住院费用的，从此日起一并计入）。',
      en: 'From this notice on, 大病保险 covers high inpatient and specified-disease outpatient costs: the burden counted is the compliant cost the person bears after basic insurance, specified-disease outpatient costs included (where a city\'s document counted inpatient costs only, they count from this date).',
      citation: cite('三、（一）建立待遇动态调整机制', '参保人患大病发生的住院和特定病种门诊高额医疗费用，由大病保险对经基本医疗保险按规定支付后个人负担的合规医疗费用给予保障。'),
    },
    {
      id: 'guangdong-overlay-composition',
      zh: '叠加规则：起付标准取“当地标准×(1−下调比例)”与当地该人群标准中较低者；各报销段比例取较高者；不设年度封顶。报销段分界点不变，降低起付标准只加宽第一个报销段。',
      en: 'Composition: the threshold is the lower of city threshold × (1 − reduction) and any city rule for the group; each tier\'s ratio the higher; no annual cap. Band boundaries stay; a lowered threshold widens only the first band.',
    },
  ],
};
