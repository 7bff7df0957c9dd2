export { compileRule } from './compile.js';
export type { CompiledRule, PolicyEdit } from './compile.js';
export { projectFund, Projector, checkProjection } from './project.js';
export type { Population, ProjectionRequest, ProjectionResult, ProjectionFigures, GroupFigures } from './project.js';
export { settleContract } from './settle.js';
export type { SettlementRequest, SettlementResult, SettlementLine, TransferLine, ContractTerms } from './settle.js';
export { syntheticPopulation } from './synthetic.js';
export type { SyntheticParams } from './synthetic.js';
