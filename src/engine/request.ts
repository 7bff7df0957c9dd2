// Small field checkers for the engine's public requests, with one message table: a bad region, date, amount
// or choice reads the same whichever function refused it (calculate, settleContract, the CLI, an element's
// attribute). Each checker records an InputIssue naming the field and returns null instead of throwing, so a
// request reports every bad field at once; `done()` throws them together.
import type { Decimal } from './decimal.js';
import { parseAmountField, isBlank, MAX_AMOUNT } from './amount.js';
import { DbbxInputError, type InputIssue } from './errors.js';
import { requestIssue } from './request-issue.js';

export { REQUEST_MESSAGES, requestIssue, type RequestMessageCode } from './request-issue.js';
import { isIsoDate } from './dates.js';
import type { Bilingual } from './types.js';

const show = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v) ?? String(v));

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
