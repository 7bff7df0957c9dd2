// The registry of policy data: the five seed documents, validated when this module loads, plus anything an
// operator registers. Later registrations with the same id replace earlier ones.
import { parsePolicy, type PolicyData, type CityPolicy, type OverlayPolicy } from './schema.js';
import { ningbo2013 } from './ningbo-2013-268.js';
import { jiangyin2020 } from './jiangyin-2020.js';
import { guangdong2016 } from './guangdong-2016-85.js';
import { xinbei2021 } from './xinbei-2021-143.js';
import { chaozhou2012 } from './chaozhou-2012-90.js';

export const BUILT_IN_POLICIES = [ningbo2013, jiangyin2020, guangdong2016, xinbei2021, chaozhou2012] as const;

const registry = new Map<string, PolicyData>();

function loadBuiltIns(): void {
  registry.clear();
  for (const p of BUILT_IN_POLICIES) registry.set(p.id, parsePolicy(p));
}
loadBuiltIns();

/**
 * Adds a policy version (or replaces the one with the same id): a city's newer figures, a county's own
 * limit, a tendered ratio. Throws DbbxPolicyError naming every bad path, in Chinese and English.
 */
export function registerPolicy(data: unknown): PolicyData {
  const policy = parsePolicy(data);
  registry.set(policy.id, policy);
  return policy;
}

/** Drops operator registrations and restores the seed documents. */
export function resetPolicies(): void {
  loadBuiltIns();
}

export function allPolicies(): PolicyData[] {
  return [...registry.values()];
}

export function cityPolicies(): CityPolicy[] {
  return allPolicies().filter((p): p is CityPolicy => p.kind === 'city');
}

export function overlayPolicies(): OverlayPolicy[] {
  return allPolicies().filter((p): p is OverlayPolicy => p.kind === 'overlay');
}

export { parsePolicy };
export type { PolicyData, CityPolicy, OverlayPolicy };
