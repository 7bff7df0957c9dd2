// Settling an insurer's 大病保险 contract for a year, as each document sets it out: what the insurer keeps,
// what goes back to the fund or to next year's premium, who bears a loss, and (Jiangyin) when the premium is
// transferred. Each line cites its clause; a term the document leaves to the tender must be supplied.
import { Decimal, ZERO, money, type Decimal as D } from '../engine/decimal.js';
import { parseAmountField, isBlank } from '../engine/amount.js';
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { findVersion, overlaysFor, policyRef, cite } from '../engine/resolve.js';
import { isIsoDate } from '../engine/dates.js';
import type { Amount, Bilingual, Citation, Notice, PolicyRef, Scheme } from '../engine/types.js';
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

export function settleContract(req: SettlementRequest): SettlementResult {
  const issues: InputIssue[] = [];
  const amount = (v: unknown, field: string, label: Bilingual, optional = true): D | null => {
    if (optional && isBlank(v)) return null;
    const r = parseAmountField(v, field, label, null);
    if (!r.ok) { issues.push(r.issue); return null; }
    return r.value;
  };
  if (!isIsoDate(req.date)) issues.push(issue('date', 'bad-date', `日期“${String(req.date)}”不是有效日期。`, `"${String(req.date)}" is not a valid date.`));
  const city = isIsoDate(req.date) ? findVersion(req.region, req.date) : null;
  if (city && 'field' in city) issues.push(city);

  let premium = amount(req.premium, 'premium', L('保费总额', 'Total premium'));
  const perPerson = amount(req.premiumPerPerson, 'premiumPerPerson', L('人均保费', 'Premium per person'));
  if (!premium) {
    if (perPerson && Number.isInteger(req.insured) && req.insured! > 0) premium = perPerson.times(req.insured!);
    else if (isBlank(req.premium)) {
      issues.push(issue('premium', 'required', '请填写保费总额，或参保人数和人均保费。', 'Give the total premium, or the insured count and premium per person.'));
    }
  }
  const claims = amount(req.claimsPaid, 'claimsPaid', L('赔付支出', 'Claims paid'), false);
  const opCost = amount(req.operatingCost, 'operatingCost', L('运营成本', 'Operating cost')) ?? ZERO;
  const expert = amount(req.expertReview, 'expertReview', L('专家审核费用', 'Expert-review spending')) ?? ZERO;
  const policyLoss = amount(req.policyLoss, 'policyLoss', L('政策性亏损', 'Policy-caused loss')) ?? ZERO;
  const fundIncome = amount(req.fundIncome, 'fundIncome', L('基本医保基金收入', 'Basic fund income'));
  if (issues.length || !city || 'field' in city || !premium || !claims) throw new DbbxInputError(issues);

  const scheme: Scheme = req.scheme ?? (city.schemes.resident ? 'resident' : 'employee');
  const overlays = overlaysFor(city, scheme, req.date);
  const facts: FinancingFact[] = [...city.financing, ...overlays.flatMap((o) => o.financing)];
  const fact = (key: FinancingFact['key']) => facts.find((f) => f.key === key && (!f.scheme || f.scheme === scheme));
  const lines: SettlementLine[] = [];
  const warnings: Notice[] = [];
  const line = (key: string, label: Bilingual, v: D, f?: FinancingFact) =>
    lines.push({ key, label, amount: money(v), ...(f ? { citation: cite(f.citation) } : {}) });
  const tender = (field: string, f: FinancingFact) => issues.push(issue(field, 'tender-term',
    `${f.label.zh}由招标（合同）确定，文件未公布，须填写合同约定的数额（${f.citation.document} ${f.citation.clause}）。`,
    `${f.label.en} is set by the tender (contract) and not published: give the contract's figure (${f.citation.document} ${f.citation.clause}).`));

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
      if (req.terms?.excessTo === 'next-year') carried = excess; else returned = excess;
      line(req.terms?.excessTo === 'next-year' ? 'carried' : 'returned',
        req.terms?.excessTo === 'next-year' ? L('超出部分冲抵下一年度保费', 'Excess set against next year\'s premium') : L('超出部分返还投保单位', 'Excess refunded to the buyer'), excess, capIncl);
      insurer = most;
    } else insurer = diff;
    if (diff.isNegative()) { lossInsurer = diff.negated(); line('loss-insurer', L('理赔超出保费，由保险机构承担', 'Claims above premium, borne by the insurer'), lossInsurer, capIncl); }
    insurer = insurer.minus(opCost);
    if (!opCost.isZero()) line('operating-cost', L('运营成本（含在最高盈利内）', 'Operating cost (inside the maximum profit)'), opCost);
  } else if (band) {
    // 江阴 二（六）: result = premium − claims; surplus within the tendered amount is the insurer's; policy losses
    // are made good by the fund; non-policy losses within the tendered amount are the insurer's.
    const loss = fact('loss-band');
    const profitBand = amount(req.terms?.profitBand, 'terms.profitBand', L('盈余额度', 'Surplus band'));
    const lossBand = amount(req.terms?.lossBand, 'terms.lossBand', L('亏损额度', 'Loss band'));
    if (band.value === null && !profitBand) tender('terms.profitBand', band);
    if (loss && loss.value === null && !lossBand) tender('terms.lossBand', loss);
    if (issues.length) throw new DbbxInputError(issues);
    const keepUpTo = profitBand ?? new Decimal(band.value!);
    const bearUpTo = lossBand ?? new Decimal(loss!.value!);
    const result = premium.minus(claims);
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
      if (req.terms?.profitCap && /^0?\.\d+$|^0$/.test(req.terms.profitCap)) rate = req.terms.profitCap;
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
  if (ceiling && ceiling.value !== null && perPerson && perPerson.greaterThan(ceiling.value)) {
    warnings.push({ code: 'premium-above-ceiling', zh: `人均保费 ${money(perPerson)} 元超过文件规定的 ${ceiling.value} 元。`, en: `The premium per person, ${money(perPerson)}, is above the document's ${ceiling.value} yuan.` });
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
    const each = premium.times(quarterly.value).toDecimalPlaces(2);
    const q = ['一', '二', '三', '四'];
    schedule = q.map((n, i) => ({
      label: L(`第${n}季度第一个月`, `First month of Q${i + 1}`), share: quarterly.value!, amount: money(each), citation: cite(quarterly.citation),
    }));
    const rest = premium.minus(each.times(4));
    schedule.push({ label: L('余额，年度结算时', 'Remainder, at year-end settlement'), share: new Decimal(1).minus(new Decimal(quarterly.value).times(4)).toString(), amount: money(rest), citation: cite(quarterly.citation) });
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
