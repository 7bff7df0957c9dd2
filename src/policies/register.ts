// Operator data into the registry: the schema (zod), the checks a shape cannot make, and the checks against
// the versions already registered. `dbbx/engine` exports registerPolicy from here (synchronous); the one-file
// page reaches this module only through registerPolicies(), which imports it on demand.
import { DbbxPolicyError, type PolicyProblem } from '../engine/errors.js';
import { checkPolicy, type PolicyData } from './schema.js';
import { setProblems } from './checks.js';
import { acceptPolicies, allPolicies, builtInIds } from './index.js';

/**
 * Adds a policy version (or replaces the one with the same id): a city's newer figures, a county's own
 * limit, a tendered ratio. Throws DbbxPolicyError naming every bad path, in Chinese and English.
 */
export function registerPolicy(data: unknown): PolicyData {
  return register([data], false)[0]!;
}

/** One policy, or a list registered all together or not at all (problem paths start `[i]`). */
export function registerPolicyList(data: unknown): PolicyData[] {
  return Array.isArray(data) ? register(data, true) : register([data], false);
}

function register(list: readonly unknown[], numbered: boolean): PolicyData[] {
  const results = lintPolicies(list);
  const problems = results.flatMap((r) => r.problems.map((p) => (numbered ? { ...p, path: prefix(r.index, p.path) } : p)));
  if (problems.length) throw new DbbxPolicyError(problems);
  const policies = results.map((r) => r.policy!);
  acceptPolicies(policies);
  return policies;
}

const prefix = (i: number, path: string) => `[${i}]${path ? (path.startsWith('[') ? '' : '.') + path : ''}`;

export interface LintResult {
  /** Position in the list given. */
  index: number;
  /** The policy's id where it reads, else null. */
  id: string | null;
  problems: PolicyProblem[];
  /** The validated copy (frozen) when there are no problems. */
  policy: PolicyData | null;
}

/**
 * Checks policies as if registered in order on top of `against` (default: the registry now): each on its
 * own, then each against the set. Every problem at once; nothing is registered.
 */
export function lintPolicies(list: readonly unknown[], against: readonly PolicyData[] = allPolicies()): LintResult[] {
  const set = new Map(against.map((p) => [p.id, p]));
  const builtIns = builtInIds();
  return list.map((data, index) => {
    const { problems, value, shaped } = checkPolicy(data);
    const id = data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : null;
    const clash = shaped ? setProblems(shaped, [...set.values()], builtIns) : [];
    if (!value || clash.length) return { index, id, problems: [...problems, ...clash], policy: null };
    const policy = deepFreeze(value);
    set.set(policy.id, policy);
    return { index, id, problems: [], policy };
  });
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

export { checkPolicy };
