// What a shape cannot say about policy data, without zod: checks on one policy (bands that join up, a cap the
// bands can reach, figures no finer than the documents write them) and on the set it joins (two versions of
// one region on the same day, overlapping versions). registerPolicy, `dbbx lint` and the built-in data test
// all run these, so an operator's file is refused for the same reasons everywhere.
import { Decimal } from '../engine/decimal.js';
import type { PolicyProblem } from '../engine/errors.js';
import { isIsoDate } from '../engine/dates.js';
import type { CapData, GroupRule, PolicyData } from './schema.js';

/**
 * Ratios carry at most 4 decimals. The documents write whole percentages (50%, 55%, 5%: two decimals);
 * four allow a tender's 62.25% and still keep every row exact on the compiled integer path (2 × 1亿元 in 分
 * × 10^4 < 2^53). A 60-digit ratio looks exact but pays 0.01 where the document's answer is 0.00.
 */
export const RATIO_PLACES = 4;
/** Amounts go to the 分: a third decimal is displayed rounded and the rows no longer add up. */
export const MONEY_PLACES = 2;

const places = (s: string) => (s.split('.')[1] ?? '').length;

/** Own `__proto__` keys (JSON.parse makes them; zod's records drop them silently), anywhere in the data. */
export function protoProblems(data: unknown): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        const p = path ? `${path}.${k}` : k;
        if (k === '__proto__') {
          out.push({ path: p, zh: '不允许使用键名 __proto__（会被静默丢弃）；请写人群代码，例如 subsistence。', en: 'the key __proto__ is not allowed (it would be dropped silently); write a group code such as subsistence.' });
        } else walk((v as Record<string, unknown>)[k], p);
      }
    }
  };
  walk(data, '');
  return out;
}

export function semanticProblems(p: PolicyData): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const add = (path: string, zh: string, en: string) => out.push({ path, zh, en });
  const ratioOk = (path: string, r: string) => {
    if (new Decimal(r).greaterThan(1)) add(path, '比例不能超过 1（100%）。', 'a ratio cannot exceed 1 (100%).');
  };

  if (!isIsoDate(p.effectiveFrom.date)) add('effectiveFrom.date', '不是真实的日期。', 'is not a real date.');
  if (!isIsoDate(p.confirmedThrough.date)) add('confirmedThrough.date', '不是真实的日期。', 'is not a real date.');
  if (p.effectiveTo) {
    if (!isIsoDate(p.effectiveTo.date)) add('effectiveTo.date', '不是真实的日期。', 'is not a real date.');
    else if (p.effectiveTo.date < p.effectiveFrom.date) {
      add('effectiveTo.date', '早于生效日期。', 'is before effectiveFrom.');
    }
  }
  p.financing.forEach((f, i) => {
    if (f.value === null) return;
    const money = f.unit === 'yuan' || f.unit === 'yuan-per-person-year';
    if (money && places(f.value) > MONEY_PLACES) {
      add(`financing[${i}].value`, '金额最多两位小数（精确到分）。', 'an amount has at most two decimals (to the fen).');
    } else if (!money && places(f.value) > RATIO_PLACES) {
      add(`financing[${i}].value`, `比例最多 ${RATIO_PLACES} 位小数。`, `a ratio has at most ${RATIO_PLACES} decimals.`);
    }
  });

  const checkGroups = (base: string, groups: Partial<Record<string, GroupRule>> | undefined) => {
    for (const [g, rule] of Object.entries(groups ?? {})) {
      if (!rule) continue;
      if (rule.threshold && new Decimal(rule.threshold.reduceBy).greaterThan(1)) {
        add(`${base}.${g}.threshold.reduceBy`, '降低比例不能超过 1（100%）。', 'a reduction cannot exceed 1 (100%).');
      }
      if (rule.ratio && 'atLeast' in rule.ratio) ratioOk(`${base}.${g}.ratio.atLeast`, rule.ratio.atLeast);
      if (rule.ratio && 'add' in rule.ratio) ratioOk(`${base}.${g}.ratio.add`, rule.ratio.add);
    }
  };

  if (p.kind === 'overlay') {
    checkGroups('groups', p.groups);
    return out;
  }

  const schemes = Object.entries(p.schemes).filter(([, r]) => r);
  if (schemes.length === 0) add('schemes', '至少要有一个险种（resident 或 employee）。', 'needs at least one scheme (resident or employee).');
  for (const [scheme, rule] of schemes) {
    if (!rule) continue;
    const base = `schemes.${scheme}`;
    const tiers = rule.tiers;
    if (tiers[0] && tiers[0].from !== rule.threshold.amount && !new Decimal(tiers[0].from).equals(rule.threshold.amount)) {
      add(`${base}.tiers[0].from`, '第一个报销段应从起付标准开始。', 'the first tier should start at the threshold.');
    }
    tiers.forEach((t, i) => {
      ratioOk(`${base}.tiers[${i}].ratio`, t.ratio);
      if (t.to !== null && !new Decimal(t.to).greaterThan(t.from)) {
        add(`${base}.tiers[${i}].to`, '报销段上限应大于下限。', 'a tier must end above where it starts.');
      }
      const next = tiers[i + 1];
      if (next) {
        if (t.to === null) add(`${base}.tiers[${i}].to`, '只有最后一个报销段可以没有上限。', 'only the last tier may be open-ended.');
        else if (!new Decimal(next.from).equals(t.to)) {
          add(`${base}.tiers[${i + 1}].from`, '报销段应首尾相接（上一段的上限）。', 'tiers must be contiguous (start where the previous one ends).');
        }
      }
    });
    const last = tiers.length - 1;
    const lastTo = tiers[last]?.to ?? null;
    // The bands must reach as far as the cap lets the burden count, or what lies above is silently unpaid.
    const capReach = (cap: CapData, path: string) => {
      if (lastTo === null) return;
      if (cap.kind === 'expense' && cap.amount !== null && !new Decimal(lastTo).lessThan(cap.amount)) return;
      const to = new Decimal(lastTo).toFixed(2);
      const how = cap.kind === 'expense' && cap.amount !== null
        ? { zh: `合规费用限额为 ${new Decimal(cap.amount).toFixed(2)} 元`, en: `the expense limit is ${new Decimal(cap.amount).toFixed(2)} yuan` }
        : cap.kind === 'none'
          ? { zh: '封顶方式为 none（不设封顶）', en: 'the cap is kind none (no cap)' }
          : { zh: `封顶方式为 ${cap.kind}`, en: `the cap is of kind ${cap.kind}` };
      add(`${base}.tiers[${last}].to`,
        `最后一个报销段止于 ${to} 元，而${how.zh}${path ? `（${path}）` : ''}：超过 ${to} 元的负担将不予支付，且没有任何说明。最后一段请写 "to": null；如文件规定了合规费用限额，请用 kind 为 expense 的封顶线表达。`,
        `the last band ends at ${to} yuan but ${how.en}${path ? ` (${path})` : ''}: the burden above ${to} would go unpaid without a word. Write "to": null on the last band; a limit on the expenses counted is a cap of kind expense.`);
    };
    // An expense limit at or below the threshold pays everyone 0.
    const capAboveThreshold = (cap: CapData, path: string) => {
      if (cap.kind !== 'expense' || cap.amount === null) return;
      if (new Decimal(cap.amount).greaterThan(rule.threshold.amount)) return;
      const limit = new Decimal(cap.amount).toFixed(2);
      const threshold = new Decimal(rule.threshold.amount).toFixed(2);
      add(`${path}.amount`,
        `合规费用限额 ${limit} 元不高于起付标准 ${threshold} 元：所有人都将支付 0 元。`,
        `the expense limit of ${limit} yuan is not above the threshold of ${threshold} yuan: everyone would be paid 0.`);
    };
    capReach(rule.cap, '');
    capAboveThreshold(rule.cap, `${base}.cap`);
    for (const [g, gr] of Object.entries(rule.groups ?? {})) {
      if (!gr?.cap) continue;
      capReach(gr.cap, `${base}.groups.${g}.cap`);
      capAboveThreshold(gr.cap, `${base}.groups.${g}.cap`);
    }
    checkGroups(`${base}.groups`, rule.groups);
    if (rule.otherSelfPaid) ratioOk(`${base}.otherSelfPaid.ratio`, rule.otherSelfPaid.ratio);
  }
  return out;
}

/**
 * Problems of `p` joining `set` (the registry, or the files linted before it): a version with another id
 * that starts the same day as one already there would silently displace it (or be displaced), and a version
 * whose dates overlap another's leaves two rules in force. A version with the same id replaces its namesake
 * and is not compared with it. An open-ended version (effectiveTo null) is followed by a later one: that is
 * succession, not overlap.
 */
export function setProblems(p: PolicyData, set: readonly PolicyData[], builtInIds: ReadonlySet<string> = new Set()): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const name = (q: PolicyData) => `${q.id}（${q.document.no}${builtInIds.has(q.id) ? '，内置' : ''}）`;
  const nameEn = (q: PolicyData) => `${q.id} (${q.document.no}${builtInIds.has(q.id) ? ', built in' : ''})`;
  for (const q of set) {
    if (q.id === p.id || q.kind !== p.kind || q.region.code !== p.region.code) continue;
    if (q.effectiveFrom.date === p.effectiveFrom.date) {
      out.push({
        path: 'effectiveFrom.date',
        zh: `与已登记的版本 ${name(q)} 同一天（${q.effectiveFrom.date}）生效，会悄悄取代它或被它取代。要替换该版本，请使用相同的 id "${q.id}"；否则请写明新版本自己的生效日期。`,
        en: `starts on the same day (${q.effectiveFrom.date}) as the registered version ${nameEn(q)}, ` +
          `and would silently displace it or be displaced. ` +
          `To replace that version use the same id "${q.id}"; otherwise give the new version its own start date.`,
      });
      continue;
    }
    const [early, late, path] = q.effectiveFrom.date < p.effectiveFrom.date
      ? [q, p, 'effectiveFrom.date'] : [p, q, 'effectiveTo.date'];
    if (early.effectiveTo !== null && early.effectiveTo.date >= late.effectiveFrom.date) {
      out.push({
        path,
        zh: `与已登记的版本 ${name(q)}（${q.effectiveFrom.date}–${q.effectiveTo?.date ?? ''}）的有效期重叠：同一地区同一天只能有一个版本。`,
        en: `overlaps the registered version ${nameEn(q)} (${q.effectiveFrom.date}–${q.effectiveTo?.date ?? ''}): one region can have one version in force on a day.`,
      });
    }
  }
  return out;
}
