// dbbx/engine — pure TypeScript, no DOM: runs in browsers, workers and Node. The core (calculate, policies,
// amounts) and the fund side (compiled fast path, projection, contract settlement).
export * from './core.js';
export * from '../fund/index.js';
// Synchronous registration and linting (they bring zod): for hosts with a bundler, Node and the CLI.
export { registerPolicy, lintPolicies, checkPolicy } from '../policies/register.js';
export type { LintResult } from '../policies/register.js';
