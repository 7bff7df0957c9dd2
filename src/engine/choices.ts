// The closed lists a request or an element attribute picks from (scheme, group), checked in one place so a
// typo is refused by name instead of quietly becoming the default ("subsistance" is not the general insured).
import { issue, type InputIssue } from './errors.js';
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

/** The issue for a scheme that is not one of the engine's, naming `field` (a request field or an attribute). */
export function schemeChoiceIssue(value: unknown, field = 'scheme'): InputIssue {
  return issue(field, 'bad-scheme',
    `${field}“${shown(value)}”不是可选值；可选：${SCHEMES.map((s) => `${s}（${SCHEME_WORDS[s].zh}）`).join('、')}。`,
    `${field} "${shown(value)}" is not one of the values allowed: ${SCHEMES.map((s) => `${s} (${SCHEME_WORDS[s].en})`).join(', ')}.`);
}

/** The issue for a group that is not one of the engine's, naming `field`. */
export function groupChoiceIssue(value: unknown, field = 'group'): InputIssue {
  return issue(field, 'bad-group',
    `${field}“${shown(value)}”不是可选值；可选：${GROUPS.map((g) => `${g}（${GROUP_WORDS[g].zh}）`).join('、')}。`,
    `${field} "${shown(value)}" is not one of the values allowed: ${GROUPS.map((g) => `${g} (${GROUP_WORDS[g].en})`).join(', ')}.`);
}
