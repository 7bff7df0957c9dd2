// Names of the engine's own categories, in both languages, for messages and traces.
import type { Bilingual, Group, Scheme } from './types.js';

export const SCHEME_WORDS: Record<Scheme, Bilingual> = {
  resident: { zh: '城乡居民医保', en: 'resident insurance' },
  employee: { zh: '职工医保', en: 'employee insurance' },
};

export const GROUP_WORDS: Record<Group, Bilingual> = {
  general: { zh: '普通参保人员', en: 'general insured' },
  'medical-assistance': { zh: '医疗救助对象', en: 'medical-assistance recipients' },
  'extreme-poverty': { zh: '特困供养人员', en: 'extreme-poverty dependants' },
  subsistence: { zh: '低保对象', en: 'subsistence-allowance recipients' },
  'registered-poor': { zh: '建档立卡贫困人员', en: 'registered poor households' },
};
