// The closed lists a request or an element attribute picks from (scheme, group), checked in one place so a
// typo is refused by name instead of quietly becoming the default ("subsistance" is not the general insured).
import type { InputIssue } from './errors.js';
import { requestIssue } from './request-issue.js';
import { GROUP_WORDS, SCHEME_WORDS } from './words.js';
import { GROUPS, SCHEMES, type Group, type Scheme } from './types.js';

const shown = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 32 ? `${s.slice(0, 32)}…` : s;
};

export function isScheme(v: unknown): v is Scheme {
  return typeof v === 'string' && (SCHEMES as readonly string[]).includes(v);
}

export function isGroup(v: unknown): v is Group {
  return typeof v === 'string' && (GROUPS as readonly string[]).includes(v);
}

/**
 * The issue for a value outside a closed list, naming `field` (a request field or an attribute) in the one
 * wording every public function uses (src/engine/request.ts), with its own code ('bad-scheme', 'bad-group').
 */
function choiceIssue(
  field: string, code: string, value: unknown, values: readonly string[], words: Record<string, { zh: string; en: string }>,
): InputIssue {
  const i = requestIssue(field, 'bad-choice', { zh: field, en: field }, {
    value: shown(value),
    choices: values.map((v) => `${words[v]!.zh}（${v}）`).join('、'),
    choicesEn: values.map((v) => `${v} (${words[v]!.en})`).join(', '),
  });
  return { ...i, code };
}

/** The issue for a scheme that is not one of the engine's, naming `field`. */
export function schemeChoiceIssue(value: unknown, field = 'scheme'): InputIssue {
  return choiceIssue(field, 'bad-scheme', value, SCHEMES, SCHEME_WORDS);
}

/** The issue for a group that is not one of the engine's, naming `field`. */
export function groupChoiceIssue(value: unknown, field = 'group'): InputIssue {
  return choiceIssue(field, 'bad-group', value, GROUPS, GROUP_WORDS);
}
