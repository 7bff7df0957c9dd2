// Settling an insurer's 大病保险 contract for a year, as each document sets it out: what the insurer keeps,
// what goes back to the fund or to next year's premium, who bears a loss, and (Jiangyin) when the premium is
// transferred. Each line cites its clause; a term the document leaves to the tender must be supplied.
import { Decimal, ZERO, money, type Decimal as D } from '../engine/decimal.js';
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { findVersion, overlaysFor, policyRef, cite, schemeIssue } from '../engine/resolve.js';
import { RequestReader, requestIssue } from '../engine/request.js';
import { SCHEME_WORDS } from '../engine/words.js';
import { SCHEMES, type Amount, type Bilingual, type Citation, type Notice, type PolicyRef, type Scheme } from '../engine/types.js';
import type { FinancingFact } from '../policies/schema.js';

export interface ContractTerms {
  /** Surplus-rate cap as a decimal (e.g. '0.05'), where the document leaves it to the tender (Ningbo). */
  profitCap?: string;
  /** 元: the yearly surplus the insurer keeps, set by the tender (Jiangyin). */
  profitBand?: Amount;
  /** 元: the yearly non-policy loss the insurer bears, set by the tender (Jiangyin). */
  lossBand?: Amount;
  /** Xinbei: the excess over the profit cap is refunded (default) or set against next year's premium. */
  excessTo?: 'refund' | 'next-year';
}

export interface SettlementRequest {
  region: string;
  /** A date in the contract year; picks the policy version. */
  date: string;
  scheme?: Scheme;
  /** 元: the year's total premium; or give insured and premiumPerPerson. */
  premium?: Amount;
  insured?: number;
  premiumPerPerson?: Amount;
  /** 元: claims paid for the year. */
  claimsPaid: Amount;
  /** 元: the insurer's operating cost (Chaozhou counts it in the profit; Xinbei's cap includes it). */
  operatingCost?: Amount;
  /** 元: spent on medical experts' reviews (Chaozhou charges up to 2% of premium to the premium). */
  expertReview?: Amount;
  /** 元: the part of a loss caused by policy changes (Jiangyin: the fund makes it good). */
  policyLoss?: Amount;
  /** 元: the basic fund's income for the year, to check the funding share. */
  fundIncome?: Amount;
  terms?: ContractTerms;
}

export interface SettlementLine { key: string; label: Bilingual; amount: string; citation?: Citation }

export interface TransferLine { label: Bilingual; share: string; amount: string; citation: Citation }

export interface SettlementResult {
  policy: PolicyRef;
  premium: string;
  claims: string;
  lines: SettlementLine[];
  /** 元: what the insurer ends the year with (negative: a loss it bears). */
  insurerResult: string;
  returnedToFund: string;
  carriedToNextYear: string;
  lossBorneByInsurer: string;
  lossBorneByFund: string;
  /** 元: a loss the document does not allocate (to be settled by the contract). */
  lossUnallocated: string;
  schedule: TransferLine[] | null;
  warnings: Notice[];
}

const L = (zh: string, en: string): Bilingual => ({ zh, en });

const LABELS = {
  request: L('结算请求', 'settlement request'),
  region: L('地区', 'Region'),
  date: L('合同年度内的日期', 'Date in the contract year'),
  scheme: L('险种', 'Scheme'),
  premium: L('保费总额', 'Total premium'),
  insured: L('参保人数', 'Number insured'),
  premiumPerPerson: L('人均保费', 'Premium per person'),
  claimsPaid: L('赔付支出', 'Claims paid'),
  operatingCost: L('运营成本', 'Operating cost'),
  expertReview: L('专家审核费用', 'Expert-review spending'),
  policyLoss: L('政策性亏损', 'Policy-caused loss'),
  fundIncome: L('基本医保基金收入', 'Basic fund income'),
  terms: L('合同条款', 'contract terms'),
  profitCap: L('盈余率上限', 'Surplus-rate cap'),
  profitBand: L('盈余额度', 'Surplus band'),
  lossBand: L('亏损额度', 'Loss band'),
  excessTo: L('超出部分的去向', 'Where the excess goes'),
};

export function settleContract(request: SettlementRequest): SettlementResult {
  // Every field is read and checked before anything is settled, so each bad one is named (issue 10: insured
  // 1.5 used to be reported as a missing premium).
  const r = new RequestReader(request, LABELS.request);
  const req = r.fields as Partial<SettlementRequest>;
  const issues: InputIssue[] = r.issues;
  const region = r.region('region', LABELS.region);
  const date = r.date('date', LABELS.date);
  const askedScheme = r.oneOf('scheme', SCHEMES, LABELS.scheme, SCHEME_WORDS, true);
  const givenPremium = r.amount('premium', LABELS.premium, { optional: true, max: null });
  const insured = r.count('insured', LABELS.insured, true);
  const perPerson = r.amount('premiumPerPerson', LABELS.premiumPerPerson, { optional: true, max: null });
  let premium = givenPremium;
  if (!r.has('premium')) {
    if (perPerson && insured) premium = perPerson.times(insured);
    else if (!r.has('insured') && !r.has('premiumPerPerson')) {
      issues.push(issue('premium', 'required', '请填写保费总额，或参保人数和人均保费。', 'Give the total premium, or the insured count and premium per person.'));
    } else if (!r.has('insured')) issues.push(requestIssue('insured', 'required', L('参保人数（与人均保费一起给出保费）', 'number insured (with the premium per person)')));
    else if (!r.has('premiumPerPerson')) issues.push(requestIssue('premiumPerPerson', 'required', L('人均保费（与参保人数一起给出保费）', 'premium per person (with the number insured)')));
  }
  const claims = r.amount('claimsPaid', LABELS.claimsPaid, { max: null });
  const opCost = r.amount('operatingCost', LABELS.operatingCost, { optional: true, max: null }) ?? ZERO;
  const expert = r.amount('expertReview', LABELS.expertReview, { optional: true, max: null }) ?? ZERO;
  const policyLoss = r.amount('policyLoss', LABELS.policyLoss, { optional: true, max: null }) ?? ZERO;
  const fundIncome = r.amount('fundIncome', LABELS.fundIncome, { optional: true, max: null });
  const termsIn = req.terms;
  let terms: ContractTerms = {};
  if (termsIn !== undefined) {
    const t = new RequestReader(termsIn, LABELS.terms, 'terms');
    t.oneOf('excessTo', ['refund', 'next-year'] as const, LABELS.excessTo, undefined, true);
    issues.push(...t.issues.map((x) => (x.field === 'terms' ? x : { ...x, field: `terms.${x.field}` })));
    terms = t.fields as ContractTerms;
  }
  const profitBand = r.amount('terms.profitBand', LABELS.profitBand, { optional: true, max: null });
  const lossBand = r.amount('terms.lossBand', LABELS.lossBand, { optional: true, max: null });
  const profitCap = r.ratio('terms.profitCap', terms.profitCap, LABELS.profitCap, true);
  const city = region && date ? findVersion(region, date) : null;
  if (city && 'field' in city) issues.push(city);
  if (city && !('field' in city) && askedScheme && !city.schemes[askedScheme]) issues.push(schemeIssue(city, askedScheme));
  if (issues.length || !city || 'field' in city || !premium || !claims || !date) throw new DbbxInputError(issues);

  const scheme: Scheme = askedScheme ?? (city.schemes.resident ? 'resident' : 'employee');
  const overlays = overlaysFor(city, scheme, date);
  const facts: FinancingFact[] = [...city.financing, ...overlays.flatMap((o) => o.financing)];
  const fact = (key: FinancingFact['key']) => facts.find((f) => f.key === key && (!f.scheme || f.scheme === scheme));
  const lines: SettlementLine[] = [];
  const warnings: Notice[] = [];
  const line = (key: string, label: Bilingual, v: D, f?: FinancingFact) =>
    lines.push({ key, label, amount: money(v), ...(f ? { citation: cite(f.citation) } : {}) });
  const tender = (field: string, f: FinancingFact) => issues.push(issue(field, 'tender-term',
    `${f.label.zh}由招标（合同）确定，文件未公布，须填写合同约定的数额（${f.citation.document} ${f.citation.clause}）。`,
    `${f.label.en} is set by the tender (contract) and not published: ` +
      `give the contract's figure (${f.citation.document} ${f.citation.clause}).`));

  line('premium', L('保费收入', 'Premium'), premium);
  line('claims', L('赔付支出', 'Claims paid'), claims);

  let insurer = ZERO;
  let returned = ZERO;
  let carried = ZERO;
  let lossInsurer = ZERO;
  let lossFund = ZERO;
  let lossOpen = ZERO;

  const capIncl = fact('profit-cap-incl-cost');
  const band = fact('profit-band');
  const cap = fact('profit-cap');
  if (capIncl && capIncl.value !== null) {
    // 常开委办〔2021〕143号 四（二）: the difference above premium × 20% goes back (or to next year); a shortfall
    // is the insurer's. Operating cost is inside the 20%.
    const diff = premium.minus(claims);
    const most = premium.times(capIncl.value);
    line('difference', L('保费与实际理赔之差', 'Premium less claims'), diff);
    line('max-profit', L(`最高盈利额（保费×${new Decimal(capIncl.value).times(100)}%）`, `Maximum profit (premium × ${new Decimal(capIncl.value).times(100)}%)`), most, capIncl);
    if (diff.greaterThan(most)) {
      const excess = diff.minus(most);
      if (terms.excessTo === 'next-year') carried = excess; else returned = excess;
      line(terms.excessTo === 'next-year' ? 'carried' : 'returned',
        terms.excessTo === 'next-year' ? L('超出部分冲抵下一年度保费', 'Excess set against next year\'s premium') : L('超出部分返还投保单位', 'Excess refunded to the buyer'), excess, capIncl);
      insurer = most;
    } else insurer = diff;
    if (diff.isNegative()) { lossInsurer = diff.negated(); line('loss-insurer', L('理赔超出保费，由保险机构承担', 'Claims above premium, borne by the insurer'), lossInsurer, capIncl); }
    insurer = insurer.minus(opCost);
    if (!opCost.isZero()) line('operating-cost', L('运营成本（含在最高盈利内）', 'Operating cost (inside the maximum profit)'), opCost);
  } else if (band) {
    // 江阴 二（六）: result = premium − claims; surplus within the tendered amount is the insurer's; policy losses
    // are made good by the fund; non-policy losses within the tendered amount are the insurer's.
    // Only the band the year's result needs is demanded: a surplus never touches the loss band (issue 10).
    const loss = fact('loss-band');
    const result = premium.minus(claims);
    const nonPolicyLoss = result.isNegative() ? Decimal.max(result.negated().minus(policyLoss), ZERO) : ZERO;
    if (!result.isNegative() && band.value === null && !profitBand) tender('terms.profitBand', band);
    if (nonPolicyLoss.greaterThan(0) && loss && loss.value === null && !lossBand) tender('terms.lossBand', loss);
    if (issues.length) throw new DbbxInputError(issues);
    const keepUpTo = profitBand ?? (band.value === null ? ZERO : new Decimal(band.value));
    const bearUpTo = lossBand ?? (loss?.value == null ? ZERO : new Decimal(loss.value));
    line('result', L('当年盈亏（总保费−赔付总支出）', 'Year\'s result (premium − claims)'), result, band);
    if (!result.isNegative()) {
      insurer = Decimal.min(result, keepUpTo);
      returned = result.minus(insurer);
      line('kept', L('额度以内的盈余归承办机构', 'Surplus within the band, kept by the insurer'), insurer, band);
      if (returned.greaterThan(0)) line('returned', L('超出额度的盈余留归基金', 'Surplus above the band, back to the fund'), returned, band);
    } else {
      const total = result.negated();
      lossFund = Decimal.min(policyLoss, total);
      const nonPolicy = total.minus(lossFund);
      lossInsurer = Decimal.min(nonPolicy, bearUpTo);
      lossOpen = nonPolicy.minus(lossInsurer);
      if (lossFund.greaterThan(0)) line('loss-fund', L('政策性亏损，由基本医保基金弥补', 'Policy-caused loss, made good by the fund'), lossFund, band);
      line('loss-insurer', L('额度以内的非政策性亏损，由承办机构承担', 'Non-policy loss within the band, borne by the insurer'), lossInsurer, loss);
      if (lossOpen.greaterThan(0)) {
        line('loss-open', L('超出额度的非政策性亏损（文件未规定，按合同处理）', 'Non-policy loss above the band (the document is silent: per contract)'), lossOpen, loss);
        warnings.push({ code: 'loss-unallocated', zh: '超出亏损额度的非政策性亏损，文件未规定由谁承担，请按合同处理。', en: 'The document does not say who bears a non-policy loss above the band: settle it by the contract.' });
      }
      insurer = lossInsurer.negated();
    }
    insurer = insurer.minus(opCost);
    if (!opCost.isZero()) line('operating-cost', L('运营成本（由承办机构承担）', 'Operating cost (the insurer\'s)'), opCost);
  } else if (cap) {
    // 潮府办〔2012〕90号 二（五）（六）: expert reviews are charged to the premium up to 2%; profit above 4% goes
    // back to the fund; the insurer bears its own losses. (Ningbo: the rate is the tender's.)
    let rate = cap.value;
    if (rate === null) {
      if (profitCap !== null) rate = profitCap;
      else { tender('terms.profitCap', cap); throw new DbbxInputError(issues); }
    }
    const review = fact('expert-review-cap');
    let charged = ZERO;
    if (review && review.value !== null && !expert.isZero()) {
      charged = Decimal.min(expert, premium.times(review.value)).toDecimalPlaces(2);
      line('expert-review', L('专家审核费用（在保费中列支，最多保费的 2%）', 'Expert reviews charged to the premium (at most 2%)'), charged, review);
    }
    const profit = premium.minus(claims).minus(charged).minus(opCost);
    if (!opCost.isZero()) line('operating-cost', L('运营成本', 'Operating cost'), opCost);
    line('profit', L('盈利（保费−赔付−列支费用）', 'Profit (premium − claims − charges)'), profit);
    const most = premium.times(rate).toDecimalPlaces(2);
    line('max-profit', L(`盈利上限（保费×${new Decimal(rate).times(100)}%）`, `Profit cap (premium × ${new Decimal(rate).times(100)}%)`), most, cap);
    if (profit.greaterThan(most)) {
      returned = profit.minus(most);
      insurer = most;
      line('returned', L('超出部分返还基本医疗保险统筹基金', 'Excess returned to the basic fund'), returned, cap);
    } else insurer = profit;
    if (profit.isNegative()) {
      lossInsurer = profit.negated();
      line('loss-insurer', L('亏损由承办机构自负', 'Loss borne by the insurer'), lossInsurer, cap);
    }
    if (!expert.minus(charged).isZero()) {
      warnings.push({ code: 'expert-over-cap', zh: '专家审核费用超出保费 2% 的部分不能在保费中列支，由承办机构承担。', en: 'Expert-review spending above 2% of premium cannot be charged to the premium: the insurer bears it.' });
      insurer = insurer.minus(expert.minus(charged));
    }
  } else {
    issues.push(issue('region', 'no-contract-terms', `${city.document.no}没有规定承办合同的结算办法。`, `${city.document.no} sets out no contract settlement.`));
    throw new DbbxInputError(issues);
  }
  if (issues.length) throw new DbbxInputError(issues);

  // Checks against the documents' financing limits.
  const ceiling = fact('premium-ceiling');
  // The ceiling is per person: with a total premium and the number insured, the premium per person is their
  // quotient (issue 10: it was checked only when given per person).
  const each = perPerson ?? (insured ? premium.dividedBy(insured) : null);
  if (ceiling && ceiling.value !== null && each && each.greaterThan(ceiling.value)) {
    const shown = each.decimalPlaces() <= 2 ? money(each) : each.toDecimalPlaces(6).toString();
    const how = perPerson ? { zh: '', en: '' } : { zh: `（保费总额 ${money(premium)} 元 ÷ 参保人数 ${insured}）`, en: ` (total ${money(premium)} ÷ ${insured} insured)` };
    warnings.push({
      code: 'premium-above-ceiling',
      zh: `人均保费 ${shown} 元${how.zh}超过文件规定的 ${ceiling.value} 元（${ceiling.citation.document} ${ceiling.citation.clause}）。`,
      en: `The premium per person, ${shown}${how.en}, is above the document's ${ceiling.value} yuan ` +
        `(${ceiling.citation.document} ${ceiling.citation.clause}).`,
    });
  }
  const shareMax = fact('fund-share-ceiling');
  const share = fact('fund-share');
  if (fundIncome && fundIncome.greaterThan(0)) {
    const ratio = premium.dividedBy(fundIncome);
    lines.push({ key: 'fund-share', label: L('保费占基本医保基金收入比例', 'Premium as a share of basic fund income'), amount: ratio.toFixed(4), ...(share ? { citation: cite(share.citation) } : {}) });
    if (shareMax && shareMax.value !== null && ratio.greaterThan(shareMax.value)) {
      warnings.push({ code: 'fund-share-above', zh: `保费占基金收入 ${ratio.times(100).toFixed(2)}%，超过上限 ${new Decimal(shareMax.value).times(100)}%。`, en: `Premium is ${ratio.times(100).toFixed(2)}% of fund income, above the ${new Decimal(shareMax.value).times(100)}% ceiling.` });
    }
  }

  const quarterly = fact('quarterly-transfer');
  let schedule: TransferLine[] | null = null;
  if (quarterly && quarterly.value !== null) {
    // In the year a scheme starts, only the quarters from its start are transferred, and the premium given is
    // for the months it ran (Jiangyin 2020: from 07-01, "2020年按实际运行时间6个月确定筹资额"): each transfer is
    // a full year's quarterly share, so its share of that premium is 24% × 4 ÷ the quarters run.
    const startMonth = date.slice(0, 4) === city.effectiveFrom.date.slice(0, 4) ? Number(city.effectiveFrom.date.slice(5, 7)) : 1;
    const quarters = [0, 1, 2, 3].filter((i) => i * 3 + 1 >= startMonth);
    const share = new Decimal(quarterly.value).times(4).dividedBy(quarters.length);
    const amountEach = premium.times(share).toDecimalPlaces(2);
    const q = ['一', '二', '三', '四'];
    schedule = quarters.map((i) => ({
      label: L(`第${q[i]}季度第一个月`, `First month of Q${i + 1}`),
      share: share.toString(), amount: money(amountEach), citation: cite(quarterly.citation),
    }));
    const rest = premium.minus(amountEach.times(quarters.length));
    schedule.push({ label: L('余额，年度结算时', 'Remainder, at year-end settlement'), share: new Decimal(1).minus(share.times(quarters.length)).toString(), amount: money(rest), citation: cite(quarterly.citation) });
    if (quarters.length < 4) {
      warnings.push({
        code: 'part-year-schedule',
        zh: `${city.document.no}自 ${city.effectiveFrom.date} 起实施：${date.slice(0, 4)} 年只列实施后的 ${quarters.length} 个季度划转；` +
          `保费应为实际运行月份的筹资额，每次划转按全年筹资标准的 ${new Decimal(quarterly.value).times(100)}% 计（即本次保费的 ${share.times(100)}%）。`,
        en: `${city.document.no} starts on ${city.effectiveFrom.date}: ${date.slice(0, 4)} ` +
          `lists the ${quarters.length} quarters after the start only; ` +
          `the premium should be the funding for the months run, and each transfer is ` +
          `${new Decimal(quarterly.value).times(100)}% of a full year's (${share.times(100)}% of this premium).`,
      });
    }
  }

  return {
    policy: policyRef(city),
    premium: money(premium),
    claims: money(claims),
    lines,
    insurerResult: money(insurer),
    returnedToFund: money(returned),
    carriedToNextYear: money(carried),
    lossBorneByInsurer: money(lossInsurer),
    lossBorneByFund: money(lossFund),
    lossUnallocated: money(lossOpen),
    schedule,
    warnings,
  };
}
