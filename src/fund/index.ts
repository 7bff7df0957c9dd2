export { compileRule } from './compile.js';
export type { CompiledRule, PolicyEdit } from './compile.js';
export { projectFund, Projector } from './project.js';
export type { Population, ProjectionRequest, ProjectionResult, ProjectionFigures, GroupFigures } from './project.js';
export { settleContract } from './settle.js';
export type { SettlementRequest, SettlementResult, SettlementLine, TransferLine, ContractTerms } from './settle.js';
