// The one message table for a bad region, date, amount or choice, apart from the checkers (./request.ts) so
// that an element can word an attribute's error the same way without loading decimal.js (issue 13: the
// one-file page draws before the engine arrives).
import { issue, type InputIssue } from './errors.js';
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

/** An issue from the table: `label` names the field in both languages. */
export function requestIssue(field: string, code: RequestMessageCode, label: Bilingual, params: Record<string, string> = {}): InputIssue {
  const t = REQUEST_MESSAGES[code];
  const fill = (s: string, lang: 'zh' | 'en') => s.replace(/\{(\w+)\}/g, (_, k: string) => (k === 'label' ? label[lang] : params[k] ?? ''));
  const en = fill(t.en, 'en');
  return issue(field, code, fill(t.zh, 'zh'), en.charAt(0).toUpperCase() + en.slice(1));
}

