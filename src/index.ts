// `dbbx`: registers every element and re-exports the engine, so one import gives both.
import './compat.js';
export * from './elements/index.js';
export * from './engine/core.js';
export { normaliseLang, formatMoney, formatPercent, msg, loadLanguage, type Lang } from './i18n/index.js';
export type {
  DbbxEventMap, DbbxErrorDetail, DbbxLedgerChangeDetail, DbbxProjectionDetail, DbbxClearedDetail, DbbxPoliciesDetail,
  DbbxPoliciesErrorDetail,
} from './events.js';
