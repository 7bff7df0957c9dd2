// The shape of policy data, as OpenFisca shapes its parameters: every figure carries the clause it comes
// from, every reading of the text that is ours and not the document's carries a note. zod/mini keeps the
// embeddable bundle small; strict objects make a misspelt key an error instead of a silently ignored one.
import * as z from 'zod/mini';

// Before any schema exists: zod otherwise probes `new Function` to compile fast parsers, which a strict CSP
// (require-trusted-types-for 'script', no 'unsafe-eval') reports as a violation even though zod catches it.
// Policy data is validated a handful of times, so the compiled fast path buys nothing here.
z.config({ jitless: true });

import { DbbxPolicyError, type PolicyProblem } from '../engine/errors.js';
import { semanticProblems, protoProblems } from './checks.js';

const DECIMAL = /^\d+(\.\d+)?$/;
// Money to the 分: a third decimal is shown rounded and the breakdown no longer adds up.
const MONEY = /^\d+(\.\d{1,2})?$/;
// Ratios to 4 decimals (see RATIO_PLACES in checks.ts).
const RATIO = /^\d+(\.\d{1,4})?$/;
// Words a person reads: not empty, not only spaces.
const TEXT = /\S/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION_CODE = /^\d{6}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

const decimalText = z.string().check(z.regex(DECIMAL));
const moneyText = z.string().check(z.regex(MONEY));
const ratioText = z.string().check(z.regex(RATIO));
const dateText = z.string().check(z.regex(DATE));
const text = z.string().check(z.regex(TEXT));

export const schemeSchema = z.enum(['resident', 'employee']);
export const groupSchema = z.enum(['general', 'medical-assistance', 'extreme-poverty', 'subsistence', 'registered-poor']);
const specialGroupSchema = z.enum(['medical-assistance', 'extreme-poverty', 'subsistence', 'registered-poor']);

export const citationSchema = z.strictObject({
  /** Document number, e.g. 甬政办发〔2013〕268号. */
  document: text,
  /** Clause, e.g. 五、保障范围. */
  clause: text,
  /** The words of the document the figure is read from, verbatim (whitespace aside). */
  quote: text,
});

const noteSchema = z.strictObject({ zh: text, en: text });
/** 'minimum' = the document says 不低于 / 以上: the tendered figure may be more generous. */
const basisSchema = z.enum(['exact', 'minimum']);

const moneyFigure = z.strictObject({
  amount: moneyText,
  citation: citationSchema,
  basis: z.optional(basisSchema),
  note: z.optional(noteSchema),
  /** The year the document gives this figure for, where it is reset yearly elsewhere: later dates are warned. */
  forYear: z.optional(z.number().check(z.int())),
});

const tierSchema = z.strictObject({
  /** Absolute point on the year's cumulative burden where the band starts (exclusive). */
  from: moneyText,
  /** Where it ends (inclusive); null = no upper limit. */
  to: z.nullable(moneyText),
  ratio: ratioText,
  citation: citationSchema,
  basis: z.optional(basisSchema),
  note: z.optional(noteSchema),
  /** A name for the band where "from–to" says nothing to a reader (Xinbei's catalogue part). */
  label: z.optional(noteSchema),
});

const capSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none'), citation: citationSchema, note: z.optional(noteSchema) }),
  z.strictObject({
    /** 封顶 on the payout: the year's payout never exceeds amount. */
    kind: z.literal('payout'),
    amount: z.nullable(moneyText),
    citation: citationSchema,
    basis: z.optional(basisSchema),
    note: z.optional(noteSchema),
  }),
  z.strictObject({
    /** Limit on the compliant expenses counted: burden above amount is not paid. */
    kind: z.literal('expense'),
    amount: z.nullable(moneyText),
    citation: citationSchema,
    basis: z.optional(basisSchema),
    note: z.optional(noteSchema),
  }),
]);

const ratioAdjustment = z.union([
  /** Every tier's ratio + add (percentage points). */
  z.strictObject({ add: ratioText, citation: citationSchema, basis: z.optional(basisSchema), note: z.optional(noteSchema) }),
  /** Every tier's ratio raised to at least atLeast. */
  z.strictObject({ atLeast: ratioText, citation: citationSchema, basis: z.optional(basisSchema), note: z.optional(noteSchema) }),
]);

const groupRuleSchema = z.strictObject({
  label: noteSchema,
  citation: citationSchema,
  note: z.optional(noteSchema),
  /** Threshold × (1 − reduceBy). */
  threshold: z.optional(z.strictObject({
    reduceBy: ratioText, citation: citationSchema, basis: z.optional(basisSchema), note: z.optional(noteSchema),
  })),
  ratio: z.optional(ratioAdjustment),
  cap: z.optional(capSchema),
});

const exclusionSchema = z.strictObject({
  id: z.string().check(z.regex(ID)),
  /** Item number in the document's list. */
  item: text,
  zh: text,
  en: text,
  citation: citationSchema,
});

const schemeRuleSchema = z.strictObject({
  /** The clause that says this scheme's insured are covered. */
  coverage: citationSchema,
  threshold: moneyFigure,
  tiers: z.array(tierSchema).check(z.minLength(1)),
  cap: capSchema,
  groups: z.optional(z.partialRecord(specialGroupSchema, groupRuleSchema)),
  /** When present, only these groups are covered at all (Xinbei: 低保对象 only). */
  eligibleGroups: z.optional(z.strictObject({ groups: z.array(groupSchema).check(z.minLength(1)), citation: citationSchema })),
  /** Expenses within scope but outside the catalogue, paid at their own ratio (Xinbei). */
  otherSelfPaid: z.optional(z.strictObject({
    ratio: ratioText,
    citation: citationSchema,
    note: z.optional(noteSchema),
    label: z.optional(noteSchema),
    limit: z.strictObject({ amount: z.nullable(moneyText), citation: citationSchema, note: z.optional(noteSchema) }),
  })),
  exclusions: z.optional(z.array(exclusionSchema)),
});

const regionSchema = z.strictObject({ code: z.string().check(z.regex(REGION_CODE)), zh: text, en: text });
/** date: the date the document bears; null where the text we have shows none. */
const documentSchema = z.strictObject({ no: text, title: text, issuer: text, date: z.nullable(dateText) });
const dateFigure = z.strictObject({
  date: dateText,
  citation: citationSchema,
  note: z.optional(noteSchema),
  /** Up to this date the version may not yet have applied (the text gives no exact date): results say so. */
  uncertainUntil: z.optional(z.strictObject({ date: dateText, zh: text, en: text })),
});

export const financingKeySchema = z.enum([
  'premium-per-person', 'premium-ceiling', 'fund-share', 'fund-share-ceiling', 'profit-cap',
  'profit-cap-incl-cost', 'expert-review-cap', 'quarterly-transfer', 'profit-band', 'loss-band',
]);

const financingFactSchema = z.strictObject({
  key: financingKeySchema,
  scheme: z.optional(schemeSchema),
  label: noteSchema,
  /** null = the document leaves it to the tender or to another document. */
  value: z.nullable(decimalText),
  unit: z.enum(['yuan-per-person-year', 'share-of-premium', 'share-of-fund-income', 'yuan']),
  citation: citationSchema,
  basis: z.optional(z.enum(['exact', 'minimum', 'maximum', 'approximate'])),
  note: z.optional(noteSchema),
});

const interpretationSchema = z.strictObject({
  id: z.string().check(z.regex(ID)),
  /**
   * What the note is about, where a later document can change it: an overlay's note on a topic replaces the
   * city's notes on that topic while the overlay is in force ('input': which costs count).
   */
  topic: z.optional(z.enum(['input'])),
  zh: text,
  en: text,
  citation: z.optional(citationSchema),
});

/**
 * How far the figures are known to be current, apart from effectiveTo: a document's figures are adjusted
 * (yearly thresholds, re-tendered ratios) without the document being repealed. A calculation dated after it
 * still calculates, with the 'figures-may-be-stale' warning. The note says why this date (the reason, or what
 * the cited words support).
 */
const confirmedSchema = z.strictObject({
  date: dateText,
  citation: z.optional(citationSchema),
  note: noteSchema,
});

const commonFields = {
  /** Where an editor finds the JSON Schema ("dbbx-policy.schema.json"); ignored by the engine. */
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(ID)),
  region: regionSchema,
  document: documentSchema,
  effectiveFrom: dateFigure,
  effectiveTo: z.nullable(dateFigure),
  confirmedThrough: confirmedSchema,
  financing: z.array(financingFactSchema),
  notes: z.array(interpretationSchema),
};

export const cityPolicySchema = z.strictObject({
  kind: z.literal('city'),
  ...commonFields,
  province: regionSchema,
  schemes: z.strictObject({ resident: z.optional(schemeRuleSchema), employee: z.optional(schemeRuleSchema) }),
});

export const overlayPolicySchema = z.strictObject({
  kind: z.literal('overlay'),
  ...commonFields,
  /** Which city policies it governs: region codes starting with regionPrefix, for these schemes. */
  appliesTo: z.strictObject({
    regionPrefix: z.string().check(z.regex(/^\d{2,6}$/)),
    schemes: z.array(schemeSchema).check(z.minLength(1)),
    citation: citationSchema,
    note: z.optional(noteSchema),
  }),
  groups: z.partialRecord(specialGroupSchema, groupRuleSchema),
});

export const policySchema = z.discriminatedUnion('kind', [cityPolicySchema, overlayPolicySchema]);

/** The parts a JSON Schema names (json-schema.ts), so an editor's hover says what a field is. */
export const namedParts = {
  citation: citationSchema, note: noteSchema, money: moneyText, ratio: ratioText, date: dateText, text, basis: basisSchema,
  tier: tierSchema, cap: capSchema, groupRule: groupRuleSchema, schemeRule: schemeRuleSchema, moneyFigure, dateFigure,
  confirmedThrough: confirmedSchema, region: regionSchema, financingFact: financingFactSchema, interpretation: interpretationSchema,
};

export type PolicyCitation = z.infer<typeof citationSchema>;
export type CityPolicy = z.infer<typeof cityPolicySchema>;
export type OverlayPolicy = z.infer<typeof overlayPolicySchema>;
export type PolicyData = z.infer<typeof policySchema>;
/** What an operator writes: the same shape before validation. */
export type PolicyInput = z.input<typeof policySchema>;
export type SchemeRule = z.infer<typeof schemeRuleSchema>;
export type GroupRule = z.infer<typeof groupRuleSchema>;
export type CapData = z.infer<typeof capSchema>;
export type TierData = z.infer<typeof tierSchema>;
export type FinancingFact = z.infer<typeof financingFactSchema>;

// ---- plain-words problems -------------------------------------------------------------------------

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const FORMAT_WORDS: [RegExp, string, string][] = [
  [MONEY, '应为十进制金额字符串，最多两位小数（精确到分），例如 "20000" 或 "20000.50"', 'should be a decimal amount string with at most two decimals (to the fen), such as "20000" or "20000.50"'],
  [RATIO, '应为十进制比例字符串，最多四位小数，例如 "0.55"', 'should be a decimal ratio string with at most four decimals, such as "0.55"'],
  [TEXT, '不能为空，也不能只有空白', 'cannot be empty or only spaces'],
  [DECIMAL, '应为非负十进制数字的字符串，例如 "20000" 或 "0.55"', 'should be a non-negative decimal string such as "20000" or "0.55"'],
  [DATE, '应为 YYYY-MM-DD 格式的日期', 'should be a date written YYYY-MM-DD'],
  [REGION_CODE, '应为 6 位行政区划代码（GB/T 2260）', 'should be a 6-digit GB/T 2260 region code'],
  [ID, '应为小写字母、数字和连字符组成的标识', 'should be an id of lower-case letters, digits and hyphens'],
];

const TYPE_WORDS: Record<string, [string, string]> = {
  string: ['文字', 'a string'], number: ['数字', 'a number'], object: ['对象', 'an object'],
  array: ['列表', 'a list'], boolean: ['是/否', 'true or false'],
};

interface ZodIssueLike {
  code: string; path: PropertyKey[]; expected?: string; keys?: string[]; values?: unknown[];
  pattern?: string; minimum?: number | bigint; origin?: string;
}

function describe(iss: ZodIssueLike, data: unknown): PolicyProblem {
  const path = pathText(iss.path);
  switch (iss.code) {
    case 'invalid_type': {
      if (valueAt(data, iss.path) === undefined) return { path, zh: '缺少此项。', en: 'is missing.' };
      const [zh, en] = TYPE_WORDS[iss.expected ?? ''] ?? [iss.expected ?? '?', iss.expected ?? '?'];
      return { path, zh: `应为${zh}。`, en: `should be ${en}.` };
    }
    case 'unrecognized_keys': {
      const keys = (iss.keys ?? []).join(', ');
      return { path, zh: `有未知字段：${keys}（拼写错误？）。`, en: `has unknown keys: ${keys} (a typo?).` };
    }
    case 'invalid_format': {
      const hit = FORMAT_WORDS.find(([re]) => String(re) === iss.pattern);
      return hit ? { path, zh: `${hit[1]}。`, en: `${hit[2]}.` } : { path, zh: '格式不对。', en: 'has the wrong format.' };
    }
    case 'invalid_value': {
      const vals = (iss.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return { path, zh: `应为以下之一：${vals}。`, en: `should be one of: ${vals}.` };
    }
    case 'invalid_union':
      return { path, zh: '不是允许的任何一种写法（检查 kind 或字段名）。', en: 'matches none of the allowed forms (check kind and the field names).' };
    case 'too_small':
      return iss.origin === 'array'
        ? { path, zh: '不能为空列表。', en: 'cannot be an empty list.' }
        : { path, zh: '不能为空。', en: 'cannot be empty.' };
    default:
      return { path, zh: '不符合政策数据格式。', en: 'does not fit the policy data format.' };
  }
}

/** Validates policy data; throws DbbxPolicyError naming every bad path in both languages. */
export function parsePolicy(data: unknown): PolicyData {
  const { problems, value } = checkPolicy(data);
  if (problems.length || !value) throw new DbbxPolicyError(problems);
  return value;
}

/**
 * Every problem with one policy on its own (shape, then what a shape cannot say), and the parsed copy when
 * there are none. A `__proto__` key is refused before zod sees it: a record would drop it silently.
 */
export function checkPolicy(data: unknown): { problems: PolicyProblem[]; value: PolicyData | null; shaped: PolicyData | null } {
  const proto = protoProblems(data);
  const r = policySchema.safeParse(data);
  if (!r.success) {
    return { problems: [...proto, ...r.error.issues.map((i) => describe(i as unknown as ZodIssueLike, data))], value: null, shaped: null };
  }
  const problems = [...proto, ...semanticProblems(r.data)];
  // shaped: the parsed copy even with problems of meaning, so the set checks can still run (every problem at once).
  return { problems, value: problems.length ? null : r.data, shaped: r.data };
}
