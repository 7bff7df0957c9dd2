// The engine core: what the calculator, breakdown and ledger need (the one-file bundle takes only this).
export { calculate } from './calculate.js';
export { settleYear } from './year.js';
export type { Discharge, YearRequest, YearResult, DischargeResult, DischargeProblem, RuleChange } from './year.js';
export { checkIdNumber, type IdNumberCheck } from './id-number.js';
export { yearToDateFromDischarges, sumAmounts, type DischargeEntry, type YearToDate, type AmountItem } from './discharges.js';
export { isScheme, isGroup } from './choices.js';
export { resolvePolicy } from './resolve.js';
export { listPolicies } from './list.js';
// Amounts cross the public API as exact 元 strings; the Decimal readers in ./amount.js stay inside (issue 13).
export { parseAmount, parseAmountField, MAX_AMOUNT, type ParseResult } from './amount-public.js';
export { isBlank, fenToYuan } from './amount.js';
export { toChineseCapital } from './daxie.js';
export { DbbxInputError, DbbxPolicyError } from './errors.js';
export type { InputIssue, PolicyProblem } from './errors.js';
// The registry without its validator: registerPolicies() loads zod on demand (the sync registerPolicy is in
// dbbx/engine), so the one-file page's first load carries no schema library.
export {
  registerPolicies, resetPolicies, BUILT_IN_POLICIES, policiesVersion, subscribePolicies, whenPoliciesLoaded,
} from '../policies/index.js';
export type { PolicyData, PolicyInput, CityPolicy, OverlayPolicy } from '../policies/schema.js';
export { SCHEME_WORDS, GROUP_WORDS } from './words.js';
export { SCHEMES, GROUPS } from './types.js';
export type * from './types.js';
