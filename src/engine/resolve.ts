// Which rule applies: the city version in force on the date, the scheme's rule, the group's adjustments,
// and the provincial overlays composed on top. Pure data in, pure data out.
import { Decimal, money, ratioText, type Decimal as D } from './decimal.js';
import { issue, DbbxInputError, type InputIssue } from './errors.js';
import { cityPolicies, overlayPolicies, type CityPolicy, type OverlayPolicy } from '../policies/index.js';
import type { PolicyCitation, SchemeRule, GroupRule, CapData } from '../policies/schema.js';
import { SCHEME_WORDS } from './words.js';
import { isIsoDate } from './dates.js';
import { isScheme, schemeChoiceIssue } from './choices.js';
import type {
  Citation, Group, InterpretationNote, PolicyRef, ResolvedGroupRule, ResolvedPolicy, Scheme, Bilingual, CapResult,
} from './types.js';

export const cite = (c: PolicyCitation): Citation => ({ documentNo: c.document, clause: c.clause, quote: c.quote });

// @internal: the rule in Decimal form stays inside the engine; tsconfig.build.json strips it from the published
// declarations, which would otherwise import decimal.js (issue 13).
/** @internal */
export interface EffectiveTier { from: D; to: D | null; ratio: D; citation: Citation; minimum: boolean; label?: Bilingual }
/** @internal */
export interface EffectiveCap { kind: 'none' | 'payout' | 'expense'; amount: D | null; citation: Citation; minimum: boolean }

/** @internal Everything calculate() needs for one (version, scheme, group): no more lookups after this. */
export interface EffectiveRule {
  group: Group;
  threshold: D;
  thresholdCitation: Citation;
  /** The threshold was lowered by a document minimum ("下调不低于"). */
  thresholdMinimum: boolean;
  tiers: EffectiveTier[];
  cap: EffectiveCap;
  sources: Citation[];
  notes: InterpretationNote[];
}

export interface Resolution {
  city: CityPolicy;
  scheme: Scheme;
  rule: SchemeRule;
  overlays: OverlayPolicy[];
}

export function policyRef(p: CityPolicy | OverlayPolicy): PolicyRef {
  return {
    id: p.id,
    region: p.region.code,
    documentNo: p.document.no,
    title: p.document.title,
    effectiveFrom: p.effectiveFrom.date,
    effectiveTo: p.effectiveTo?.date ?? null,
  };
}

const inForce = (p: { effectiveFrom: { date: string }; effectiveTo: { date: string } | null }, date: string) =>
  p.effectiveFrom.date <= date && (p.effectiveTo === null || date <= p.effectiveTo.date);

/** The city version in force on `date`; the latest-starting one wins where an operator registered a newer one. */
export function findVersion(region: string, date: string): CityPolicy | InputIssue {
  const versions = cityPolicies().filter((p) => p.region.code === region);
  if (versions.length === 0) {
    const overlay = overlayPolicies().find((o) => o.region.code === region);
    if (overlay) {
      const cities = cityPolicies().filter((c) => c.region.code.startsWith(overlay.appliesTo.regionPrefix));
      const names = [...new Map(cities.map((c) => [c.region.code, c.region])).values()];
      return issue('region', 'overlay-region',
        `${overlay.region.zh}的${overlay.document.no}是省级规定，叠加在各市政策上，不能单独计算；请选择市：${names.map((n) => `${n.zh}（${n.code}）`).join('、') || '（尚未登记）'}。`,
        `${overlay.region.en}'s ${overlay.document.no} is a provincial overlay on city policies and cannot be calculated alone; choose a city: ${names.map((n) => `${n.en} (${n.code})`).join(', ') || '(none registered)'}.`);
    }
    const known = [...new Map(cityPolicies().map((c) => [c.region.code, c.region])).values()];
    // The code exactly as given, quoted: "330200 " must not read as the registered 330200.
    const spaced = typeof region === 'string' && region !== region.trim();
    return issue('region', 'unknown-region',
      `没有地区代码“${region}”的大病保险政策${spaced ? '（代码前后有空格，应只写数字）' : ''}。已收录：${known.map((n) => `${n.zh}（${n.code}）`).join('、')}。`,
      `No 大病保险 policy is registered for region "${region}"${spaced ? ' (the code has spaces around it; give the digits only)' : ''}. Registered: ${known.map((n) => `${n.en} (${n.code})`).join(', ')}.`);
  }
  const live = versions.filter((p) => inForce(p, date));
  if (live.length === 0) {
    const name = versions[0]!.region;
    const span = (v: CityPolicy, lang: 'zh' | 'en') => v.effectiveTo
      ? `${v.document.no} ${v.effectiveFrom.date}–${v.effectiveTo.date}`
      : `${v.document.no} ${v.effectiveFrom.date}${lang === 'zh' ? ' 起' : ' onwards'}`;
    return issue('date', 'no-version',
      `${name.zh}在 ${date} 没有生效的大病保险政策版本。已收录：${versions.map((v) => span(v, 'zh')).join('；')}。`,
      `${name.en} has no 大病保险 policy version in force on ${date}. Registered: ${versions.map((v) => span(v, 'en')).join('; ')}.`);
  }
  return live.reduce((a, b) => (b.effectiveFrom.date >= a.effectiveFrom.date ? b : a));
}

export function coveredSchemes(city: CityPolicy): Scheme[] {
  return (['resident', 'employee'] as const).filter((s) => city.schemes[s]);
}

export function schemeIssue(city: CityPolicy, scheme: Scheme): InputIssue {
  const covered = coveredSchemes(city);
  return issue('scheme', 'scheme-not-covered',
    `${city.document.no}不覆盖${SCHEME_WORDS[scheme].zh}参保人员；本政策覆盖：${covered.map((s) => SCHEME_WORDS[s].zh).join('、')}。`,
    `${city.document.no} does not cover ${SCHEME_WORDS[scheme].en} insured; it covers: ${covered.map((s) => SCHEME_WORDS[s].en).join(', ')}.`);
}

export function overlaysFor(city: CityPolicy, scheme: Scheme, date: string): OverlayPolicy[] {
  return overlayPolicies().filter((o) =>
    inForce(o, date) && city.region.code.startsWith(o.appliesTo.regionPrefix) && o.appliesTo.schemes.includes(scheme));
}

export function resolution(region: string, date: string, scheme: Scheme): Resolution | InputIssue {
  if (!isScheme(scheme)) return schemeChoiceIssue(scheme);
  const city = findVersion(region, date);
  if ('field' in city) return city;
  const rule = city.schemes[scheme];
  if (!rule) return schemeIssue(city, scheme);
  return { city, scheme, rule, overlays: overlaysFor(city, scheme, date) };
}

/** Groups the rule (with its overlays) treats differently, 'general' first where everyone is covered. */
export function recognisedGroups(r: Resolution): Group[] {
  if (r.rule.eligibleGroups) return [...r.rule.eligibleGroups.groups];
  const out: Group[] = ['general'];
  const add = (g: string) => { if (!out.includes(g as Group)) out.push(g as Group); };
  Object.keys(r.rule.groups ?? {}).forEach(add);
  for (const o of r.overlays) Object.keys(o.groups).forEach(add);
  return out;
}

export function defaultGroup(r: Resolution): Group {
  return r.rule.eligibleGroups ? r.rule.eligibleGroups.groups[0]! : 'general';
}

const note = (id: string, n: Bilingual | undefined, c?: PolicyCitation): InterpretationNote[] =>
  n ? [{ id, zh: n.zh, en: n.en, ...(c ? { citation: cite(c) } : {}) }] : [];

function capOf(c: CapData): EffectiveCap {
  return {
    kind: c.kind,
    amount: c.kind === 'none' || c.amount === null ? null : new Decimal(c.amount),
    citation: cite(c.citation),
    minimum: c.kind !== 'none' && c.basis === 'minimum',
  };
}

/** The more generous of two caps, for an overlay that sets a floor on benefits. */
function moreGenerousCap(a: EffectiveCap, b: EffectiveCap): EffectiveCap {
  if (a.kind === 'none') return a;
  if (b.kind === 'none') return b;
  if (a.amount === null) return b;
  if (b.amount === null) return a;
  return b.amount.greaterThan(a.amount) ? b : a;
}

function adjustRatios(tiers: EffectiveTier[], base: EffectiveTier[], g: GroupRule, floorOnly: boolean): EffectiveTier[] {
  const adj = g.ratio;
  if (!adj) return tiers;
  return tiers.map((t, i) => {
    const orig = base[i]!.ratio;
    const target = 'add' in adj ? Decimal.min(orig.plus(adj.add), 1) : Decimal.max(orig, adj.atLeast);
    const ratio = floorOnly ? Decimal.max(t.ratio, target) : target;
    return ratio.equals(t.ratio) ? t : { ...t, ratio, citation: cite(adj.citation), minimum: adj.basis === 'minimum' };
  });
}

// Policy data is immutable once registered (a registration makes new objects), so the rule for a (scheme rule,
// overlays, group) is worked out once: a ledger asks for it on every row at every keystroke. Keyed by the scheme
// rule object itself, so a what-if edit (a new object) never meets the published rule's entry.
const ruleCache = new WeakMap<SchemeRule, Map<string, EffectiveRule>>();

/** @internal The rule for one group: city adjustments first, then each overlay as a floor on generosity. */
export function effectiveRule(r: Resolution, group: Group): EffectiveRule {
  const key = `${r.city.id}|${r.scheme}|${group}|${r.overlays.map((o) => o.id).join('+')}`;
  let byKey = ruleCache.get(r.rule);
  if (!byKey) ruleCache.set(r.rule, (byKey = new Map()));
  let rule = byKey.get(key);
  if (!rule) byKey.set(key, (rule = workOutRule(r, group)));
  // Callers receive arrays they may keep in a result: copies, so no result shares state with another.
  return { ...rule, tiers: [...rule.tiers], sources: [...rule.sources], notes: [...rule.notes] };
}

function workOutRule(r: Resolution, group: Group): EffectiveRule {
  const { city, rule } = r;
  const baseThreshold = new Decimal(rule.threshold.amount);
  const baseTiers: EffectiveTier[] = rule.tiers.map((t) => ({
    from: new Decimal(t.from),
    to: t.to === null ? null : new Decimal(t.to),
    ratio: new Decimal(t.ratio),
    citation: cite(t.citation),
    minimum: t.basis === 'minimum',
    ...(t.label ? { label: t.label } : {}),
  }));
  const notes: InterpretationNote[] = [
    ...city.notes.map((n) => ({ id: n.id, zh: n.zh, en: n.en, ...(n.citation ? { citation: cite(n.citation) } : {}) })),
    ...note(`${city.id}-effective-from`, city.effectiveFrom.note, city.effectiveFrom.citation),
    ...note(`${city.id}-threshold`, rule.threshold.note, rule.threshold.citation),
    ...rule.tiers.flatMap((t, i) => note(`${city.id}-tier-${i}`, t.note, t.citation)),
    ...note(`${city.id}-cap`, rule.cap.note, rule.cap.citation),
  ];
  let threshold = baseThreshold;
  let thresholdCitation = cite(rule.threshold.citation);
  let thresholdMinimum = rule.threshold.basis === 'minimum';
  let tiers = baseTiers;
  let cap = capOf(rule.cap);
  const sources: Citation[] = [];

  const cityGroup = group === 'general' ? undefined : rule.groups?.[group];
  if (cityGroup) {
    sources.push(cite(cityGroup.citation));
    notes.push(...note(`${city.id}-${group}`, cityGroup.note, cityGroup.citation));
    if (cityGroup.threshold) {
      threshold = baseThreshold.times(new Decimal(1).minus(cityGroup.threshold.reduceBy)).toDecimalPlaces(2);
      thresholdCitation = cite(cityGroup.threshold.citation);
      thresholdMinimum = cityGroup.threshold.basis === 'minimum';
      notes.push(...note(`${city.id}-${group}-threshold`, cityGroup.threshold.note, cityGroup.threshold.citation));
    }
    tiers = adjustRatios(tiers, baseTiers, cityGroup, false);
    if (cityGroup.ratio) notes.push(...note(`${city.id}-${group}-ratio`, cityGroup.ratio.note, cityGroup.ratio.citation));
    if (cityGroup.cap) cap = capOf(cityGroup.cap);
  }

  for (const o of r.overlays) {
    notes.push(...o.notes.map((n) => ({ id: n.id, zh: n.zh, en: n.en, ...(n.citation ? { citation: cite(n.citation) } : {}) })));
    notes.push(...note(`${o.id}-applies-to`, o.appliesTo.note, o.appliesTo.citation));
    notes.push(...note(`${o.id}-effective-from`, o.effectiveFrom.note, o.effectiveFrom.citation));
    const og = group === 'general' ? undefined : o.groups[group];
    if (!og) continue;
    sources.push(cite(og.citation));
    notes.push(...note(`${o.id}-${group}`, og.note, og.citation));
    if (og.threshold) {
      const lowered = baseThreshold.times(new Decimal(1).minus(og.threshold.reduceBy)).toDecimalPlaces(2);
      if (lowered.lessThan(threshold)) {
        threshold = lowered;
        thresholdCitation = cite(og.threshold.citation);
        thresholdMinimum = og.threshold.basis === 'minimum';
      }
    }
    tiers = adjustRatios(tiers, baseTiers, og, true);
    if (og.ratio) notes.push(...note(`${o.id}-${group}-ratio`, og.ratio.note, og.ratio.citation));
    if (og.cap) cap = moreGenerousCap(cap, capOf(og.cap));
  }

  // Boundaries are absolute points on the cumulative burden: a lowered threshold widens only the first band.
  tiers = tiers.map((t, i) => (i === 0 ? { ...t, from: threshold } : t));

  // An overlay in force that sets nothing for this group (粤府办〔2016〕85号 changes nothing for general residents)
  // takes its notes with it, except those on a topic it changes for everyone (which costs count, 三（一）): those
  // replace the city's notes on that topic. Here, not in calculate(), so resolvePolicy() says the same.
  const applied = r.overlays.filter((o) => group !== 'general' && o.groups[group]);
  const dropped = new Set<string>();
  for (const o of r.overlays) {
    for (const n of o.notes) {
      if (n.topic) city.notes.filter((c) => c.topic === n.topic).forEach((c) => dropped.add(c.id));
      else if (!applied.includes(o)) dropped.add(n.id);
    }
    if (!applied.includes(o)) { dropped.add(`${o.id}-applies-to`); dropped.add(`${o.id}-effective-from`); }
  }
  const seen = new Set<string>();
  const uniqueNotes = notes.filter((n) => !dropped.has(n.id) && (seen.has(n.zh) ? false : (seen.add(n.zh), true)));
  return { group, threshold, thresholdCitation, thresholdMinimum, tiers, cap, sources, notes: uniqueNotes };
}

/** @internal */
export function capResult(cap: EffectiveCap, applied: boolean): CapResult {
  return { kind: cap.kind, amount: cap.amount ? money(cap.amount) : null, applied, citation: cap.citation };
}

function groupRuleSummary(r: Resolution, group: Group): ResolvedGroupRule {
  const e = effectiveRule(r, group);
  return {
    group,
    threshold: money(e.threshold),
    tiers: e.tiers.map((t) => ({
      from: money(t.from), to: t.to ? money(t.to) : null, ratio: ratioText(t.ratio), citation: t.citation, minimum: t.minimum,
    })),
    cap: capResult(e.cap, false),
    sources: e.sources,
    thresholdCitation: e.thresholdCitation,
  };
}

/**
 * The policy in force for a region on a date, with overlays applied: what a picker needs to offer the
 * right schemes and groups, and what a breakdown needs to show the rules. Without `scheme`, the first
 * scheme the policy covers is described.
 */
export function resolvePolicy(region: string, date: string, scheme?: Scheme): ResolvedPolicy {
  const problems: InputIssue[] = [];
  // As calculate() reads it (request.ts): spaces around a code from a template are not part of it.
  if (typeof region === 'string') region = region.trim();
  // No scheme (or an empty attribute) means "the first the policy covers"; anything else must be one.
  const asked = (scheme as unknown) === '' || scheme === null ? undefined : scheme;
  if (asked !== undefined && !isScheme(asked)) throw new DbbxInputError([schemeChoiceIssue(asked)]);
  if (!isIsoDate(date)) {
    problems.push(issue('date', 'bad-date', `结算日期“${date}”不是有效日期（应为 YYYY-MM-DD）。`, `Settlement date "${date}" is not a valid date (use YYYY-MM-DD).`));
    throw new DbbxInputError(problems);
  }
  const city = findVersion(region, date);
  if ('field' in city) throw new DbbxInputError([city]);
  const schemes = coveredSchemes(city);
  const chosen = asked ?? schemes[0]!;
  const res = resolution(region, date, chosen);
  if ('field' in res) throw new DbbxInputError([res]);
  const other = res.rule.otherSelfPaid;
  return {
    policy: policyRef(city),
    name: { zh: city.region.zh, en: city.region.en },
    province: { code: city.province.code, zh: city.province.zh, en: city.province.en },
    overlays: res.overlays.map(policyRef),
    schemes,
    scheme: chosen,
    groups: recognisedGroups(res).map((g) => groupRuleSummary(res, g)),
    eligibleGroups: res.rule.eligibleGroups ? [...res.rule.eligibleGroups.groups] : null,
    defaultGroup: defaultGroup(res),
    otherSelfPaid: other
      ? {
          ratio: ratioText(new Decimal(other.ratio)),
          limit: other.limit.amount === null ? null : money(new Decimal(other.limit.amount)),
          citation: cite(other.citation),
          limitCitation: cite(other.limit.citation),
        }
      : null,
    exclusions: (res.rule.exclusions ?? []).map((x) => ({ id: x.id, item: x.item, zh: x.zh, en: x.en, citation: cite(x.citation) })),
    notes: effectiveRule(res, defaultGroup(res)).notes,
  };
}

