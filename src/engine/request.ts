// Small field checkers for the engine's public requests, with one message table: a bad region, date, amount
// or choice reads the same whichever function refused it (calculate, settleContract, the CLI, an element's
// attribute). Each checker records an InputIssue naming the field and returns null instead of throwing, so a
// request reports every bad field at once; `done()` throws them together.
import type { Decimal } from './decimal.js';
import { parseAmountField, isBlank, MAX_AMOUNT } from './amount.js';
import { issue, DbbxInputError, type InputIssue } from './errors.js';
import { isIsoDate } from './dates.js';
import type { Bilingual } from './types.js';

/** Every message the checkers give, by code; {label} is the field's name as the form shows it. */
export const REQUEST_MESSAGES = {
  'bad-request': { zh: '{label}应为一个对象（字段名: 值）。', en: '{label} should be an object of named fields.' },
  required: { zh: '请填写{label}。', en: 'Please give the {label}.' },
  'bad-region': { zh: '{label}应为 6 位行政区划代码，例如宁波市 330200。', en: '{label} should be a 6-digit GB/T 2260 code, e.g. 330200 for Ningbo.' },
  'bad-date': { zh: '{label}“{value}”不是有效日期，请写成 YYYY-MM-DD。', en: '{label} "{value}" is not a valid date; write YYYY-MM-DD.' },
  'bad-choice': { zh: '{label}“{value}”不是可选值：{choices}。', en: '{label} "{value}" is not one of: {choicesEn}.' },
  'bad-count': { zh: '{label}应为大于 0 的整数，“{value}”不是。', en: '{label} should be a whole number above 0, not "{value}".' },
  'bad-ratio': { zh: '{label}应为 0 到 1 之间的小数（例如 0.05 表示 5%），“{value}”不是。', en: '{label} should be a decimal between 0 and 1 (0.05 for 5%), not "{value}".' },
  'bad-list': { zh: '{label}应为列表。', en: '{label} should be a list.' },
} as const satisfies Record<string, Bilingual>;

export type RequestMessageCode = keyof typeof REQUEST_MESSAGES;

const show = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v) ?? String(v));

/** An issue from the table: `label` names the field in both languages. */
export function requestIssue(field: string, code: RequestMessageCode, label: Bilingual, params: Record<string, string> = {}): InputIssue {
  const t = REQUEST_MESSAGES[code];
  const fill = (s: string, lang: 'zh' | 'en') => s.replace(/\{(\w+)\}/g, (_, k: string) => (k === 'label' ? label[lang] : params[k] ?? ''));
  const en = fill(t.en, 'en');
  return issue(field, code, fill(t.zh, 'zh'), en.charAt(0).toUpperCase() + en.slice(1));
}

/**
 * Reads one request: `new RequestReader(input, label)`, then a checker per field, then `done()`. Fields of a
 * request that is not an object read as missing (one 'bad-request' issue says why).
 */
export class RequestReader {
  readonly issues: InputIssue[] = [];
  readonly fields: Record<string, unknown>;

  constructor(input: unknown, label: Bilingual = { zh: '请求', en: 'request' }, field = 'request') {
    const ok = input !== null && typeof input === 'object' && !Array.isArray(input);
    if (!ok) this.issues.push(requestIssue(field, 'bad-request', label));
    this.fields = ok ? (input as Record<string, unknown>) : {};
  }

  /** Whether a field was given at all (blank text counts as not given). */
  has(field: string): boolean {
    return !isBlank(this.fields[field]);
  }

  region(field: string, label: Bilingual): string | null {
    const v = this.fields[field];
    const s = typeof v === 'string' ? v.trim() : '';
    if (/^\d{6}$/.test(s)) return s;
    this.issues.push(requestIssue(field, 'bad-region', label));
    return null;
  }

  date(field: string, label: Bilingual): string | null {
    const v = this.fields[field];
    if (isIsoDate(v)) return v;
    this.issues.push(requestIssue(field, 'bad-date', label, { value: show(v) }));
    return null;
  }

  /** An amount in 元 to the 分 (the product's one parser); null when blank and optional, or bad. */
  amount(field: string, label: Bilingual, opts: { optional?: boolean; max?: Decimal | null } = {}): Decimal | null {
    const v = field.includes('.') ? field.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), this.fields) : this.fields[field];
    if (opts.optional && isBlank(v)) return null;
    const r = parseAmountField(v, field, label, opts.max === undefined ? MAX_AMOUNT : opts.max);
    if (!r.ok) { this.issues.push(r.issue); return null; }
    return r.value;
  }

  /** One of `values`; `code` keeps a function's established issue code ('bad-scheme'). */
  oneOf<T extends string>(
    field: string, values: readonly T[], label: Bilingual, words?: Record<T, Bilingual>, optional = false, code = 'bad-choice',
  ): T | null {
    const v = this.fields[field];
    if (optional && v === undefined) return null;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    this.issues.push({ ...requestIssue(field, 'bad-choice', label, {
      value: show(v),
      choices: values.map((x) => (words ? `${words[x].zh}（${x}）` : x)).join('、'),
      choicesEn: values.join(', '),
    }), code });
    return null;
  }

  /** A whole number above 0 (people insured); numbers or digit strings. */
  count(field: string, label: Bilingual, optional = false): number | null {
    const v = this.fields[field];
    if (optional && isBlank(v)) return null;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (Number.isSafeInteger(n) && n > 0) return n;
    this.issues.push(requestIssue(field, 'bad-count', label, { value: show(v) }));
    return null;
  }

  /** A decimal ratio in [0, 1] as text ('0.05'); null when blank and optional, or bad. */
  ratio(field: string, value: unknown, label: Bilingual, optional = false): string | null {
    if (optional && isBlank(value)) return null;
    const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (/^(0(\.\d{1,4})?|1(\.0{1,4})?|\.\d{1,4})$/.test(s)) return s.startsWith('.') ? `0${s}` : s;
    this.issues.push(requestIssue(field, 'bad-ratio', label, { value: show(value) }));
    return null;
  }

  /** Throws DbbxInputError with every issue recorded (and any given), if there are any. */
  done(extra: InputIssue[] = []): void {
    const all = [...this.issues, ...extra];
    if (all.length) throw new DbbxInputError(all);
  }
}
