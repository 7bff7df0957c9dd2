// Types only: the element classes and event details that the generated framework typings
// (dist/types/frameworks/vue.d.ts and jsx.d.ts, from custom-elements.json) import. Nothing runs from here.
export type { DbbxCalculator, DbbxBreakdown, DbbxLedger, DbbxPolicySource } from './elements/index.js';
export type { DbbxFund } from './elements/fund/fund.js';
export type { CalculationResult } from './engine/types.js';
export type {
  DbbxEventMap, DbbxErrorDetail, DbbxLedgerChangeDetail, DbbxProjectionDetail, DbbxClearedDetail, DbbxPoliciesDetail,
  DbbxPoliciesErrorDetail,
} from './events.js';
