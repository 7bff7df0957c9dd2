// `dbbx`: the one-file page's exports (./bundle.ts: every element, the closed lists, the errors, the i18n
// helpers, the event types) and the engine itself, so one import gives both.
import './compat.js';
import * as engineParts from './elements/shared/engine-parts.js';
import { provideEngine } from './elements/shared/engine.js';

// Here the engine is in the first load anyway: the elements have it from their first update (the one-file
// page loads it after its first paint instead).
provideEngine(engineParts);

export * from './bundle.js';
export * from './engine/core.js';
