// What a policy's insurance is called on screen. Most documents are 大病保险; Xinbei's is a supplementary
// insurance for 低保 recipients bought on top of it (常开委办〔2021〕143号 一), and every heading and sentence
// must name it as such. Keyed by policy version id; unknown ids are 大病保险.
import type { Bilingual } from '../engine/types.js';

export const DEFAULT_PROGRAMME: Bilingual = { zh: '大病保险', en: '大病保险' };

const PROGRAMMES: Record<string, Bilingual> = {
  'xinbei-2021-143': { zh: '低保对象大病补充保险', en: '低保 supplementary insurance' },
};

export function programmeName(policyId: string | null | undefined): Bilingual {
  return (policyId && PROGRAMMES[policyId]) || DEFAULT_PROGRAMME;
}
