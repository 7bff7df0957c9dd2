// Issue 10: what registerPolicy accepted and would mis-pay or mis-show, tried as an operator would. Each case
// is refused by registerPolicy (DbbxPolicyError) with its path, in both languages.
import { expect } from '@open-wc/testing';
import {
  BUILT_IN_POLICIES, registerPolicy, resetPolicies, calculate, lintPolicies, checkPolicy, DbbxPolicyError,
  policiesVersion, subscribePolicies, registerPolicies, whenPoliciesLoaded, listPolicies,
  type PolicyInput,
} from '../../src/engine/index.js';

type City = PolicyInput & { kind: 'city' };
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const ningbo = () => clone(BUILT_IN_POLICIES[0]) as City;
const chaozhou = () => clone(BUILT_IN_POLICIES[4]) as City;
const cite = { document: '运营方测试数据', clause: '一', quote: '测试' };

/** A fictional operator version of Ningbo from 2024, valid on its own. */
function operatorNingbo(): City {
  const v = ningbo();
  v.id = 'ningbo-operator-2024';
  v.effectiveFrom = { date: '2024-01-01', citation: cite };
  v.confirmedThrough = { date: '2024-12-31', note: { zh: '测试', en: 'test' } };
  return v;
}

function refused(data: unknown): { path: string; zh: string; en: string }[] {
  try { registerPolicy(data); } catch (e) {
    expect(e).to.be.instanceOf(DbbxPolicyError);
    return (e as DbbxPolicyError).problems;
  }
  expect.fail('registerPolicy should have refused this data');
  return [];
}

describe('registerPolicy refuses what would mis-pay or mis-show', () => {
  afterEach(() => resetPolicies());

  it('tells pickers how far each version is confirmed', () => {
    expect(listPolicies().find((p) => p.region === '330200')!.versions[0]!.confirmedThrough).to.equal('2017-08-31');
  });

  it('validates every built-in against the schema and the checks (instead of at module load)', () => {
    expect(lintPolicies(BUILT_IN_POLICIES, []).map((r) => [r.id, r.problems])).to.deep.equal(
      BUILT_IN_POLICIES.map((p) => [p.id, []]));
  });

  it('a closed last band with cap none (the burden above it silently unpaid)', () => {
    const v = operatorNingbo();
    v.schemes.resident!.tiers[2]!.to = '200000';
    v.schemes.resident!.cap = { kind: 'none', citation: cite };
    const [p] = refused(v);
    expect(p!.path).to.equal('schemes.resident.tiers[2].to');
    expect(p!.zh).to.contain('超过 200000.00 元的负担将不予支付');
    expect(p!.en).to.contain('would go unpaid');
  });

  it('an expense cap below the threshold (everyone paid 0)', () => {
    const v = operatorNingbo();
    v.schemes.resident!.cap = { kind: 'expense', amount: '15000', citation: cite };
    const problems = refused(v);
    expect(problems.map((p) => p.path)).to.deep.equal(['schemes.resident.cap.amount']);
    expect(problems[0]!.zh).to.contain('所有人都将支付 0 元');
  });

  it('sub-分 amounts such as 20000.005', () => {
    const v = operatorNingbo();
    v.schemes.resident!.threshold.amount = '20000.005';
    v.schemes.resident!.tiers[0]!.from = '20000.005';
    const problems = refused(v);
    expect(problems.map((p) => p.path)).to.deep.equal(['schemes.resident.threshold.amount', 'schemes.resident.tiers[0].from']);
    expect(problems[0]!.zh).to.contain('最多两位小数');
  });

  it('ratios with more digits than a document uses (a 60-digit ratio)', () => {
    const v = operatorNingbo();
    v.schemes.resident!.tiers[0]!.ratio = `0.${'5'.repeat(60)}`;
    v.schemes.resident!.tiers[1]!.ratio = '0.62251';
    const problems = refused(v);
    expect(problems.map((p) => p.path)).to.deep.equal(['schemes.resident.tiers[0].ratio', 'schemes.resident.tiers[1].ratio']);
    expect(problems[0]!.en).to.contain('at most four decimals');
    // Four decimals (a tendered 62.25%) are accepted.
    v.schemes.resident!.tiers[0]!.ratio = '0.6225';
    v.schemes.resident!.tiers[1]!.ratio = '0.55';
    expect(registerPolicy(v).id).to.equal('ningbo-operator-2024');
  });

  it('whitespace-only quotes', () => {
    const v = operatorNingbo();
    v.schemes.resident!.threshold.citation.quote = '   \n ';
    const [p] = refused(v);
    expect(p).to.deep.include({ path: 'schemes.resident.threshold.citation.quote' });
    expect(p!.zh).to.contain('只有空白');
  });

  it('a __proto__ key inside groups (dropped silently before)', () => {
    const text = JSON.stringify(chaozhou()).replace('"schemes":{"resident":{', '"schemes":{"resident":{"groups":{"__proto__":{"label":{"zh":"x","en":"x"},"citation":{"document":"d","clause":"c","quote":"q"}}},');
    const v = JSON.parse(text) as City;
    v.id = 'chaozhou-operator';
    v.effectiveFrom.date = '2025-01-01';
    const problems = refused(v);
    expect(problems.map((p) => p.path)).to.include('schemes.resident.groups.__proto__');
  });

  it('a new id starting the same day as a built-in of the region (it would displace it): says so', () => {
    const v = ningbo();
    v.id = 'ningbo-copy';
    const [p] = refused(v);
    expect(p!.path).to.equal('effectiveFrom.date');
    expect(p!.zh).to.contain('ningbo-2013-268（甬政办发〔2013〕268号，内置）').and.contain('请使用相同的 id "ningbo-2013-268"');
    expect(p!.en).to.contain('silently displace');
    // The same id replaces the built-in on purpose.
    const same = ningbo();
    same.confirmedThrough = { date: '2026-12-31', note: { zh: '运营方核对', en: 'checked by the operator' } };
    registerPolicy(same);
    expect(calculate({ region: '330200', date: '2026-06-01', scheme: 'resident', selfPaid: '50000' }).warningDetails).to.deep.equal([]);
  });

  it('versions of one region overlapping', () => {
    const a = operatorNingbo();
    a.effectiveTo = { date: '2025-06-30', citation: cite };
    registerPolicy(a);
    const b = operatorNingbo();
    b.id = 'ningbo-operator-2025';
    b.effectiveFrom = { date: '2025-01-01', citation: cite };
    const [p] = refused(b);
    expect(p!.path).to.equal('effectiveFrom.date');
    expect(p!.zh).to.contain('有效期重叠');
    // Starting the day after the earlier one ends is succession.
    b.effectiveFrom = { date: '2025-07-01', citation: cite };
    expect(registerPolicy(b).id).to.equal('ningbo-operator-2025');
  });

  it('lists every problem at once', () => {
    const v = operatorNingbo();
    v.schemes.resident!.threshold.amount = '20000.005';
    v.schemes.resident!.tiers[0]!.ratio = '0.500001';
    v.document.title = ' ';
    expect(checkPolicy(v).problems.map((p) => p.path)).to.deep.equal([
      'document.title', 'schemes.resident.threshold.amount', 'schemes.resident.tiers[0].ratio',
    ]);
  });
});

describe('the built-in data cannot be changed in place', () => {
  afterEach(() => resetPolicies());

  it('refuses to mutate BUILT_IN_POLICIES, so resetPolicies() always restores the documents', () => {
    const data = BUILT_IN_POLICIES[0] as City;
    expect(() => { data.schemes.resident!.threshold.amount = '1'; }).to.throw(TypeError);
    expect(() => { (BUILT_IN_POLICIES as unknown as unknown[]).pop(); }).to.throw(TypeError);
    resetPolicies();
    // 甬政办发〔2013〕268号 五: (50,000 − 20,000) × 50% = 15,000.00.
    expect(calculate({ region: '330200', date: '2015-06-01', scheme: 'resident', selfPaid: '50000' }).payout).to.equal('15000.00');
    // A structuredClone is the operator's own to edit.
    const copy = structuredClone(BUILT_IN_POLICIES[0]) as City;
    copy.schemes.resident!.threshold.amount = '25000';
    expect(copy.schemes.resident!.threshold.amount).to.equal('25000');
  });

  it('keeps a registered policy apart from the object it was made from', () => {
    const v = operatorNingbo();
    registerPolicy(v);
    v.schemes.resident!.tiers[0]!.ratio = '0.9';
    // (50,000 − 20,000) × 50% = 15,000.00 still.
    expect(calculate({ region: '330200', date: '2024-06-01', scheme: 'resident', selfPaid: '50000' }).payout).to.equal('15000.00');
  });
});

describe('an observable registry', () => {
  afterEach(() => resetPolicies());

  it('counts registrations and resets, and tells subscribers', () => {
    const seen: number[] = [];
    const stop = subscribePolicies((n) => seen.push(n));
    const v0 = policiesVersion();
    registerPolicy(operatorNingbo());
    resetPolicies();
    stop();
    registerPolicy(operatorNingbo());
    expect(seen).to.deep.equal([v0 + 1, v0 + 2]);
    expect(policiesVersion()).to.equal(v0 + 3);
  });

  it('registers a list all or nothing through the async path, with numbered paths', async () => {
    const good = operatorNingbo();
    const bad = chaozhou();
    bad.id = 'chaozhou-operator';
    bad.effectiveFrom.date = '2025-01-01';
    bad.schemes.employee!.tiers[0]!.ratio = '0.7000001';
    try {
      await registerPolicies([good, bad]);
      expect.fail('should refuse');
    } catch (e) {
      expect((e as DbbxPolicyError).problems.map((p) => p.path)).to.deep.equal(['[1].schemes.employee.tiers[0].ratio']);
    }
    expect(listPolicies().find((p) => p.region === '330200')!.versions.map((x) => x.id)).to.deep.equal(['ningbo-2013-268']);
    bad.schemes.employee!.tiers[0]!.ratio = '0.70';
    const done = registerPolicies([good, bad]);
    await whenPoliciesLoaded();
    expect((await done).map((p) => p.id)).to.deep.equal(['ningbo-operator-2024', 'chaozhou-operator']);
  });
});
