// What counts toward each region's 大病保险 burden, line by line of a typical hospital settlement slip
// (住院费用结算单), in each document's own words. A patient holds the slip, not the definition: this data lets
// the calculator say which lines to add up, and the helper add them, citing the clause behind every statement.
// Where a document does not say how a line is treated, the line is 'open' and the help says so; nothing here
// is a guess. (What happens after the calculation is in ./next-step.ts: the result shows it without opening
// this.) Keyed by the policy version's id; a registered policy without help gets a plain pointer to the
// bureau instead.
import type { Bilingual } from '../engine/types.js';
import type { HelpCitation } from './next-step.js';

export type { HelpCitation };

/** The lines of a typical 住院费用结算单, as a patient sees them. */
export type SlipLineId = 'total' | 'fund' | 'otherLayers' | 'deductible' | 'copay' | 'classB' | 'overLimit' | 'selfFunded';

export const SLIP_LINES: readonly { id: SlipLineId; name: Bilingual; example: string }[] = [
  { id: 'total', name: { zh: '医疗费用总额', en: 'Total medical costs' }, example: '86,400.00' },
  { id: 'fund', name: { zh: '统筹基金支付', en: 'Paid by basic insurance (pooled fund)' }, example: '52,300.00' },
  { id: 'otherLayers', name: { zh: '大病保险、医疗救助等已支付', en: 'Already paid by 大病保险, medical assistance and others' }, example: '0.00' },
  { id: 'deductible', name: { zh: '起付标准内个人自付', en: 'Self-paid under the deductible' }, example: '1,200.00' },
  { id: 'copay', name: { zh: '起付标准以上按比例自付', en: 'Your share above the deductible' }, example: '21,500.00' },
  { id: 'classB', name: { zh: '乙类先行自付', en: 'Class B items paid first by you' }, example: '3,400.00' },
  { id: 'overLimit', name: { zh: '超过统筹基金最高支付限额的费用', en: 'Costs above basic insurance\'s annual limit' }, example: '0.00' },
  { id: 'selfFunded', name: { zh: '全自费（目录外）', en: 'Fully self-funded (outside the catalogue)' }, example: '8,000.00' },
];

export type Treatment = 'counts' | 'not' | 'open';

export interface SlipLineHelp extends Bilingual {
  line: SlipLineId;
  treatment: Treatment;
  /** Which request field the line adds to where it counts (Xinbei pays catalogue and other costs apart). */
  field?: 'selfPaid' | 'otherSelfPaid';
  citation: HelpCitation;
}

export interface SlipHelp {
  /** The document's own definition of the burden, in its words. */
  definition: HelpCitation;
  lines: SlipLineHelp[];
}

const NINGBO = '甬政办发〔2013〕268号';
const nb = (clause: string, quote: string): HelpCitation => ({ document: NINGBO, clause, quote });
const NB1 = nb('五、保障范围', '（1）在基本医疗保险基金最高支付限额以下，住院起付标准以内个人自负的医疗费和起付标准以上个人按比例承担的医疗费');
const NB2 = nb('五、保障范围', '（2）在基本医疗保险基金最高支付限额以上，按基本医疗保险政策规定可纳入医保支付范围（剔除自费和自付）的医疗费用');
const NBDEF = nb('五、保障范围', '按基本医疗保险政策规定支付后，其个人累计负担的合规医疗费用超过大病保险补偿起付标准的部分');

const CHAOZHOU = '潮府办〔2012〕90号';
const CZDEF: HelpCitation = {
  document: CHAOZHOU, clause: '二、（三）保障水平',
  quote: '参保人员超过基本医疗保险统筹基金起付标准部分的住院医疗费用，在基本医疗保险支付待遇后，个人年度累计自付的符合基本医疗保险用药、诊疗项目范围和医疗服务设施标准的费用',
};

const JIANGYIN = '江阴市城乡居民大病保险制度';
const JYDEF: HelpCitation = {
  document: JIANGYIN, clause: '二、（三）保障范围',
  quote: '经城乡居民基本医疗保险、职工基本医疗保险和职工补充医疗保险、公务员医疗补助补偿后，个人负担超过大病保险起付标准以上的部分',
};
const JYSCOPE: HelpCitation = { document: JIANGYIN, clause: '二、（三）保障范围', quote: '上述合规费用由医保部门根据上级规定，结合实际情况具体确定' };

const XINBEI = '常开委办〔2021〕143号';
const XBDEF: HelpCitation = {
  document: XINBEI, clause: '二、（二）保障范围',
  quote: '经基本医疗保险制度补偿、大病保险补偿以及困难群众医疗救助、惠民保、慈善大病医疗补充保险救助后，个人承担的住院和门诊合规医疗费用',
};
const XBAB: HelpCitation = { document: XINBEI, clause: '三、保障标准', quote: '甲、乙类的医疗费用，个人自付部分按100%给予补偿' };
const XBOTHER: HelpCitation = { document: XINBEI, clause: '三、保障标准', quote: '在保障范围内的其他个人自付医疗费用，按50%的比例给予补偿' };

export const SLIP_HELP: Record<string, SlipHelp> = {
  'ningbo-2013-268': {
    definition: NBDEF,
    lines: [
      { line: 'fund', treatment: 'not', citation: NBDEF, zh: '基本医保已支付的部分不计入：计入的是基本医保支付后个人负担的部分。', en: 'What basic insurance paid does not count: only what you bear after it.' },
      { line: 'deductible', treatment: 'counts', field: 'selfPaid', citation: NB1, zh: '计入：起付标准以内个人自负的医疗费。', en: 'Counts: what you paid under the deductible.' },
      { line: 'copay', treatment: 'counts', field: 'selfPaid', citation: NB1, zh: '计入：起付标准以上个人按比例承担的医疗费。', en: 'Counts: your proportional share above the deductible.' },
      { line: 'classB', treatment: 'open', citation: NB1, zh: '文件没有写明最高支付限额以下的“乙类先行自付”是否计入；请向医保经办机构确认，这里不计入。', en: 'The document does not say whether class-B costs paid first below the limit count; ask the insurance office (not added here).' },
      { line: 'overLimit', treatment: 'counts', field: 'selfPaid', citation: NB2, zh: '计入：超过基本医保最高支付限额、可纳入医保支付范围的费用（剔除自费和自付）。', en: 'Counts: costs above basic insurance\'s limit that are within its scope (less self-funded and self-paid items).' },
      { line: 'selfFunded', treatment: 'not', citation: NB2, zh: '不计入：全自费的目录外费用。', en: 'Does not count: fully self-funded costs outside the catalogue.' },
    ],
  },
  'chaozhou-2012-90': {
    definition: CZDEF,
    lines: [
      { line: 'fund', treatment: 'not', citation: CZDEF, zh: '基本医保已支付的部分不计入。', en: 'What basic insurance paid does not count.' },
      { line: 'deductible', treatment: 'not', citation: CZDEF, zh: '不计入：只计超过基本医保起付标准部分的费用，起付标准以内的自付不算（与宁波不同）。', en: 'Does not count: only costs above basic insurance\'s deductible count, not what you paid under it (unlike Ningbo).' },
      { line: 'copay', treatment: 'counts', field: 'selfPaid', citation: CZDEF, zh: '计入：起付标准以上、基本医保支付后个人自付的目录内费用。', en: 'Counts: what you paid yourself above the deductible, within the catalogue, after basic insurance.' },
      { line: 'classB', treatment: 'counts', field: 'selfPaid', citation: CZDEF, zh: '计入：乙类项目属于基本医保用药、诊疗项目范围，个人自付的部分按文件计入。', en: 'Counts: class-B items are within the catalogue, and the part you paid yourself counts as the document defines it.' },
      { line: 'overLimit', treatment: 'open', citation: CZDEF, zh: '文件没有写明超过基本医保最高支付限额的费用如何计算；请向医保经办机构确认，这里不计入。', en: 'The document does not say how costs above basic insurance\'s limit count; ask the insurance office (not added here).' },
      { line: 'selfFunded', treatment: 'not', citation: CZDEF, zh: '不计入：不在基本医保用药、诊疗项目和服务设施范围内的自费费用。', en: 'Does not count: self-funded costs outside the basic-insurance lists.' },
    ],
  },
  'jiangyin-2020': {
    definition: JYDEF,
    lines: [
      { line: 'fund', treatment: 'not', citation: JYDEF, zh: '不计入：基本医保、职工补充医疗保险和公务员医疗补助已补偿的部分。', en: 'Does not count: what basic insurance, employee supplementary insurance and the civil-servant subsidy paid.' },
      { line: 'deductible', treatment: 'counts', field: 'selfPaid', citation: JYDEF, zh: '计入：补偿后个人负担的合规费用（起付标准内的自付属于个人负担）。', en: 'Counts: the compliant costs you bear after those payments (what you paid under the deductible is yours).' },
      { line: 'copay', treatment: 'counts', field: 'selfPaid', citation: JYDEF, zh: '计入：补偿后个人按比例负担的合规费用。', en: 'Counts: your proportional share of compliant costs after those payments.' },
      { line: 'classB', treatment: 'open', citation: JYSCOPE, zh: '哪些费用算“合规”由医保部门具体确定，文件没有写明乙类先行自付是否计入；请向医保部门确认，这里不计入。', en: 'The insurance office decides what is "compliant"; the document does not say whether class-B costs paid first count (not added here).' },
      { line: 'overLimit', treatment: 'open', citation: JYSCOPE, zh: '文件没有写明超过基本医保最高支付限额的费用如何计入，由医保部门确定；这里不计入。', en: 'The document leaves costs above basic insurance\'s limit to the insurance office (not added here).' },
      { line: 'selfFunded', treatment: 'not', citation: JYDEF, zh: '不计入：只计合规医疗费用，目录外全自费不算。', en: 'Does not count: only compliant costs count, not fully self-funded ones.' },
    ],
  },
  'xinbei-2021-143': {
    definition: XBDEF,
    lines: [
      { line: 'fund', treatment: 'not', citation: XBDEF, zh: '不计入：基本医保已补偿的部分。', en: 'Does not count: what basic insurance paid.' },
      { line: 'otherLayers', treatment: 'not', citation: XBDEF, zh: '不计入：大病保险、医疗救助、惠民保、慈善保险已支付的部分（本保险在它们之后补偿）。', en: 'Does not count: what 大病保险, medical assistance, 惠民保 and charity insurance paid (this insurance pays after them).' },
      { line: 'deductible', treatment: 'counts', field: 'selfPaid', citation: XBAB, zh: '计入“目录内个人自付”：甲、乙类费用中仍由个人自付的部分，按 100% 补偿。', en: 'Counts as catalogue self-pay: your remaining share of class A and B costs, paid at 100%.' },
      { line: 'copay', treatment: 'counts', field: 'selfPaid', citation: XBAB, zh: '计入“目录内个人自付”（按 100% 补偿）。', en: 'Counts as catalogue self-pay (paid at 100%).' },
      { line: 'classB', treatment: 'counts', field: 'selfPaid', citation: XBAB, zh: '计入“目录内个人自付”：乙类费用个人自付部分也按 100% 补偿。', en: 'Counts as catalogue self-pay: class B self-pay is paid at 100% too.' },
      { line: 'overLimit', treatment: 'open', citation: XBDEF, zh: '文件没有单独写明超过基本医保限额的费用；属于甲、乙类的个人自付按上面计入，请向承办保险机构确认。', en: 'The document does not single out costs above basic insurance\'s limit; ask the insurer (not added here).' },
      { line: 'selfFunded', treatment: 'counts', field: 'otherSelfPaid', citation: XBOTHER, zh: '计入“其他自付费用”（按 50% 补偿），但文件二（二）第 1–9 项所列费用除外。', en: 'Counts as other self-paid costs (paid at 50%), except the nine items of 二（二）.' },
    ],
  },
};

/** The help for a policy version, or null for one registered without it. */
export function slipHelp(policyId: string): SlipHelp | null {
  return SLIP_HELP[policyId] ?? null;
}
