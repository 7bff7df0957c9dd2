// The burden bands (one expression per band, four people per turn of the batch loop) must give exactly the
// engine's figure to the 分: at every cut point ±1 分, over random populations of every length (so both the
// four-at-a-time loop and the one-by-one tail run), with junk anywhere, and for a rule with more cut points
// than the loop compares at once.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calculate, projectFund, registerPolicy, resetPolicies, BUILT_IN_POLICIES, type PolicyInput } from '../../src/engine/index.js';
import { compileRule, cutPoints } from '../../src/fund/compile.js';
import { DbbxInputError } from '../../src/engine/errors.js';
import { situations, engineFen, cuts, nearCuts, burdenOf, yuan } from './compile-bands-helpers.js';

describe('burden bands', () => {
  it('cut a payout cap where it starts to bite: the burden one 分 past the cut pays the cap, the cut itself does not', () => {
    // 潮府办〔2012〕90号 二（三）: 10,000 + (b − 30,000) × 60% reaches the 100,000 cap at b = 180,000.00;
    // 180,000.01 → 90,000.006 → 90,000.01 + 10,000 > 100,000. The cut is 180,000.00 (18,000,000 分).
    const c = compileRule('445100', '2017-06-01', 'resident', 'general');
    expect(cuts(c)).to.deep.equal([1_000_000, 3_000_000, 18_000_000]);
    expect(c.ytdFen(18_000_000)).to.equal(10_000_000);
    expect(c.capApplied(18_000_000)).to.equal(false);
    expect(c.capApplied(18_000_001)).to.equal(true);
    // Ningbo's expense limit 500,000 is a cut: past it the payout stays 282,500.00 (甬政办发〔2013〕268号 五).
    const n = compileRule('330200', '2015-06-01', 'resident', 'general');
    expect(cuts(n)).to.deep.equal([2_000_000, 5_000_000, 10_000_000, 50_000_000]);
  });

  it('the built-in situations run every loop: one, two, three and four cut points, with and without other costs', () => {
    // The loops come per number of cut points (compile.ts, cutPoints); the equality tests here and in
    // project-bands.test.ts reach each one only through a situation that has that many.
    const seen = new Set(situations.map((s) => `${cutPoints(compileRule(s.region, s.date, s.scheme, s.group).data!)}${s.other ? '+other' : ''}`));
    expect([...seen].sort()).to.deep.equal(['1+other', '2', '3', '4']);
  });

  it('the batch equals the engine at every cut point ±1 分, for every situation, every length mod 4', () => {
    let checked = 0;
    for (const s of situations) {
      const c = compileRule(s.region, s.date, s.scheme, s.group);
      const near = nearCuts(c);
      // Rotated so each point meets every position within a turn of four, and one short of a multiple of four.
      for (let shift = 0; shift < 4; shift++) {
        const burden = Float64Array.from({ length: near.length + shift }, (_, i) => near[(i + shift) % near.length]!);
        const other = Float64Array.from(burden, (b, i) => (i % 3 === 0 ? b : Math.floor(b / 7)));
        const out = new Float64Array(burden.length);
        c.payoutsFen(burden, out, s.other ? other : undefined);
        burden.forEach((b, i) => {
          expect(out[i], `${JSON.stringify(s)} at ${b}`).to.equal(engineFen(s, b, s.other ? other[i]! : 0));
          checked++;
        });
      }
    }
    expect(checked).to.be.greaterThan(1000);
  });

  it('the batch equals the engine person by person over random populations', function () {
    this.timeout(120000);
    const rules = situations.map((s) => compileRule(s.region, s.date, s.scheme, s.group));
    fc.assert(fc.property(fc.integer({ min: 0, max: situations.length - 1 }).chain((k) => fc.tuple(
      fc.constant(k),
      fc.array(fc.tuple(burdenOf(nearCuts(rules[k]!)), fc.integer({ min: 0, max: 10_000_000_000 })), { minLength: 0, maxLength: 23 }),
    )), ([k, people]) => {
      const s = situations[k]!;
      const out = new Float64Array(people.length);
      rules[k]!.payoutsFen(people.map((p) => p[0]), out, s.other ? people.map((p) => p[1]) : undefined);
      people.forEach(([b, o], i) => expect(out[i], `${JSON.stringify(s)} at ${b}, ${o}`).to.equal(engineFen(s, b, s.other ? o : 0)));
    }), { numRuns: 400 });
  });

  it('refuses junk anywhere by its index: everyone before it is paid, no one after it is written', () => {
    const junk = [NaN, -1, 0.5, 10_000_000_001, 2 ** 53 + 2, Infinity, -Infinity, '100', undefined, null, {}] as unknown as number[];
    fc.assert(fc.property(
      fc.integer({ min: 0, max: situations.length - 1 }), fc.integer({ min: 1, max: 13 }), fc.nat(), fc.constantFrom(...junk), fc.boolean(),
      (k, n, at, bad, inOther) => {
        const s = situations[k]!;
        const c = compileRule(s.region, s.date, s.scheme, s.group);
        const i = at % n;
        const burden: number[] = Array.from({ length: n }, (_, j) => 1_000_000 * (j + 1) + j);
        const other: number[] = burden.map((b) => Math.floor(b / 2));
        const hitOther = inOther && !!s.other;
        (hitOther ? other : burden)[i] = bad;
        const out = new Float64Array(n).fill(-7);
        try {
          c.payoutsFen(burden, out, s.other ? other : undefined);
          expect.fail('should refuse');
        } catch (e) {
          expect(e).to.be.instanceOf(DbbxInputError);
          expect((e as DbbxInputError).issues.map((x) => `${x.field}:${x.code}`)).to.deep.equal([`${hitOther ? 'otherFen' : 'burdenFen'}[${i}]:bad-fen`]);
        }
        for (let j = 0; j < i; j++) expect(out[j]).to.equal(engineFen(s, burden[j]!, s.other ? other[j]! : 0));
        for (let j = i; j < n; j++) expect(out[j]).to.equal(-7);
      }), { numRuns: 300 });
  });

  it('runs the decimal.js steps for a ratio whose band expression could pass 2^53 (the bound is checked)', () => {
    // Jiangyin with its first band at 0.123457: the common denominator becomes 2 × 10^6, so the 80% band's
    // A = 1,600,000 and 1亿元 × A = 1.6 × 10^16 > 2^53. The old per-tier form would have fit; the bands do not.
    const c = compileRule('320281', '2021-06-01', 'resident', 'general', { ratios: ['0.123457'] });
    expect(c.integer).to.equal(false);
    const s = { region: '320281', date: '2021-06-01', scheme: 'resident' as const, group: 'general' as const };
    // calculate() has no what-if edits: the same figure worked from its rows, (100,000 − 18,000) × 0.123457 =
    // 10,123.474 → 10,123.47, plus the 80% band as the engine pays it (its row is the published one).
    for (const b of [10_000_000_000, 9_999_999_999, 7_777_777_777, 123_456_789, 10_000_001]) {
      const published = calculate({ ...s, selfPaid: yuan(b) }).tiers.filter((t) => t.kind === 'tier');
      const expected = 1_012_347 + Number(published[1]!.amount.replace('.', ''));
      expect(c.ytdFen(b), `at ${b}`).to.equal(expected);
    }
    // Five decimals still fit (2 × 10^5: 1亿元 × 1,600,000 / 10 = 1.6 × 10^15) and stay on integers.
    expect(compileRule('320281', '2021-06-01', 'resident', 'general', { ratios: ['0.12346'] }).integer).to.equal(true);
  });
});

describe('burden bands: a rule with more cut points than the loop compares at once', () => {
  afterEach(() => resetPolicies());

  it('pays as the engine does, one by one past the fourth cut', function () {
    this.timeout(60000);
    // An operator's Ningbo version with six tiers (test data, not a published rule): threshold, five more
    // tier starts and the expense limit are seven cut points.
    const v = JSON.parse(JSON.stringify(BUILT_IN_POLICIES[0])) as PolicyInput & { kind: 'city' };
    v.id = 'ningbo-operator-six-tiers';
    v.effectiveFrom = { date: '2020-01-01', citation: { document: '运营方测试数据', clause: '1', quote: '测试' } };
    const cite = v.schemes.resident!.tiers[0]!.citation;
    const six: [string, string | null, string][] = [
      ['20000', '30000', '0.5'], ['30000', '40000', '0.52'], ['40000', '50000', '0.53'],
      ['50000', '100000', '0.55'], ['100000', '200000', '0.6'], ['200000', null, '0.65'],
    ];
    v.schemes.resident!.tiers = six.map(([from, to, ratio]) => ({ from, to, ratio, citation: cite }));
    registerPolicy(v);
    const s = { region: '330200', date: '2021-06-01', scheme: 'resident' as const, group: 'general' as const };
    const c = compileRule(s.region, s.date, s.scheme, s.group);
    expect(c.integer).to.equal(true);
    expect(cuts(c)).to.have.length(7);
    const near = nearCuts(c);
    const burden = Float64Array.from({ length: near.length * 2 }, (_, i) => (i < near.length ? near[i]! : (i * 7_919_317) % 60_000_001));
    const out = new Float64Array(burden.length);
    c.payoutsFen(burden, out);
    burden.forEach((b, i) => {
      expect(out[i], `at ${b}`).to.equal(engineFen(s, b));
      expect(c.ytdFen(b), `at ${b}`).to.equal(out[i]);
    });
    // projectFund takes the same one-by-one path: its total is the sum of those payouts, each tier's the sum
    // of the engine's rows.
    const r = projectFund({ ...s, premiumPerPerson: '50', population: { burdenFen: burden } }).published;
    const total = out.reduce((a, v) => a + BigInt(v), 0n);
    expect(r.totalPayout).to.equal(`${total / 100n}.${String(total % 100n).padStart(2, '0')}`);
    const rows = new Float64Array(6);
    const tiers = [0n, 0n, 0n, 0n, 0n, 0n];
    burden.forEach((b) => { c.ytdRowsFen(b, rows); rows.forEach((v, t) => { tiers[t]! += BigInt(v); }); });
    expect(r.byTier).to.deep.equal(tiers.map((t) => `${t / 100n}.${String(t % 100n).padStart(2, '0')}`));
  });
});
