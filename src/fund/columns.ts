// Column names and cell values as fund offices write them, for the command line (and any reader of claims files):
// the engine's request field names, the form's own labels, and the Chinese names offices use. Exact names only
// (after dropping case, spaces, underscores, hyphens, brackets and colons): a file is never read by a guess.
// The selfPaid, group and otherSelfPaid names and the group values are the ones <dbbx-fund> accepts.
import { GROUPS, SCHEMES, type Group, type Scheme } from '../engine/types.js';
import { GROUP_WORDS, SCHEME_WORDS } from '../engine/words.js';
import { Decimal } from '../engine/decimal.js';

/** The request fields a claims file can give, in the order of CalculationRequest. */
export const REQUEST_FIELDS = ['region', 'date', 'scheme', 'group', 'selfPaid', 'priorSelfPaid', 'otherSelfPaid', 'priorOtherSelfPaid', 'otherSelfPaidLimit'] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

export const normName = (h: string) => h.toLowerCase().replace(/[\s_（）()：:·\-]/g, '');

/** Every accepted column name per field (the field's own name first). Listed in the README. */
export const COLUMN_NAMES: Record<RequestField, readonly string[]> = {
  region: ['region', '地区', '地区代码', '地区编码', '行政区划代码', '区划代码', '统筹区', '统筹区代码', '统筹区编码'],
  date: ['date', '结算日期', '日期', '出院结算日期'],
  scheme: ['scheme', '险种', '医保类型', '参保类型', '保险类型', '医保险种'],
  group: ['group', '人群', '人群类别', '人员类别', '人员身份', '身份', '困难类别', '救助类别', '困难群体类别'],
  selfPaid: ['selfPaid', '年度累计个人负担（含本次）', '个人负担', '年度累计个人负担', '合规个人负担', '个人负担金额', '合规医疗费用个人负担',
    '自付金额', '自付费用', '个人自付', '个人自付金额', '合规自付', '合规自付费用', '政策范围内个人负担', '年度累计合规个人负担', 'burden', 'ytdSelfPaid'],
  priorSelfPaid: ['priorSelfPaid', '本次之前的年度累计个人负担', '此前个人负担', '此前累计个人负担'],
  otherSelfPaid: ['otherSelfPaid', '其他自付费用（年度累计，含本次）', '其他自付', '其他自付费用', '其他自付金额'],
  priorOtherSelfPaid: ['priorOtherSelfPaid', '本次之前的其他自付费用', '此前其他自付费用'],
  otherSelfPaidLimit: ['otherSelfPaidLimit', '其他自付费用年度报销限额', '其他自付限额'],
};

const FIELD_BY_NAME = new Map(REQUEST_FIELDS.flatMap((f) => COLUMN_NAMES[f].map((n): [string, RequestField] => [normName(n), f])));

/** The request field a column name stands for, or undefined for any other column (passed through). */
export const fieldOfColumn = (name: string): RequestField | undefined => FIELD_BY_NAME.get(normName(name));

/** 低保 / 特困 as files write them: the engine's words in both languages and the short forms offices use. */
export const GROUP_NAMES: readonly [string, Group][] = [
  ...GROUPS.flatMap((g): [string, Group][] => [[g, g], [GROUP_WORDS[g].zh, g], [GROUP_WORDS[g].en, g]]),
  ['普通', 'general'], ['一般', 'general'], ['普通人员', 'general'], ['一般人员', 'general'],
  ['低保', 'subsistence'], ['低保户', 'subsistence'], ['低保人员', 'subsistence'], ['最低生活保障对象', 'subsistence'],
  ['特困', 'extreme-poverty'], ['特困人员', 'extreme-poverty'], ['特困供养', 'extreme-poverty'], ['五保', 'extreme-poverty'], ['五保户', 'extreme-poverty'],
  ['医疗救助', 'medical-assistance'], ['救助对象', 'medical-assistance'],
  ['建档立卡', 'registered-poor'], ['建档立卡贫困人口', 'registered-poor'], ['建档立卡贫困户', 'registered-poor'], ['贫困人口', 'registered-poor'],
];

/** 居民 / 职工 as files write them, beside the engine's words. */
export const SCHEME_NAMES: readonly [string, Scheme][] = [
  ...SCHEMES.flatMap((s): [string, Scheme][] => [[s, s], [SCHEME_WORDS[s].zh, s], [SCHEME_WORDS[s].en, s]]),
  ['居民', 'resident'], ['城乡居民', 'resident'], ['居民医保', 'resident'], ['城乡居民医保', 'resident'], ['城乡居民基本医疗保险', 'resident'],
  ['职工', 'employee'], ['职工医保', 'employee'], ['城镇职工', 'employee'], ['城镇职工医保', 'employee'], ['职工基本医疗保险', 'employee'],
];

const GROUP_BY_NAME = new Map(GROUP_NAMES.map(([n, g]) => [normName(n), g]));
const SCHEME_BY_NAME = new Map(SCHEME_NAMES.map(([n, s]) => [normName(n), s]));

/** The engine's group for a cell such as 低保, or the cell itself (the engine then names what is wrong). */
export const groupOf = (cell: string): string => GROUP_BY_NAME.get(normName(cell)) ?? cell;
/** The engine's scheme for a cell such as 职工, or the cell itself. */
export const schemeOf = (cell: string): string => SCHEME_BY_NAME.get(normName(cell)) ?? cell;

/**
 * A cell that labels a spreadsheet's total line (合计, 总计, 小计, 本页合计, "Total", "Grand total", with any
 * spaces or a trailing colon), not a person: Excel exports often end with one, and counting it as a person
 * doubles the spending.
 */
export const isTotalLabel = (cell: string): boolean =>
  // The cheap test first: it runs on every cell of a million-row file, and almost every cell fails it.
  cell.length < 40 && /[计总汇]|tot|sum/i.test(cell)
  && /^(本页|本表|全部|全年|全市|总)?(合计|总计|小计|共计|汇总|总和)([(（].*|[:：].*)?$|^(grand|sub)?totals?(\W.*)?$|^sum$/i
    .test(cell.replace(/[\s\u3000]/g, ''));

/**
 * A plain number (digits, a decimal point) written in `unit`, in 元, exactly (decimal.js, never a float), and
 * whether it is a whole 分: 5.2 万元 is 52,000.00 元; 12.5 分 is not a whole 分 and must not be read as 0.13 元.
 * The fund tool and `dbbx batch` both read 万元 / 分 columns through it.
 */
export function inYuan(plain: string, unit: AmountUnit): { yuan: Decimal; wholeFen: boolean } {
  const n = new Decimal(plain);
  const yuan = unit === 'wan' ? n.times(10000) : unit === 'fen' ? n.dividedBy(100) : n;
  return { yuan, wholeFen: yuan.decimalPlaces() <= 2 };
}

/** The unit an amount column's name states, for reading its cells exactly: 万元, 元 or 分. */
export type AmountUnit = 'wan' | 'yuan' | 'fen';
/**
 * The unit written in a column name ("个人负担（万元）", "个人负担(分)", "个人负担/元", "个人负担 单位:元"), and the
 * name without it. `unit` is null when the name states none; `unknown` holds a unit we do not read (千元, 美元,
 * 角) so the reader can refuse the column rather than read it in yuan.
 */
export function amountUnitOf(name: string): { base: string; unit: AmountUnit | null; unknown: string | null } {
  const m = /^(.*?)[\s\u3000]*(?:[(（\[【]\s*(?:单位[:：]?\s*)?([^()（）\[\]【】]*?)\s*[)）\]】]|[/／]\s*([^/／]+)|[\s\u3000]*单位[:：]\s*(\S+))\s*$/.exec(name);
  if (!m) return { base: name, unit: null, unknown: null };
  const word = (m[2] ?? m[3] ?? m[4] ?? '').trim();
  const unit = UNIT_WORDS[word.toLowerCase()];
  if (unit) return { base: m[1]!, unit, unknown: null };
  // Brackets that hold no money unit ("（含本次）", "(年度累计)") are part of the name.
  if (/元|分|角|yuan|rmb|cny|usd|fen|万|千|百/i.test(word) && word.length <= 6) return { base: m[1]!, unit: null, unknown: word };
  return { base: name, unit: null, unknown: null };
}
const UNIT_WORDS: Record<string, AmountUnit> = {
  万元: 'wan', 万: 'wan', '10k yuan': 'wan',
  元: 'yuan', 人民币元: 'yuan', 'yuan': 'yuan', rmb: 'yuan', cny: 'yuan', '¥': 'yuan', '￥': 'yuan',
  分: 'fen', fen: 'fen',
};
