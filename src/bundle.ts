// dist/dbbx.js, the one-file page (`dbbx/bundle`): every element at once, and the engine (decimal.js, the cited
// policy data, the rules) as a part the page asks for the moment it runs, so the form paints from a first load
// of under 50 KB (issue 13). The engine's functions come from `await loadEngine()`; the classic script
// (dist/dbbx.iife.js, one file) and the npm entry `dbbx` keep them as plain exports.
import './compat.js';
export * from './elements/index.js';
export { loadEngine, type Engine } from './elements/shared/engine.js';
// What needs no engine: the closed lists and the errors' classes (for `instanceof`).
export { isScheme, isGroup } from './engine/choices.js';
export { DbbxInputError, DbbxPolicyError } from './engine/errors.js';
export type { InputIssue, PolicyProblem } from './engine/errors.js';
export { SCHEME_WORDS, GROUP_WORDS } from './engine/words.js';
export { SCHEMES, GROUPS } from './engine/types.js';
export type * from './engine/types.js';
export type { Discharge, YearRequest, YearResult, DischargeResult, DischargeProblem, RuleChange } from './engine/year.js';
export { normaliseLang, formatMoney, formatPercent, msg, loadLanguage, type Lang } from './i18n/index.js';
export type {
  DbbxEventMap, DbbxErrorDetail, DbbxLedgerChangeDetail, DbbxProjectionDetail, DbbxClearedDetail, DbbxPoliciesDetail,
  DbbxPoliciesErrorDetail,
} from './events.js';
