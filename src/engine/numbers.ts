// One reader for the numbers a fund officer types: money ("20元", "1.8万"), counts of people ("240万",
// "2,400,000") and shares ("4%", "0.04", "60%"). Every field of <dbbx-fund> goes through it, so "240万" means
// the same in 参保人数 as in a money field, and every message names its field in both languages.
import { Decimal } from './decimal.js';
import { parseAmountField } from './amount.js';
import { issue, type InputIssue } from './errors.js';
import type { Bilingual } from './types.js';

export type NumberKind = 'amount' | 'count' | 'share' | 'decimal';

export interface NumberSpec {
  /** The field's key, carried into the issue so a page can link the message to its control. */
  field: string;
  label: Bilingual;
  kind: NumberKind;
  /** Empty input is allowed (the value is then null). */
  optional?: boolean;
  /** Inclusive bounds on the value read (a share's bounds are on 0–1, not on the percent). */
  min?: string | number;
  max?: string | number;
  /** A share may not reach `max` (a target margin of 100% leaves no premium to pay claims). */
  maxExclusive?: boolean;
}

export type NumberResult = { ok: true; value: Decimal | null } | { ok: false; issue: InputIssue };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E\uFF05\u3000]/g;
const halfWidth = (s: string) => s.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

const EXAMPLES: Record<NumberKind, Bilingual> = {
  amount: { zh: '18000、18,000.50 或 1.8万', en: '18000, 18,000.50 or 1.8万' },
  count: { zh: '2400000、2,400,000 或 240万', en: '2400000, 2,400,000 or 240万' },
  share: { zh: '4% 或 0.04', en: '4% or 0.04' },
  decimal: { zh: '1.5', en: '1.5' },
};
const NOUN: Record<NumberKind, Bilingual> = {
  amount: { zh: '金额', en: 'an amount' },
  count: { zh: '人数', en: 'a number of people' },
  share: { zh: '比例', en: 'a share' },
  decimal: { zh: '数字', en: 'a number' },
};

/** Reads one field. Never throws; a refusal says why, naming the field. */
export function readNumber(input: unknown, spec: NumberSpec): NumberResult {
  const { field, label, kind } = spec;
  const fail = (code: string, zh: string, en: string): NumberResult => ({
    ok: false,
    issue: issue(field, code, `${label.zh}：${zh}`, `${label.en}: ${en}`),
  });
  const raw = typeof input === 'number' ? String(input) : typeof input === 'string' ? input : input == null ? '' : null;
  if (raw === null) return fail('not-a-number', `不是${NOUN[kind].zh}。`, `is not ${NOUN[kind].en}.`);
  const text = halfWidth(raw).trim();
  if (text === '') {
    if (spec.optional) return { ok: true, value: null };
    return fail('required', `请填写${NOUN[kind].zh}。`, `please enter ${NOUN[kind].en}.`);
  }
  const wrong = () => fail('not-a-number', `“${raw}”不是${NOUN[kind].zh}，请写成 ${EXAMPLES[kind].zh}。`,
    `"${raw}" is not ${NOUN[kind].en}; write e.g. ${EXAMPLES[kind].en}.`);

  let value: Decimal;
  if (kind === 'amount' || kind === 'count') {
    // Counts are read as amounts are (万, thousands commas, full-width digits), without a currency.
    if (kind === 'count' && /[元¥￥]|yuan|rmb|cny/i.test(text)) return wrong();
    const r = parseAmountField(text, field, label, null);
    if (!r.ok) {
      if (r.issue.code === 'not-a-number') return wrong();
      if (kind === 'count' && r.issue.code === 'too-precise') return fail('not-whole', `“${raw}”不是整数，人数应为整数。`, `"${raw}" is not a whole number of people.`);
      return { ok: false, issue: r.issue };
    }
    value = r.value;
    if (kind === 'count' && !value.isInteger()) return fail('not-whole', `“${raw}”不是整数，人数应为整数。`, `"${raw}" is not a whole number of people.`);
  } else {
    const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(text.replace(/^(\d{1,3}(?:,\d{3})+)/, (g) => g.replace(/,/g, '')));
    if (!m) return /^[-−]/.test(text) ? fail('negative', '不能为负数。', 'cannot be negative.') : wrong();
    if (kind === 'decimal' && m[2]) return wrong();
    value = new Decimal(m[1]!);
    if (m[2]) value = value.dividedBy(100);
  }

  const shown = (d: string | number) => (kind === 'share' ? `${new Decimal(d).times(100).toString()}%` : new Decimal(d).toString());
  if (spec.min !== undefined && value.lessThan(spec.min)) {
    return fail('too-small', `不能小于 ${shown(spec.min)}。`, `cannot be below ${shown(spec.min)}.`);
  }
  if (spec.max !== undefined && (spec.maxExclusive ? value.greaterThanOrEqualTo(spec.max) : value.greaterThan(spec.max))) {
    return spec.maxExclusive
      ? fail('too-large', `应小于 ${shown(spec.max)}。`, `must be below ${shown(spec.max)}.`)
      : fail('too-large', `不能大于 ${shown(spec.max)}。`, `cannot be above ${shown(spec.max)}.`);
  }
  return { ok: true, value };
}

/** Reads every field at once: all the values that read, and every refusal (not just the first). */
export function readNumbers<K extends string>(
  inputs: Partial<Record<K, unknown>>, specs: Record<K, NumberSpec>,
): { values: Record<K, Decimal | null>; issues: InputIssue[] } {
  const values = {} as Record<K, Decimal | null>;
  const issues: InputIssue[] = [];
  for (const key of Object.keys(specs) as K[]) {
    const r = readNumber(inputs[key], specs[key]);
    if (r.ok) values[key] = r.value;
    else { values[key] = null; issues.push(r.issue); }
  }
  return { values, issues };
}
