import type { Bilingual } from './types.js';

/** One problem with one field of a request, in both languages. */
export interface InputIssue extends Bilingual {
  /** The request field, e.g. 'selfPaid' or 'excluded[1].amount'. */
  field: string;
  code: string;
  /** '中文。 English.' — both languages, for logs and plain hosts. */
  message: string;
}

export function issue(field: string, code: string, zh: string, en: string): InputIssue {
  return { field, code, zh, en, message: `${zh} ${en}` };
}

/** A request the engine will not calculate; `.issues` names every bad field. */
export class DbbxInputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
    this.name = 'DbbxInputError';
    this.issues = issues;
  }
}

export interface PolicyProblem extends Bilingual {
  /** Path inside the policy data, e.g. 'schemes.resident.tiers[1].ratio'. */
  path: string;
}

/** Policy data that does not describe a policy the engine can apply. */
export class DbbxPolicyError extends Error {
  readonly problems: PolicyProblem[];
  constructor(problems: PolicyProblem[]) {
    super(
      '政策数据有误 / Invalid policy data:\n' +
        problems.map((p) => `- ${p.path || '(根 / root)'}: ${p.zh} ${p.en}`).join('\n'),
    );
    this.name = 'DbbxPolicyError';
    this.problems = problems;
  }
}
