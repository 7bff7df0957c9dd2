// Parsing of money typed by people: "18000", "18,000.50", "1.8万", "１８０００元", "¥18,000".
// Nothing is coerced: an input either reads as exactly one amount in 元 to the 分, or is refused with a
// message that says why, in both languages.
import { Decimal } from './decimal.js';
import { issue, DbbxInputError, type InputIssue } from './errors.js';
import type { Amount } from './types.js';

// @internal marks what stays inside the engine: decimal.js in a published declaration breaks a host's
// skipLibCheck-false build (issue 13), so tsconfig.build.json strips these; ./amount-public.ts is what the package
// exports.
/** @internal Above this a yearly personal burden is a typing error, not a patient (1亿元). */
export const MAX_AMOUNT = new Decimal('100000000');

/** @internal */
export type ParseResult = { ok: true; value: Decimal } | { ok: false; issue: InputIssue };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E\uFF0D\u3000]/g;
function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return ' ';
    return String.fromCharCode(code - 0xfee0);
  });
}

// A thousands separator stands between groups of three after a non-zero lead digit: "0,500" and "00,018"
// are refused, not read as 500 and 18.
const GROUPED = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
// "1." reads as 1: a person part-way through typing "1.5" should not see an error flash.
const PLAIN = /^\d+(\.\d*)?$|^\.\d+$/;
const SUFFIX_WORD = /(yuan|rmb|cny)$/i;

/** Longer than any amount a person types: refused before any pattern runs, so a pasted page costs nothing. */
export const MAX_AMOUNT_TEXT = 64;

/** What was typed, cut to a few dozen characters: a pasted page is never echoed into a message. */
export function quoteInput(input: string): string {
  const chars = [...input];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : input;
}

/** Spaces around the number and its unit are allowed ("¥ 1.8 万元"); strips them in one linear pass. */
function squeezeAroundUnits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      // Drop a space run that touches a unit sign on either side.
      let j = i;
      while (j < s.length && /\s/.test(s[j]!)) j++;
      const prev = out[out.length - 1];
      const next = s[j];
      const unit = (x: string | undefined) => x === '¥' || x === '￥' || x === '万' || x === '元';
      if (!unit(prev) && !unit(next)) out += s.slice(i, j);
      i = j - 1;
    } else out += c;
  }
  return out;
}

/**
 * @internal
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
    if (input.length > MAX_AMOUNT_TEXT) {
      return fail('too-long', `填写的内容太长（${input.length} 个字符），不像一个金额：“${quoteInput(input.trim())}”。`,
        `what was entered is too long (${input.length} characters) to be an amount: "${quoteInput(input.trim())}".`);
    }
    const shown = quoteInput(input);
    // Spaces may stand around the number and its unit ("¥ 1.8 万元"), never inside it: "1500 300" is two
    // numbers, not 1,500,300.
    let s = halfWidth(input).trim();
    const word = SUFFIX_WORD.exec(s);
    if (word) s = s.slice(0, word.index).trimEnd();
    s = squeezeAroundUnits(s);
    if (s === '') return fail('required', '请填写金额。', 'please enter an amount.');
    if (/\s/.test(s)) {
      return fail('space-inside', `“${shown}”中间有空格，请只写一个金额，例如 18000 或 18,000。`,
        `"${shown}" has a space inside it; write one amount, e.g. 18000 or 18,000.`);
    }
    s = s.replace(/^[¥￥]/, '');
    if (/^[-−]/.test(s)) return fail('negative', '不能为负数。', 'cannot be negative.');
    let tenThousands = false;
    if (/万元?$/.test(s)) { tenThousands = true; s = s.replace(/万元?$/, ''); }
    else s = s.replace(/元$/, '');
    if (!GROUPED.test(s) && !PLAIN.test(s)) {
      if (/^[\d,]+(\.\d+)?$/.test(s)) {
        return fail('bad-grouping', `“${shown}”的千位分隔符位置不对，请写成 18,000.50 或 18000.50。`,
          `"${shown}" has misplaced thousands separators; write 18,000.50 or 18000.50.`);
      }
      return fail('not-a-number', `“${shown}”不是金额，请只填数字，例如 18000、18,000.50 或 1.8万。`,
        `"${shown}" is not an amount; use digits only, e.g. 18000, 18,000.50 or 1.8万.`);
    }
    // The decimal point moves four places for 万: done on the digits, so nothing is ever rounded on the way.
    const plain = s.replace(/,/g, '');
    d = new Decimal(plain);
    if (tenThousands) d = new Decimal(shiftPoint(plain, 4));
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
 * @internal
 * The parser every field of the product uses: returns the amount in 元 as a 2-decimal string, or throws
 * DbbxInputError naming `field`.
 */
export function parseAmount(input: Amount, field = 'amount', max: Decimal | null = MAX_AMOUNT): string {
  const r = parseAmountField(input, field, { zh: '金额', en: 'Amount' }, max);
  if (!r.ok) throw new DbbxInputError([r.issue]);
  return r.value.toFixed(2);
}

/** "1.23" shifted by 4 → "12300"; exact on the digits (decimal.js would round past its precision). */
function shiftPoint(plain: string, places: number): string {
  const [int, frac = ''] = plain.split('.') as [string, string | undefined];
  const digits = `${int}${frac.padEnd(places, '0')}`;
  const point = int.length + places;
  const rest = digits.slice(point);
  return rest ? `${digits.slice(0, point)}.${rest}` : digits.slice(0, point);
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
