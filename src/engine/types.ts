// The engine's public contract. Names follow issue #2 and are relied on by elements, tests and hosts;
// fields beyond the are additions (never renames) so that the breakdown can be rendered in
// either language without the element knowing any business rule.

export type Scheme = 'resident' | 'employee';

/**
 * 困难群体 categories the documents recognise:
 * 医疗救助对象 'medical-assistance', 特困供养人员 'extreme-poverty', 低保对象 'subsistence',
 * 建档立卡贫困人员 'registered-poor'.
 */
export type Group = 'general' | 'medical-assistance' | 'extreme-poverty' | 'subsistence' | 'registered-poor';

export const SCHEMES: readonly Scheme[] = ['resident', 'employee'];
export const GROUPS: readonly Group[] = [
  'general', 'medical-assistance', 'extreme-poverty', 'subsistence', 'registered-poor',
];

/** A piece of text in both of the product's languages. */
export interface Bilingual { zh: string; en: string }

export type Amount = string | number;

export interface ExcludedItem {
  /** One of the policy's exclusion ids (e.g. 'new-expensive'), its item number ('4') or free text. */
  reason: string;
  amount: Amount;
}

export interface CalculationRequest {
  /** GB/T 2260 code of the city / district whose policy applies. */
  region: string;
  /** 'YYYY-MM-DD' of settlement; picks the policy version in force that day. */
  date: string;
  scheme: Scheme;
  /** Default: 'general', or the only group a policy covers (Xinbei covers 低保对象 only). */
  group?: Group;
  /** 元: year-to-date compliant personal burden INCLUDING this claim. */
  selfPaid: Amount;
  /** 元: the same before this claim (default 0). */
  priorSelfPaid?: Amount;
  /** 元: in-scope self-paid outside the catalogue, YTD incl. this claim (Xinbei only). */
  otherSelfPaid?: Amount;
  priorOtherSelfPaid?: Amount;
  /** Xinbei exclusions of 二（二）1–9: listed in the result and paid 0. */
  excluded?: ExcludedItem[];
  /**
   * 元: the annual limit on the payout for other self-paid expenses (Xinbei 三, "年度报销限额按中标方案实施").
   * The document leaves it to the tender, so the engine never guesses it: give the tendered figure here
   * (or in a registered policy); without it no limit is applied and a warning says so.
   */
  otherSelfPaidLimit?: Amount;
}

/** Where a figure comes from: document number, clause, and the document's own words (verbatim). */
export interface Citation { documentNo: string; clause: string; quote?: string }

export type RowKind = 'tier' | 'cap' | 'other' | 'other-cap';

export interface TierRow {
  /** 元: where the band starts on the year's cumulative burden (exclusive). */
  from: string;
  /** 元: where it ends (inclusive), null = no upper limit. */
  to: string | null;
  /** Exact decimal ratio; -1 on a cap row (its amount is minus its base). */
  ratio: string;
  /** 元: the part of the burden that falls in this band (for a cap row: the part above the cap). */
  base: string;
  /** 元: base × ratio, rounded half-up to 分. */
  amount: string;
  kind: RowKind;
  citation: Citation;
  /** The band's name where the policy gives one (otherwise it is named by from–to). */
  label?: Bilingual;
}

export interface CapResult {
  kind: 'none' | 'payout' | 'expense';
  /** 元, or null where there is no cap or the document leaves it to the tender. */
  amount: string | null;
  applied: boolean;
  citation?: Citation;
}

export interface PolicyRef {
  id: string;
  region: string;
  documentNo: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface TraceItem {
  /** Stable key, for hosts and tests. */
  key: string;
  /** Chinese label (the product is zh-CN first); labelEn for English screens. */
  label: string;
  labelEn: string;
  value: string;
  /** The value in English where it is words rather than figures (a scheme, a group). */
  valueEn: string;
  citation?: Citation;
}

export interface Notice extends Bilingual { code: string }

export interface InterpretationNote extends Bilingual { id: string; citation?: Citation }

export interface ExcludedResult {
  reason: string;
  /** The exclusion's id in the policy, or null when the reason did not match any of them. */
  exclusionId: string | null;
  label: Bilingual;
  amount: string;
  paid: string;
  citation: Citation;
}

export interface CalculationResult {
  /** 元, 2 decimals: this claim = YTD payout now − YTD payout before. */
  payout: string;
  yearToDatePayout: string;
  /** 元: YTD payout before this claim. */
  priorYearToDatePayout: string;
  /** Effective threshold (起付标准) after the group adjustment. */
  threshold: string;
  /** Year-to-date rows; they add up exactly to yearToDatePayout (a reached cap is a negative row). */
  tiers: TierRow[];
  /** This claim's share of each row: amount = row now − row before; they add up to payout. */
  claimRows: TierRow[];
  cap: CapResult;
  policy: PolicyRef;
  /** Overlays (provincial documents) that shaped this result. */
  overlays: PolicyRef[];
  scheme: Scheme;
  group: Group;
  /** Bilingual text, '中文 / English'; warningDetails has each language apart. */
  warnings: string[];
  warningDetails: Notice[];
  excluded: ExcludedResult[];
  /** "How we read this": every interpretation behind the figures used. */
  notes: InterpretationNote[];
  trace: TraceItem[];
  /** The amounts as the engine read them (元, 2 decimals). */
  inputs: {
    selfPaid: string; priorSelfPaid: string;
    otherSelfPaid: string | null; priorOtherSelfPaid: string | null;
    otherSelfPaidLimit: string | null;
  };
}

export interface PolicyVersionSummary {
  id: string;
  documentNo: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  schemes: Scheme[];
  /** Groups the city document itself recognises (overlays may add more on a given date: see resolvePolicy). */
  groups: Group[];
  usesOtherSelfPaid: boolean;
  /** How far the version's figures are known to be current; later dates carry 'figures-may-be-stale'. */
  confirmedThrough: string;
}

export interface PolicySummary {
  kind: 'city' | 'overlay';
  region: string;
  name: Bilingual;
  province: { code: string } & Bilingual;
  versions: PolicyVersionSummary[];
}

export interface ResolvedTier { from: string; to: string | null; ratio: string; citation: Citation; minimum: boolean }

export interface ResolvedGroupRule {
  group: Group;
  threshold: string;
  tiers: ResolvedTier[];
  cap: CapResult;
  /** Where the adjustments came from: the city document, an overlay, or both. */
  sources: Citation[];
  thresholdCitation: Citation;
}

export interface ExclusionInfo extends Bilingual { id: string; item: string; citation: Citation }

export interface ResolvedPolicy {
  policy: PolicyRef;
  name: Bilingual;
  province: { code: string } & Bilingual;
  overlays: PolicyRef[];
  /** Schemes the policy covers on that date. */
  schemes: Scheme[];
  scheme: Scheme | null;
  /** Groups recognised for the scheme (city + overlays), each with its effective rule. */
  groups: ResolvedGroupRule[];
  /** Groups this policy covers at all; null = everyone insured under the scheme. */
  eligibleGroups: Group[] | null;
  defaultGroup: Group;
  otherSelfPaid: { ratio: string; limit: string | null; citation: Citation; limitCitation: Citation } | null;
  exclusions: ExclusionInfo[];
  notes: InterpretationNote[];
}
