// The calculation: year-to-date payout before and after this claim, tier by tier, each row rounded
// half-up to 分, and this claim's payout as the difference. Because the claim is a difference of two
// year-to-date figures, any number of discharges in a year adds up exactly to the payout of the total.
import { Decimal, ZERO, money, ratioText, toFen, type Decimal as D } from './decimal.js';
import { parseAmountField, isBlank } from './amount.js';
import { issue, DbbxInputError, type InputIssue } from './errors.js';
import { RequestReader } from './request.js';
import { isIsoDate } from './dates.js';
import {
  resolution, recognisedGroups, defaultGroup, effectiveRule, policyRef, capResult, cite,
  type EffectiveRule, type Resolution,
} from './resolve.js';
import { GROUP_WORDS, SCHEME_WORDS } from './words.js';
import type { CityPolicy, OverlayPolicy } from '../policies/schema.js';
import {
  GROUPS, SCHEMES, type Bilingual,
  type CalculationRequest, type CalculationResult, type Citation, type ExcludedResult, type Group, type Notice,
  type RowKind, type Scheme, type TierRow, type TraceItem,
} from './types.js';

const FIELD_LABELS = {
  // The same words as the form's labels, so a message names the field a person can see.
  region: { zh: '地区', en: 'Region' },
  date: { zh: '结算日期', en: 'Settlement date' },
  scheme: { zh: '险种', en: 'Scheme' },
  group: { zh: '人群', en: 'Group' },
  selfPaid: { zh: '年度累计个人负担（含本次）', en: 'Personal burden this year, including this discharge' },
  priorSelfPaid: { zh: '本次之前的年度累计个人负担', en: 'Personal burden this year before this discharge' },
  otherSelfPaid: { zh: '其他自付费用（年度累计，含本次）', en: 'Other self-paid costs this year, including this discharge' },
  priorOtherSelfPaid: { zh: '本次之前的其他自付费用', en: 'Other self-paid costs before this discharge' },
  otherSelfPaidLimit: { zh: '其他自付费用年度报销限额', en: 'Annual limit for other self-paid costs' },
  excludedAmount: { zh: '不予补偿项目金额', en: 'Excluded item amount' },
} as const;

interface Row { kind: RowKind; from: D; to: D | null; ratio: D; base: D; amount: D; citation: Citation; label?: Bilingual }

interface OtherRule { ratio: D; limit: D | null; citation: Citation; limitCitation: Citation; label?: Bilingual }

/**
 * The year-to-date rows for a cumulative burden. The set of rows never depends on the amounts (cap rows are
 * present with zeros), so rows before and after a claim line up index by index.
 */
function yearToDate(rule: EffectiveRule, burden: D, other: OtherRule | null, otherAmount: D): Row[] {
  const rows: Row[] = [];
  const cap = rule.cap;
  const counted = cap.kind === 'expense' && cap.amount && burden.greaterThan(cap.amount) ? cap.amount : burden;
  for (const t of rule.tiers) {
    const lo = t.from;
    const top = t.to === null ? counted : Decimal.min(t.to, counted);
    const base = Decimal.max(top.minus(lo), ZERO);
    rows.push({ kind: 'tier', from: lo, to: t.to, ratio: t.ratio, base, amount: toFen(base.times(t.ratio)), citation: t.citation, ...(t.label ? { label: t.label } : {}) });
  }
  if (cap.kind === 'expense' && cap.amount) {
    // The burden above the limit is shown, and paid nothing.
    rows.push({ kind: 'cap', from: cap.amount, to: null, ratio: ZERO, base: Decimal.max(burden.minus(cap.amount), ZERO), amount: ZERO, citation: cap.citation });
  }
  if (cap.kind === 'payout' && cap.amount) {
    const paid = rows.reduce((s, r) => s.plus(r.amount), ZERO);
    const excess = Decimal.max(paid.minus(cap.amount), ZERO);
    rows.push({ kind: 'cap', from: cap.amount, to: null, ratio: new Decimal(-1), base: excess, amount: excess.negated(), citation: cap.citation });
  }
  if (other) {
    const amount = toFen(otherAmount.times(other.ratio));
    rows.push({ kind: 'other', from: ZERO, to: null, ratio: other.ratio, base: otherAmount, amount, citation: other.citation, ...(other.label ? { label: other.label } : {}) });
    if (other.limit) {
      const excess = Decimal.max(amount.minus(other.limit), ZERO);
      rows.push({ kind: 'other-cap', from: other.limit, to: null, ratio: new Decimal(-1), base: excess, amount: excess.negated(), citation: other.limitCitation });
    }
  }
  return rows;
}

const sum = (rows: Row[]) => rows.reduce((s, r) => s.plus(r.amount), ZERO);

function rowOut(r: Row): TierRow {
  return {
    from: money(r.from), to: r.to === null ? null : money(r.to), ratio: ratioText(r.ratio),
    base: money(r.base), amount: money(r.amount), kind: r.kind, citation: r.citation, ...(r.label ? { label: r.label } : {}),
  };
}

const isAdjustment = (r: Row) => r.kind === 'cap' || r.kind === 'other-cap';

function readAmount(
  input: unknown, field: string, label: { zh: string; en: string }, issues: InputIssue[], optional: boolean,
): D | null {
  if (optional && isBlank(input)) return null;
  const r = parseAmountField(input, field, label);
  if (!r.ok) { issues.push(r.issue); return null; }
  return r.value;
}

function pct(d: D): string {
  return `${d.times(100).toString()}%`;
}

/**
 * 'figures-may-be-stale': the settlement date is past how far the figures of a document in use are known to be
 * current. Last in the list (the elements show it above the payout by its code); it names each document, the
 * year its figures come from and the date they are confirmed through.
 */
export function staleNotice(policies: readonly (CityPolicy | OverlayPolicy)[], date: string): Notice | null {
  const stale = policies.filter((p) => date > p.confirmedThrough.date);
  if (!stale.length) return null;
  const year = (p: CityPolicy | OverlayPolicy) => (p.document.date ?? p.effectiveFrom.date).slice(0, 4);
  const zh = stale.map((p) => `${p.document.no}（${year(p)} 年的标准，已知现行至 ${p.confirmedThrough.date}）`).join('、');
  const en = stale.map((p) => `${p.document.no} (figures of ${year(p)}, known to be current until ${p.confirmedThrough.date})`).join(', ');
  return {
    code: 'figures-may-be-stale',
    zh: `本结果所用标准来自${zh}。此后医保部门可能已调整起付标准、支付比例或封顶线，本结果可能已过时，请核对当地现行标准；运营方可登记现行标准（政策 JSON 文件或 registerPolicy）。`,
    en: `The figures come from ${en}. The bureau may since have adjusted the threshold, ratios or cap, ` +
      'so this result may be out of date: check the figures in force. ' +
      'An operator can register the current figures (a policy JSON file or registerPolicy).',
  };
}

/**
 * The 大病保险 payout for one claim. Throws DbbxInputError (every bad field at once, in Chinese and English)
 * rather than coerce anything.
 */
export function calculate(request: CalculationRequest): CalculationResult {
  // --- the shape of the request (the checkers and messages every public function shares) ---
  // A missing request reads as empty, so the message lists the fields it needs.
  const reader = new RequestReader(request ?? {});
  const issues: InputIssue[] = reader.issues;
  const req = reader.fields as Partial<CalculationRequest> & Record<string, unknown>;
  const region = reader.region('region', FIELD_LABELS.region) ?? '';
  const date = reader.date('date', FIELD_LABELS.date) ?? undefined;
  const scheme = reader.oneOf('scheme', SCHEMES, FIELD_LABELS.scheme, SCHEME_WORDS, false, 'bad-scheme') as Scheme;
  const askedGroup = reader.oneOf('group', GROUPS, FIELD_LABELS.group, GROUP_WORDS, true, 'bad-group') ?? undefined;

  // --- amounts ---
  const selfPaid = readAmount(req.selfPaid, 'selfPaid', FIELD_LABELS.selfPaid, issues, false);
  const priorSelfPaid = readAmount(req.priorSelfPaid, 'priorSelfPaid', FIELD_LABELS.priorSelfPaid, issues, true) ?? ZERO;
  const otherGiven = !isBlank(req.otherSelfPaid) || !isBlank(req.priorOtherSelfPaid);
  const otherSelfPaid = readAmount(req.otherSelfPaid, 'otherSelfPaid', FIELD_LABELS.otherSelfPaid, issues, true) ?? ZERO;
  const priorOther = readAmount(req.priorOtherSelfPaid, 'priorOtherSelfPaid', FIELD_LABELS.priorOtherSelfPaid, issues, true) ?? ZERO;
  const otherLimitInput = readAmount(req.otherSelfPaidLimit, 'otherSelfPaidLimit', FIELD_LABELS.otherSelfPaidLimit, issues, true);
  if (selfPaid && priorSelfPaid.greaterThan(selfPaid)) {
    issues.push(issue('priorSelfPaid', 'prior-above-total',
      `${FIELD_LABELS.priorSelfPaid.zh}（${money(priorSelfPaid)} 元）大于含本次的累计（${money(selfPaid)} 元）；累计应包含本次费用。`,
      `${FIELD_LABELS.priorSelfPaid.en} (${money(priorSelfPaid)}) is more than the total including this claim (${money(selfPaid)}); ` +
      'the total must include this claim.'));
  }
  if (priorOther.greaterThan(otherSelfPaid)) {
    issues.push(issue('priorOtherSelfPaid', 'prior-above-total',
      `${FIELD_LABELS.priorOtherSelfPaid.zh}（${money(priorOther)} 元）大于含本次的累计（${money(otherSelfPaid)} 元）。`,
      `${FIELD_LABELS.priorOtherSelfPaid.en} (${money(priorOther)}) is more than the total including this claim ` +
      `(${money(otherSelfPaid)}).`));
  }
  const excludedIn = req.excluded;
  if (excludedIn !== undefined && !Array.isArray(excludedIn)) {
    issues.push(issue('excluded', 'bad-excluded', '不予补偿项目应为列表。', 'Excluded items should be a list.'));
  }
  const excludedItems = Array.isArray(excludedIn) ? excludedIn : [];
  const excludedAmounts = excludedItems.map((x, i) => {
    const reason = typeof x?.reason === 'string' ? x.reason.trim() : '';
    if (!reason) {
      issues.push(issue(`excluded[${i}].reason`, 'required', `第 ${i + 1} 个不予补偿项目：请选择原因。`, `Excluded item ${i + 1}: please give the reason.`));
    }
    return readAmount(x?.amount, `excluded[${i}].amount`, FIELD_LABELS.excludedAmount, issues, false);
  });

  // --- the policy ---
  let res: Resolution | null = null;
  if (/^\d{6}$/.test(region) && isIsoDate(date) && SCHEMES.includes(scheme)) {
    const r = resolution(region, date, scheme);
    if ('field' in r) issues.push(r);
    else res = r;
  }

  const warnings: Notice[] = [];
  let group: Group = 'general';
  if (res) {
    const recognised = recognisedGroups(res);
    const eligible = res.rule.eligibleGroups;
    group = askedGroup ?? defaultGroup(res);
    if (eligible && !eligible.groups.includes(group)) {
      issues.push(issue('group', 'group-not-covered',
        `${res.city.document.no}只覆盖${eligible.groups.map((g) => GROUP_WORDS[g].zh).join('、')}，不覆盖${GROUP_WORDS[group].zh}。`,
        `${res.city.document.no} covers ${eligible.groups.map((g) => GROUP_WORDS[g].en).join(', ')} only, not ${GROUP_WORDS[group].en}.`));
    } else if (!recognised.includes(group)) {
      // 低保、特困 and registered-poor persons are usually also certified 医疗救助对象: say so where that is the
      // group the policy favours, or a cashier may underpay them.
      const ma = recognised.includes('medical-assistance') && group !== 'medical-assistance';
      warnings.push({
        code: 'group-not-recognised',
        zh: `${res.city.document.no}（${SCHEME_WORDS[scheme].zh}）对${GROUP_WORDS[group].zh}没有特别规定，按普通参保人员计算。${ma ? '如已认定为医疗救助对象，请选择“医疗救助对象”。' : ''}`,
        en: `${res.city.document.no} (${SCHEME_WORDS[scheme].en}) has no special rule for ${GROUP_WORDS[group].en}; calculated as general insured.${ma ? ' If the person is a certified medical-assistance recipient, choose that group.' : ''}`,
      });
      group = 'general';
    }
    const otherRule = res.rule.otherSelfPaid;
    if (!otherRule) {
      if (otherGiven && (otherSelfPaid.greaterThan(0) || priorOther.greaterThan(0))) {
        issues.push(issue('otherSelfPaid', 'not-used',
          `${res.city.document.no}没有“其他自付费用”这一项，请只填写合规费用的个人负担。`,
          `${res.city.document.no} has no "other self-paid costs"; enter the compliant personal burden only.`));
      }
      if (otherLimitInput) {
        issues.push(issue('otherSelfPaidLimit', 'not-used', `${res.city.document.no}没有这一限额。`, `${res.city.document.no} has no such limit.`));
      }
    }
    if (excludedItems.length && !(res.rule.exclusions?.length)) {
      issues.push(issue('excluded', 'not-used',
        `${res.city.document.no}没有列出不予补偿项目；不在政策范围内的费用不要计入个人负担即可。`,
        `${res.city.document.no} lists no excluded items; simply leave out-of-scope costs out of the burden.`));
    }
  }
  if (issues.length || !res || !selfPaid) throw new DbbxInputError(issues);

  // --- the rule for this group, and the year-to-date rows before and after the claim ---
  const rule = effectiveRule(res, group);
  // An overlay in force that sets nothing for this group is not listed as applied (粤府办〔2016〕85号 changes
  // nothing for general residents); the rule's notes are already those in force for the group (resolve.ts).
  const applied = res.overlays.filter((ov) => group !== 'general' && ov.groups[group]);
  const notes = rule.notes;
  const o = res.rule.otherSelfPaid;
  const other: OtherRule | null = o
    ? {
        ratio: new Decimal(o.ratio),
        limit: otherLimitInput ?? (o.limit.amount === null ? null : new Decimal(o.limit.amount)),
        citation: cite(o.citation),
        limitCitation: cite(o.limit.citation),
        ...(o.label ? { label: o.label } : {}),
      }
    : null;

  const now = yearToDate(rule, selfPaid, other, otherSelfPaid);
  const before = yearToDate(rule, priorSelfPaid, other, priorOther);
  const ytd = sum(now);
  const priorYtd = sum(before);
  const payout = ytd.minus(priorYtd);
  const claim: Row[] = now.map((r, i) => {
    const b = before[i]!;
    return { ...r, base: r.base.minus(b.base), amount: r.amount.minus(b.amount) };
  });
  const capApplied = now.some((r) => r.kind === 'cap' && r.base.greaterThan(0));

  // --- warnings a careful officer would want next to the figure ---
  const doc = res.city.document.no;
  const year = (date as string).slice(0, 4);
  // Readings the policy data asks to be flagged: a yearly figure used past its year, an uncertain start.
  const forYear = res.rule.threshold.forYear;
  if (forYear !== undefined && Number(year) > forYear) {
    const published = money(new Decimal(res.rule.threshold.amount));
    warnings.push({
      code: 'threshold-year',
      zh: `起付标准按文件中 ${forYear} 年的 ${published} 元计算（本次适用 ${money(rule.threshold)} 元）；` +
        `该标准按年确定，医保部门可能已调整，请核对 ${year} 年的标准。运营方可登记 ${year} 年的标准（政策 JSON 文件或 registerPolicy）。`,
      en: `The threshold uses the document's ${forYear} figure of ${published} yuan (${money(rule.threshold)} applied here); ` +
        `it is set yearly and the bureau may have changed it — check the ${year} figure. ` +
        `An operator can register the ${year} figure (a policy JSON file or registerPolicy).`,
    });
  }
  const uncertain = res.city.effectiveFrom.uncertainUntil;
  if (uncertain && (date as string) <= uncertain.date) {
    warnings.push({ code: 'effective-date-uncertain', zh: uncertain.zh, en: uncertain.en });
  }
  const minimums: { doc: string; zh: string; en: string }[] = [];
  if (rule.thresholdMinimum) minimums.push({ doc: rule.thresholdCitation.documentNo, zh: '起付标准的下调幅度', en: 'threshold reduction' });
  for (const tier of rule.tiers.filter((x) => x.minimum)) minimums.push({ doc: tier.citation.documentNo, zh: '支付比例', en: 'ratios' });
  if (rule.cap.kind !== 'none' && rule.cap.minimum) minimums.push({ doc: rule.cap.citation.documentNo, zh: '封顶线', en: 'cap' });
  if (minimums.length) {
    const docs = [...new Set(minimums.map((m) => m.doc))];
    const zh = [...new Set(minimums.map((m) => m.zh))];
    const en = [...new Set(minimums.map((m) => m.en))];
    warnings.push({
      code: 'document-minimum',
      zh: `${docs.join('、')}规定的${zh.join('、')}是最低标准（“不低于”“以上”），按最低标准计算；实际执行标准（如招标结果）可能更优惠。`,
      en: `${docs.join(', ')} sets minimums for the ${en.join(', ')} ("at least"); they are applied as such, and the figures in force (e.g. the tender's) may be more generous.`,
    });
  }
  if (rule.cap.kind !== 'none' && rule.cap.amount === null) {
    warnings.push({ code: 'cap-not-published', zh: '封顶线由招标确定，未公布：未应用封顶。', en: 'The cap is set by the tender and not published: no cap applied.' });
  }
  if (other && other.limit === null && otherSelfPaid.greaterThan(0)) {
    warnings.push({
      code: 'other-limit-not-set',
      zh: '其他自付费用的年度报销限额按中标方案实施，文件未公布；未填写限额，按不设限额计算。',
      en: 'The annual limit for other self-paid costs follows the winning tender and is not published; none was given, so no limit is applied.',
    });
  }

  const stale = staleNotice([res.city, ...applied], date as string);
  if (stale) warnings.push(stale);

  // --- excluded items: listed and paid 0 ---
  const exclusions = res.rule.exclusions ?? [];
  const excluded: ExcludedResult[] = excludedItems.map((x, i) => {
    const reason = String(x.reason).trim();
    const hit = exclusions.find((e) => e.id === reason || e.item === reason || e.zh === reason);
    if (!hit) {
      warnings.push({
        code: 'exclusion-unknown',
        zh: `不予补偿项目“${reason}”不是${doc}二（二）第1–9项之一；仍按不予补偿列出。`,
        en: `Excluded item "${reason}" is not one of items 1–9 of ${doc} 二（二）; it is still listed as not paid.`,
      });
    }
    const scope = exclusions[0]?.citation;
    return {
      reason,
      exclusionId: hit?.id ?? null,
      label: hit ? { zh: hit.zh, en: hit.en } : { zh: reason, en: reason },
      amount: money(excludedAmounts[i]!),
      paid: '0.00',
      citation: hit ? cite(hit.citation) : { documentNo: doc, clause: scope ? scope.clause.replace(/第\d+项$/, '') : '二、（二）保障范围' },
    };
  });

  // --- the trace: every figure with the clause it comes from ---
  // Worked out when first read: a ledger settles every row of a year at each keystroke and reads the trace of
  // the one discharge it prints, and formatting ~20 figures per row is most of a claim's cost.
  const buildTrace = (): TraceItem[] => {
  const trace: TraceItem[] = [];
  const t = (key: string, label: string, labelEn: string, value: string, citation?: Citation, valueEn = value) =>
    trace.push({ key, label, labelEn, value, valueEn, ...(citation ? { citation } : {}) });
  t('policy', '适用政策', 'Policy applied', `${doc}（${res.city.effectiveFrom.date} 起）`, cite(res.city.effectiveFrom.citation),
    `${doc} (from ${res.city.effectiveFrom.date})`);
  for (const ov of applied) {
    t('overlay', '叠加的省级规定', 'Provincial overlay', `${ov.document.no}（${ov.effectiveFrom.date} 起）`, cite(ov.appliesTo.citation),
      `${ov.document.no} (from ${ov.effectiveFrom.date})`);
  }
  t('scheme', '险种', 'Scheme', SCHEME_WORDS[scheme].zh, cite(res.rule.coverage), SCHEME_WORDS[scheme].en);
  t('group', '人群', 'Group', GROUP_WORDS[group].zh,
    rule.sources[0] ?? (res.rule.eligibleGroups ? cite(res.rule.eligibleGroups.citation) : undefined), GROUP_WORDS[group].en);
  t('selfPaid', FIELD_LABELS.selfPaid.zh, FIELD_LABELS.selfPaid.en, money(selfPaid));
  t('priorSelfPaid', FIELD_LABELS.priorSelfPaid.zh, FIELD_LABELS.priorSelfPaid.en, money(priorSelfPaid));
  if (other) {
    t('otherSelfPaid', FIELD_LABELS.otherSelfPaid.zh, FIELD_LABELS.otherSelfPaid.en, money(otherSelfPaid));
    t('priorOtherSelfPaid', FIELD_LABELS.priorOtherSelfPaid.zh, FIELD_LABELS.priorOtherSelfPaid.en, money(priorOther));
  }
  t('threshold', '起付标准', 'Threshold', money(rule.threshold), rule.thresholdCitation);
  now.forEach((r, i) => {
    const range = `${money(r.from)}–${r.to ? money(r.to) : ''}`;
    if (r.kind === 'tier') {
      t(`tier-${i}`, `报销段 ${range.replace(/–$/, ' 以上')}，支付 ${pct(r.ratio)}`, `Tier ${range.replace(/–$/, ' and above')}, ${pct(r.ratio)} paid`,
        `${money(r.base)} × ${ratioText(r.ratio)} = ${money(r.amount)}`, r.citation);
    } else if (r.kind === 'cap' && rule.cap.kind === 'expense') {
      t('cap', `封顶：合规费用限额 ${money(r.from)}，超出部分不予支付`, `Cap: expenses counted up to ${money(r.from)}, the rest not paid`,
        `${money(r.base)} × 0 = 0.00`, r.citation);
    } else if (r.kind === 'cap') {
      t('cap', `封顶：年度支付限额 ${money(r.from)}`, `Cap: annual payout limit ${money(r.from)}`, money(r.amount), r.citation);
    } else if (r.kind === 'other') {
      t('other', `其他自付费用，支付 ${pct(r.ratio)}`, `Other self-paid costs, ${pct(r.ratio)} paid`,
        `${money(r.base)} × ${ratioText(r.ratio)} = ${money(r.amount)}`, r.citation);
    } else {
      t('other-cap', `其他自付费用年度限额 ${money(r.from)}`, `Annual limit on other costs ${money(r.from)}`, money(r.amount), r.citation);
    }
  });
  if (rule.cap.kind === 'none') t('cap', '封顶：不设', 'Cap: none', '—', rule.cap.citation);
  excluded.forEach((x, i) => t(`excluded-${i}`, `不予补偿：${x.label.zh}`, `Not paid: ${x.label.en}`, `${x.amount} × 0 = 0.00`, x.citation));
  t('yearToDatePayout', '年度累计大病保险支付（含本次）', 'Year-to-date payout (incl. this claim)', money(ytd));
  t('priorYearToDatePayout', '本次之前的年度累计支付', 'Year-to-date payout before this claim', money(priorYtd));
  t('payout', '本次大病保险支付', 'Payout for this claim', `${money(ytd)} − ${money(priorYtd)} = ${money(payout)}`);
  return trace;
  };

  const keep = (r: Row) => !isAdjustment(r) || !r.base.isZero();
  const result = {
    payout: money(payout),
    yearToDatePayout: money(ytd),
    priorYearToDatePayout: money(priorYtd),
    threshold: money(rule.threshold),
    tiers: now.filter(keep).map(rowOut),
    claimRows: claim.filter((r, i) => keep(r) || keep(before[i]!)).map(rowOut),
    cap: capResult(rule.cap, capApplied),
    policy: policyRef(res.city),
    overlays: applied.map(policyRef),
    scheme,
    group,
    warnings: warnings.map((w) => `${w.zh} / ${w.en}`),
    warningDetails: warnings,
    excluded,
    notes,
    trace: [] as TraceItem[],
    inputs: {
      selfPaid: money(selfPaid),
      priorSelfPaid: money(priorSelfPaid),
      otherSelfPaid: other ? money(otherSelfPaid) : null,
      priorOtherSelfPaid: other ? money(priorOther) : null,
      otherSelfPaidLimit: other?.limit ? money(other.limit) : null,
    },
  };
  // A plain enumerable data property once read (JSON, spread and structuredClone see the same list).
  let built: TraceItem[] | null = null;
  Object.defineProperty(result, 'trace', {
    enumerable: true, configurable: true,
    get: () => (built ??= buildTrace()),
    set: (v: TraceItem[]) => { built = v; },
  });
  return result;
}
