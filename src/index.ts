// `dbbx`: registers every element and re-exports the engine, so one import gives both.
import './compat.js';
import * as engineParts from './elements/shared/engine-parts.js';
import { provideEngine } from './elements/shared/engine.js';

// Here the engine is in the first load anyway: the elements have it from their first update (the one-file
// page, ./bundle.ts, loads it after its first paint instead).
provideEngine(engineParts);

export * from './elements/index.js';
export * from './engine/core.js';
// The same door the one-file page offers: code written against loadEngine() runs with either.
export { loadEngine, type Engine } from './elements/shared/engine.js';
export { normaliseLang, formatMoney, formatPercent, msg, loadLanguage, type Lang } from './i18n/index.js';
export type {
  DbbxEventMap, DbbxErrorDetail, DbbxLedgerChangeDetail, DbbxProjectionDetail, DbbxClearedDetail, DbbxPoliciesDetail,
  DbbxPoliciesErrorDetail,
} from './events.js';
