// What happens after the calculation, per policy version, only as each document states it: the line under every
// calculator result. Apart from the slip help (./slip-help.ts), which a person opens: this is in the first load,
// that is fetched on opening (issue 13).
import type { Bilingual } from '../engine/types.js';

export interface HelpCitation { document: string; clause: string; quote: string }
export type NextStep = Bilingual & { citation: HelpCitation };

const NINGBO = '甬政办发〔2013〕268号';
const CHAOZHOU = '潮府办〔2012〕90号';
const JIANGYIN = '江阴市城乡居民大病保险制度';
const XINBEI = '常开委办〔2021〕143号';
const ningbo = (clause: string, quote: string): HelpCitation => ({ document: NINGBO, clause, quote });

export const NEXT_STEP: Record<string, NextStep> = {
  'ningbo-2013-268': {
    zh: '在定点医院出院时按基本医保、大病保险、医疗救助的顺序“一站式”结算，个人只付应由个人支付的现金部分。',
    en: 'At a designated hospital it is settled at discharge in one go (basic insurance, then 大病保险, then medical assistance); you pay only your own cash share.',
    citation: ningbo('六、费用结算', '按基本医疗保险（新农合）、大病保险、医疗救助的计算顺序“一站式”结算其医疗费'),
  },
  'chaozhou-2012-90': {
    zh: '大病保险的理赔由承保机构设在各级医保经办机构和乡镇的服务点与医保经办机构共同办理；具体手续请向当地服务点咨询。',
    en: 'Claims are handled at the insurer\'s service points in insurance offices and towns, together with the insurance office; ask there for the procedure.',
    citation: { document: CHAOZHOU, clause: '二、（五）经办服务', quote: '服务点工作人员与医疗保险经办机构工作人员共同负责医疗保险的参保资料信息录入、待遇核发、政策咨询、大病保险的理赔等工作' },
  },
  'jiangyin-2020': {
    zh: '文件要求逐步完善基本医保、大病保险、医疗救助的“一站式”结算；没有写明在哪里申请，请向医院结算窗口或医保部门咨询。',
    en: 'The document calls for one-stop settlement with basic insurance and medical assistance to be completed over time; it does not say where to claim, so ask the hospital\'s cashier or the insurance office.',
    citation: { document: JIANGYIN, clause: '三、（二）服务要求', quote: '逐步完善基本医保、大病保险、医疗救助及其他保障措施的“一站式”结算' },
  },
  'xinbei-2021-143': {
    zh: '理赔资料的接收、审核和赔付由承办保险机构全程负责。',
    en: 'The insurer receives and checks the claim papers and pays, from start to end.',
    citation: { document: XINBEI, clause: '四、（三）日常管理', quote: '低保对象理赔资料的接收、审核、归档和医疗费的赔付工作，由保险机构全程负责' },
  },
};

/** The next step for a policy version, or null for one registered without help. */
export function nextStep(policyId: string): NextStep | null {
  return NEXT_STEP[policyId] ?? null;
}
