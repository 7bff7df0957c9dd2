// Parsing of money typed by people: "18000", "18,000.50", "1.8万", "１８０００元", "¥18,000".
// Nothing is coerced: an input either reads as exactly one amount in 元 to the 分, or is refused with a
// message that says why, in both languages.
import { Decimal } from './decimal.js';
import { issue, DbbxInputError, type InputIssue } from './errors.js';
import type { Amount } from './types.js';

/** Above this a yearly personal burden is a typing error, not a patient (1亿元). */
export const MAX_AMOUNT = new Decimal('100000000');

export type ParseResult = { ok: true; value: Decimal } | { ok: false; issue: InputIssue };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E\uFF0D\u3000]/g;
function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return ' ';
    return String.fromCharCode(code - 0xfee0);
  });
}

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
// "1." reads as 1: a person part-way through typing "1.5" should not see an error flash.
const PLAIN = /^\d+(\.\d*)?$|^\.\d+$/;

/**
 * Reads one amount. `fieldLabel` names the field in each language for the message.
 * Empty input is reported as 'required'; callers decide whether the field is optional.
 */
export function parseAmountField(
  input: unknown, field: string, label: { zh: string; en: string }, max: Decimal | null = MAX_AMOUNT,
): ParseResult {
  const fail = (code: string, zh: string, en: string): ParseResult => ({
    ok: false,
    issue: issue(field, code, `${label.zh}：${zh}`, `${label.en}: ${en}`),
  });

  let d: Decimal;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail('not-a-number', '不是有效的金额。', 'is not a valid amount.');
    if (input < 0) return fail('negative', '不能为负数。', 'cannot be negative.');
    d = new Decimal(input);
  } else if (typeof input === 'string') {
    // Spaces may stand around the number and its unit ("¥ 1.8 万元"), never inside it: "1500 300" is two
    // numbers, not 1,500,300.
    let s = halfWidth(input).trim().replace(/\s*(yuan|rmb|cny)$/i, '').replace(/\s*([¥￥万元])\s*/g, '$1');
    if (s === '') return fail('required', '请填写金额。', 'please enter an amount.');
    if (/\s/.test(s)) {
      return fail('space-inside', `“${input}”中间有空格，请只写一个金额，例如 18000 或 18,000。`,
        `"${input}" has a space inside it; write one amount, e.g. 18000 or 18,000.`);
    }
    s = s.replace(/^[¥￥]/, '');
    if (/^[-−]/.test(s)) return fail('negative', '不能为负数。', 'cannot be negative.');
    let tenThousands = false;
    if (/万元?$/.test(s)) { tenThousands = true; s = s.replace(/万元?$/, ''); }
    else s = s.replace(/元$/, '');
    if (!GROUPED.test(s) && !PLAIN.test(s)) {
      if (/^[\d,]+(\.\d+)?$/.test(s)) {
        return fail('bad-grouping', `“${input}”的千位分隔符位置不对，请写成 18,000.50 或 18000.50。`,
          `"${input}" has misplaced thousands separators; write 18,000.50 or 18000.50.`);
      }
      return fail('not-a-number', `“${input}”不是金额，请只填数字，例如 18000、18,000.50 或 1.8万。`,
        `"${input}" is not an amount; use digits only, e.g. 18000, 18,000.50 or 1.8万.`);
    }
    d = new Decimal(s.replace(/,/g, ''));
    if (tenThousands) d = d.times(10000);
  } else if (input === undefined || input === null) {
    return fail('required', '请填写金额。', 'please enter an amount.');
  } else {
    return fail('not-a-number', '不是金额。', 'is not an amount.');
  }

  if (d.isNegative() && !d.isZero()) return fail('negative', '不能为负数。', 'cannot be negative.');
  if (d.decimalPlaces() > 2) {
    return fail('too-precise', '金额最多精确到分（两位小数）。', 'amounts go to the fen at most (two decimal places).');
  }
  if (max && d.greaterThan(max)) {
    return fail('too-large', '超过 1 亿元，请核对金额。', 'is over 100,000,000 yuan; please check the figure.');
  }
  return { ok: true, value: d.abs() };
}

/**
 * The parser every field of the product uses: returns the amount in 元 as a 2-decimal string, or throws
 * DbbxInputError naming `field`.
 */
export function parseAmount(input: Amount, field = 'amount', max: Decimal | null = MAX_AMOUNT): string {
  const r = parseAmountField(input, field, { zh: '金额', en: 'Amount' }, max);
  if (!r.ok) throw new DbbxInputError([r.issue]);
  return r.value.toFixed(2);
}

/** True when the text is empty (an optional field left blank). */
export function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && halfWidth(input).trim() === '');
}

/** Whole 分 (a safe integer, as the compiled fund path counts) → '1234.56', exactly, with no float step. */
export function fenToYuan(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
