// dbbx/engine — pure TypeScript, no DOM: runs in browsers, workers and Node. The core (calculate, policies,
// amounts) and the fund side (compiled fast path, projection, contract settlement).
export * from './core.js';
export * from '../fund/index.js';
