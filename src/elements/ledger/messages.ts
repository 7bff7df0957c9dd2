// The ledger's own wordings for what a host or a year can get wrong, in both languages. Kept beside the
// element (not in the shared catalogues) because only the ledger says them; {x} are filled in at the use.
import type { Bilingual } from '../../engine/types.js';

export const L = {
  failed: {
    zh: '台账无法显示主机页面给出的数据（{why}），已清空，未显示任何金额或患者信息。请检查 rows 等设置后重新载入。',
    en: 'The ledger could not show what the host page gave it ({why}); it is cleared and shows no figures or patient details. Check rows and the other settings, then load again.',
  },
  givenDate: {
    zh: '主机给出的出院日期：“{date}”（原样保留，未改动；请在日期框中选择正确的日期）',
    en: 'Discharge date from the host: "{date}" (kept as given; choose the date in the field)',
  },
  sameDate: {
    zh: '与第 {others} 次同日（{date}）出院：同日各次按表中上下顺序逐次累计（上面的先算），顺序不同，各次支付的分配不同，全年合计不变。请按实际结算先后排列。',
    en: 'Discharged on the same day ({date}) as discharge {others}: discharges of one day are counted in the order of this table (the upper one first); another order splits the payouts differently, with the same year total. Put them in the order they were settled.',
  },
} satisfies Record<string, Bilingual>;

export const fill = (m: Bilingual, params: Record<string, string | number>): Bilingual => {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  return { zh: f(m.zh), en: f(m.en) };
};
