// What the elements take from the engine, as one module the one-file page loads after its first paint
// (./engine.ts): decimal.js, the cited policy data and the rules travel here, not in the page's first load.
export {
  calculate, listPolicies, resolvePolicy, toChineseCapital, settleYear, checkIdNumber, yearToDateFromDischarges,
  sumAmounts, subscribePolicies, registerPolicies,
} from '../../engine/core.js';
export { claimFigures, yearSplit } from '../../engine/discharges.js';
