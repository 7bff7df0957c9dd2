import { allPolicies } from '../policies/index.js';
import { coveredSchemes } from './resolve.js';
import type { Group, PolicySummary } from './types.js';

/**
 * Every registered region with its versions and dates, for region and year pickers: cities first (sorted by
 * province and code), then provincial overlays, which apply to cities and are not calculated on their own.
 */
export function listPolicies(): PolicySummary[] {
  const byRegion = new Map<string, PolicySummary>();
  for (const p of allPolicies()) {
    const key = `${p.kind}:${p.region.code}`;
    const province = p.kind === 'city' ? p.province : p.region;
    let s = byRegion.get(key);
    if (!s) {
      s = { kind: p.kind, region: p.region.code, name: { zh: p.region.zh, en: p.region.en },
        province: { code: province.code, zh: province.zh, en: province.en }, versions: [] };
      byRegion.set(key, s);
    }
    const groups = new Set<Group>();
    if (p.kind === 'city') {
      for (const scheme of coveredSchemes(p)) {
        const rule = p.schemes[scheme]!;
        if (rule.eligibleGroups) rule.eligibleGroups.groups.forEach((g) => groups.add(g));
        else groups.add('general');
        Object.keys(rule.groups ?? {}).forEach((g) => groups.add(g as Group));
      }
    } else Object.keys(p.groups).forEach((g) => groups.add(g as Group));
    s.versions.push({
      id: p.id,
      documentNo: p.document.no,
      title: p.document.title,
      effectiveFrom: p.effectiveFrom.date,
      effectiveTo: p.effectiveTo?.date ?? null,
      schemes: p.kind === 'city' ? coveredSchemes(p) : [...p.appliesTo.schemes],
      groups: [...groups],
      usesOtherSelfPaid: p.kind === 'city' && Object.values(p.schemes).some((r) => r?.otherSelfPaid),
      confirmedThrough: p.confirmedThrough.date,
    });
  }
  const out = [...byRegion.values()];
  out.forEach((s) => s.versions.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)));
  return out.sort((a, b) => (a.kind === b.kind ? a.province.code.localeCompare(b.province.code) || a.region.localeCompare(b.region) : a.kind === 'city' ? -1 : 1));
}
