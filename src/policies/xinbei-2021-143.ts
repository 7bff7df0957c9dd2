// 常州国家高新区（新北区）党政办公室关于继续推进和完善新北区低保对象大病补充保险的通知,
// 常开委办〔2021〕143号 (docs/sources/003_…). A supplementary layer for 低保对象 that pays after every other layer.
import type { PolicyInput } from './schema.js';

const DOC = '常开委办〔2021〕143号';
const cite = (clause: string, quote: string) => ({ document: DOC, clause, quote });
const SCOPE = '二、（二）保障范围';
const STANDARD = '三、保障标准';
const excl = (id: string, item: string, zh: string, en: string, quote: string) =>
  ({ id, item, zh, en, citation: cite(`${SCOPE}第${item}项`, quote) });

export const xinbei2021: PolicyInput = {
  kind: 'city',
  id: 'xinbei-2021-143',
  region: { code: '320411', zh: '常州市新北区', en: 'Changzhou Xinbei District' },
  province: { code: '320000', zh: '江苏省', en: 'Jiangsu' },
  document: {
    no: DOC,
    title: '常州国家高新区（新北区）党政办公室关于继续推进和完善新北区低保对象大病补充保险的通知',
    issuer: '常州国家高新区（新北区）党政办公室',
    date: null,
  },
  effectiveFrom: {
    date: '2021-01-01',
    citation: cite('五、其他事项', '本通知自发布之日起实行'),
    uncertainUntil: {
      date: '2021-12-31',
      zh: `${DOC}自发布之日起实行，文本未载发布日期；2021 年内的结算可能仍按常新委办〔2018〕110号试行方案执行，请核对。`,
      en: `${DOC} applies from its publication, whose date the text does not give; settlements in 2021 ` +
        `may still fall under the 常新委办〔2018〕110号 trial scheme — please check.`,
    },
    note: {
      zh: '通知“自发布之日起实行”，但文本未载发布日期。按文号年份和自然年度的保险年度，从 2021-01-01 起适用；运营方可登记确切日期。',
      en: 'The notice applies "from publication" but the text bears no date. From the year in its number and the calendar insurance year, it is applied from 2021-01-01; operators may register the exact date.',
    },
  },
  effectiveTo: null,
  confirmedThrough: {
    date: '2023-12-31',
    citation: cite('四、（一）组织招标', '每轮招标期限定为三年，保险实施期限按自然年度计算'),
    note: {
      zh: '每轮招标期限为三年、按自然年度计算，因此只在首轮（2021–2023 年）内视为现行；“保障范围可根据实际情况按年度进行调整并公布”。之后的计算提示标准可能已调整，直到登记新一轮的标准。',
      en: 'Each tender round lasts three calendar years, so the figures are taken as current for the first round (2021–2023); the scope "may be adjusted and published yearly". Later calculations warn that they may have been adjusted, until the next round\'s figures are registered.',
    },
  },
  schemes: {
    resident: {
      coverage: cite('二、（一）保障对象', '常州市新北区已参加城乡居民基本医疗保险的最低生活保障对象'),
      eligibleGroups: {
        groups: ['subsistence'],
        citation: cite('二、（一）保障对象', '常州市新北区已参加城乡居民基本医疗保险的最低生活保障对象'),
      },
      threshold: {
        amount: '0',
        citation: cite(STANDARD, '个人自付部分按100%给予补偿'),
        note: {
          zh: '文件对起付标准未作规定（全文没有“起付”二字）；按“个人自付部分按100%给予补偿”从第一元起补偿，起付标准记为 0。',
          en: 'The document is silent on a threshold (it never mentions one); from "the self-paid part is compensated 100%" payment starts at the first yuan, so the threshold is 0.',
        },
      },
      tiers: [
        {
          from: '0', to: null, ratio: '1',
          label: { zh: '甲、乙类目录内个人自付', en: 'Catalogue (class A/B) self-paid' },
          citation: cite(STANDARD, '中甲、乙类的医疗费用，个人自付部分按100%给予补偿'),
          note: {
            zh: '“个人自付部分”指经基本医保、大病保险、医疗救助、惠民保和慈善补充保险之后个人仍需支付的目录内（甲、乙类）费用。',
            en: '"Personal self-paid part" is what the person still pays for catalogue (class A/B) items after basic insurance, 大病保险, medical assistance, 惠民保 and charity insurance.',
          },
        },
      ],
      cap: { kind: 'none', citation: cite(STANDARD, '不设封顶线') },
      otherSelfPaid: {
        ratio: '0.50',
        label: { zh: '保障范围内的其他个人自付', en: 'Other in-scope self-paid costs' },
        citation: cite(STANDARD, '在保障范围内的其他个人自付医疗费用，按50%的比例给予补偿'),
        limit: {
          amount: null,
          citation: cite(STANDARD, '年度报销限额按中标方案实施'),
          note: {
            zh: '年度报销限额由中标方案确定，文件未公布：请填写中标方案的限额，否则按不设限额计算并提示。',
            en: 'The annual limit is set by the winning tender and not published: enter the tendered limit, otherwise none is applied and a warning says so.',
          },
        },
      },
      exclusions: [
        excl('unreferred-non-designated', '1', '未按要求办理转诊手续在非定点医疗机构发生的住院医疗费用', 'Inpatient costs at a non-designated hospital without the required referral', '未按要求办理转诊手续在非定点医疗机构发生的住院医疗费用'),
        excl('outside-invoice', '2', '门诊、住院发票及结算清单以外发生的医疗费用', 'Costs outside the outpatient / inpatient invoices and settlement lists', '门诊、住院发票及结算清单以外发生的医疗费用'),
        excl('organ-source', '3', '各类器官、组织移植的器官源及组织源', 'Organ and tissue sources for transplants', '各类器官、组织移植的器官源及组织源'),
        excl('new-expensive', '4', '新型、昂贵的诊疗项目和耗材（如中子刀、PET-CT、胶囊镜，单价5000元以上的目录外项目和材料）', 'New, expensive items (neutron knife, PET-CT, capsule endoscopy; out-of-catalogue items over 5,000 yuan each)', '新型、昂贵的诊疗项目和耗材：如中子刀、PET-CT、各类胶囊镜检查以及单价在5000元以上的医疗保险目录外的检查、化验、治疗等项目和特殊医用材料'),
        excl('illegal', '5', '违反法律法规规定所发生的医疗费用', 'Costs arising from breaking laws or regulations', '违反法律法规规定所发生的医疗费用'),
        excl('non-medical', '6', '与疾病诊疗无关或特需服务费用', 'Costs unrelated to treatment, or special (VIP) services', '与疾病诊疗无关或特需服务费用'),
        excl('retail-pharmacy', '7', '在零售药店购买药品（“双通道”药品除外）或特殊医用材料', 'Drugs or special materials bought at retail pharmacies (except "dual-channel" drugs)', '在零售药店购买药品（纳入“双通道”药品除外）或特殊医用材料'),
        excl('abroad', '8', '在国外和港、澳、台地区发生的医疗费用', 'Costs incurred abroad or in Hong Kong, Macao or Taiwan', '在国外和港、澳、台地区发生的医疗费用'),
        excl('non-pharmacopoeia', '9', '药典范围以外的药品及医保规定不予支付的中药饮片和药材', 'Drugs outside the Pharmacopoeia, and herbal pieces insurance never pays for', '使用超出《中华人民共和国药典》范围以外的药品以及基本医疗保险明确规定的单味或单、复方均不支付费用的中药饮片及药材所产生的费用'),
      ],
    },
  },
  financing: [
    {
      key: 'profit-cap-incl-cost', value: '0.20', unit: 'share-of-premium', basis: 'maximum',
      label: { zh: '承办机构最高盈利率（含运营成本）', en: 'Insurer\'s maximum profit rate (operating cost included)' },
      citation: cite('四、（一）组织招标', '招标文件中应明确保险承办机构的最高盈利（含运营成本）率不得超过保费的20%'),
      note: {
        zh: '超出部分返还投保单位或冲抵下一年度保费；赔付超出保费的风险由保险机构承担。',
        en: 'The excess is refunded or set against next year\'s premium; claims above the premium are the insurer\'s risk.',
      },
    },
  ],
  notes: [
    {
      id: 'xinbei-last-layer',
      zh: '本保险在基本医保、大病保险、医疗救助、惠民保和慈善补充保险之后支付：填写的是这些都支付后个人仍需支付的金额（年度累计）。',
      en: 'This insurance pays after basic insurance, 大病保险, medical assistance, 惠民保 and charity insurance: enter what the person still pays after all of them (year to date).',
      citation: cite('一、主要目的', '在经过基本医疗保险制度补偿、大病保险补偿以及困难群众医疗救助、惠民保、慈善大病医疗补充保险救助后的个人自付部分'),
    },
    {
      id: 'xinbei-calendar-year',
      zh: '保险年度按自然年计算。',
      en: 'The insurance year is the calendar year.',
      citation: cite('四、（一）组织招标', '保险实施期限按自然年度计算'),
    },
    {
      id: 'xinbei-exclusions',
      zh: '二（二）第1–9项所列费用不予补偿：单独列出、支付 0 元，不计入任何报销段。',
      en: 'Costs under items 1–9 of 二（二） are not paid: they are listed on their own, paid 0, and enter no band.',
      citation: cite(SCOPE, '但不含以下费用'),
    },
  ],
};
