// The registry of policy data: the five seed documents plus anything an operator registers. Later
// registrations with the same id replace earlier ones. This module never loads the validator (zod): the
// built-ins are checked by a test, and operator data goes through ./register.ts, which `dbbx/engine` imports
// at once and the one-file page loads only when it has data to register (registerPolicies).
import type { PolicyData, CityPolicy, OverlayPolicy } from './schema.js';
import { BUILT_IN_POLICIES } from './builtin.js';

export { BUILT_IN_POLICIES };

const registry = new Map<string, PolicyData>();
let version = 0;
const listeners = new Set<(version: number) => void>();
let pending: Promise<unknown> = Promise.resolve();

function changed(): void {
  version++;
  for (const fn of [...listeners]) {
    // One failing listener must not keep the others (or the registration) from happening.
    try { fn(version); } catch (e) { setTimeout(() => { throw e; }); }
  }
}

function loadBuiltIns(): void {
  registry.clear();
  for (const p of BUILT_IN_POLICIES) registry.set(p.id, p);
}
loadBuiltIns();

/** Adds policies already validated by ./register.ts (never call it with unchecked data). */
export function acceptPolicies(policies: readonly PolicyData[]): void {
  if (!policies.length) return;
  for (const p of policies) registry.set(p.id, p);
  changed();
}

/** Drops operator registrations and restores the seed documents. */
export function resetPolicies(): void {
  loadBuiltIns();
  changed();
}

/** Counts changes to the registry: an element that rendered at version n is stale when it is higher. */
export function policiesVersion(): number {
  return version;
}

/**
 * Calls `fn(version)` after every registration and reset, so elements can re-read listPolicies() and
 * recalculate. Returns the function that unsubscribes (call it in disconnectedCallback).
 */
export function subscribePolicies(fn: (version: number) => void): () => void {
  listeners.add(fn);
  return () => { listeners.delete(fn); };
}

/**
 * Validates and registers operator policy data (one policy or a list: all or none), loading the validator on
 * first use. Resolves with the policies registered; rejects with DbbxPolicyError listing every problem (paths
 * prefixed `[i].` for a list).
 */
export function registerPolicies(data: unknown): Promise<PolicyData[]> {
  const run = pending.then(async () => {
    const m = await import('./register.js');
    return m.registerPolicyList(data);
  });
  // Registrations land in the order they were asked for; one failure does not block the next.
  pending = run.catch(() => undefined);
  return run;
}

/** Resolves when every registerPolicies() call made so far has settled (elements wait for it to calculate). */
export function whenPoliciesLoaded(): Promise<void> {
  return pending.then(() => undefined);
}

export function allPolicies(): PolicyData[] {
  return [...registry.values()];
}

export function builtInIds(): ReadonlySet<string> {
  return new Set(BUILT_IN_POLICIES.map((p) => p.id));
}

export function cityPolicies(): CityPolicy[] {
  return allPolicies().filter((p): p is CityPolicy => p.kind === 'city');
}

export function overlayPolicies(): OverlayPolicy[] {
  return allPolicies().filter((p): p is OverlayPolicy => p.kind === 'overlay');
}

export type { PolicyData, CityPolicy, OverlayPolicy };
