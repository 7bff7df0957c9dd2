// The amount helpers as the package exports them. Amounts cross the public API as exact strings in 元 with two
// decimals ("1234.50"), the form every result already uses: a host's types are dbbx's own, never decimal.js's,
// so a TypeScript build with skipLibCheck false checks without decimal.js's declarations (issue 13).
// The engine itself keeps reading amounts as Decimal through ./amount.js.
import {
  MAX_AMOUNT as MAX, parseAmountField as readField, type ParseResult as DecimalResult,
} from './amount.js';
import { DbbxInputError, type InputIssue } from './errors.js';
import type { Amount } from './types.js';

/** Above this a yearly personal burden is a typing error, not a patient: 1亿元, as exact 元 text. */
export const MAX_AMOUNT = '100000000.00';

/** An amount as read: `value` is exact 元 to the 分 ("18000.50"). */
export type ParseResult = { ok: true; value: string } | { ok: false; issue: InputIssue };

const text = (r: DecimalResult): ParseResult => (r.ok ? { ok: true, value: r.value.toFixed(2) } : r);

/** A host's own ceiling, read as strictly as any amount; null turns the ceiling off. */
function ceiling(max: Amount | null, field: string) {
  if (max === null) return null;
  if (max === MAX_AMOUNT) return MAX;
  const r = readField(max, `${field}.max`, { zh: '金额上限', en: 'Amount ceiling' }, null);
  if (!r.ok) throw new DbbxInputError([r.issue]);
  return r.value;
}

/**
 * Reads one amount. `label` names the field in each language for the message; `max` is a ceiling in 元
 * (default MAX_AMOUNT, null for none). Empty input is reported as 'required'; callers decide whether the field is
 * optional.
 */
export function parseAmountField(
  input: unknown, field: string, label: { zh: string; en: string }, max: Amount | null = MAX_AMOUNT,
): ParseResult {
  return text(readField(input, field, label, ceiling(max, field)));
}

/**
 * The parser every field of the product uses: returns the amount in 元 as a 2-decimal string, or throws
 * DbbxInputError naming `field`.
 */
export function parseAmount(input: Amount, field = 'amount', max: Amount | null = MAX_AMOUNT): string {
  const r = parseAmountField(input, field, { zh: '金额', en: 'Amount' }, max);
  if (!r.ok) throw new DbbxInputError([r.issue]);
  return r.value;
}
