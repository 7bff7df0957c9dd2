// projectFund and the Projector on the burden bands: every figure equals the sum of calculate() person by person,
// for every built-in situation (groups mixed, Xinbei's other costs), in chunks of any size, with junk refused
// by its index, and exact past 2^53 分 of total payouts.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  projectFund, Projector, calculate, registerPolicy, resetPolicies, BUILT_IN_POLICIES, GROUPS, DbbxInputError,
  type Group, type PolicyInput, type Scheme,
} from '../../src/engine/index.js';
import { compileRule, cutPoints } from '../../src/fund/compile.js';
import { situations, nearCuts, burdenOf, yuan } from './compile-bands-helpers.js';

const fen = (s: string) => BigInt(s.replace('.', ''));
const text = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;

/** The figures a projection must show, worked person by person with calculate(). */
function expected(region: string, date: string, scheme: Scheme, people: { b: number; o: number; g: Group }[], other: boolean) {
  let total = 0n; let cut = 0n; let oth = 0n; let above = 0; let atCap = 0;
  const byTier: bigint[] = [];
  const payouts: number[] = [];
  for (const p of people) {
    const r = calculate({ region, date, scheme, group: p.g, selfPaid: yuan(p.b), ...(other ? { otherSelfPaid: yuan(p.o) } : {}) });
    total += fen(r.yearToDatePayout);
    payouts.push(Number(fen(r.yearToDatePayout)));
    r.tiers.filter((t) => t.kind === 'tier').forEach((t, k) => { byTier[k] = (byTier[k] ?? 0n) + fen(t.amount); });
    r.tiers.filter((t) => t.kind === 'cap').forEach((t) => { cut -= fen(t.amount); });
    // Other costs as paid: their row, less any yearly limit's row (projectFund's otherPayout).
    r.tiers.filter((t) => t.kind === 'other' || t.kind === 'other-cap').forEach((t) => { oth += fen(t.amount); });
    if (BigInt(p.b) > fen(r.threshold)) above++;
    if (r.cap.applied) atCap++;
  }
  return { total: text(total), capCut: text(cut), other: text(oth), byTier: byTier.map(text), above, atCap, payouts };
}

describe('projectFund on the burden bands', () => {
  it('every figure equals calculate() person by person, for every situation and random populations', function () {
    this.timeout(180000);
    const rules = situations.map((s) => compileRule(s.region, s.date, s.scheme, s.group));
    fc.assert(fc.property(fc.integer({ min: 0, max: situations.length - 1 }).chain((k) => fc.tuple(
      fc.constant(k),
      fc.array(fc.tuple(burdenOf(nearCuts(rules[k]!)), fc.integer({ min: 0, max: 10_000_000_000 })), { minLength: 1, maxLength: 21 }),
    )), ([k, rows]) => {
      const s = situations[k]!;
      const people = rows.map(([b, o]) => ({ b, o, g: s.group }));
      const want = expected(s.region, s.date, s.scheme, people, !!s.other);
      const population = {
        burdenFen: Float64Array.from(people, (p) => p.b), group: people.map(() => GROUPS.indexOf(s.group)),
        ...(s.other ? { otherFen: Float64Array.from(people, (p) => p.o) } : {}),
      };
      const r = projectFund({ region: s.region, date: s.date, scheme: s.scheme, premiumPerPerson: '50', population }).published;
      const what = JSON.stringify(s);
      expect(r.totalPayout, what).to.equal(want.total);
      expect(r.byTier, what).to.deep.equal(want.byTier);
      expect(r.capCut, what).to.equal(want.capCut);
      expect(r.otherPayout, what).to.equal(want.other);
      expect([r.peopleAboveThreshold, r.peopleAtCap, r.people], what).to.deep.equal([want.above, want.atCap, people.length]);
      // The Projector over the same people in chunks of 1 to 5, with each one's payout.
      const p = new Projector({ region: s.region, date: s.date, scheme: s.scheme, premiumPerPerson: '50', population });
      const payouts = new Float64Array(people.length);
      for (let i = 0, step = 1; i < people.length; i += step, step = step % 5 + 1) p.add(i, Math.min(people.length, i + step), payouts);
      expect([...payouts], what).to.deep.equal(want.payouts);
      expect(p.result(), what).to.deep.equal(r);
    }), { numRuns: 300 });
  });

  it('mixes groups (the Guangdong overlay beside general) and sums each group exactly', function () {
    this.timeout(120000);
    const region = '445100';
    const near = nearCuts(compileRule(region, '2017-06-01', 'resident', 'general'));
    const mixed = fc.array(fc.tuple(burdenOf(near), fc.integer({ min: 0, max: GROUPS.length - 1 })), { minLength: 1, maxLength: 30 });
    fc.assert(fc.property(mixed, (rows) => {
      const people = rows.map(([b, g]) => ({ b, o: 0, g: GROUPS[g]! }));
      const r = projectFund({
        region, date: '2017-06-01', scheme: 'resident', premiumPerPerson: '50',
        population: { burdenFen: people.map((p) => p.b), group: rows.map(([, g]) => g) },
      }).published;
      expect(r.totalPayout).to.equal(expected(region, '2017-06-01', 'resident', people, false).total);
      // A group the policy does not name (Chaozhou has no 医疗救助对象 rule) is paid, and counted, as general.
      const paidAs = (g: Group) => compileRule(region, '2017-06-01', 'resident', g).group;
      for (const g of GROUPS) {
        const mine = people.filter((p) => paidAs(p.g) === g);
        if (mine.length) expect(r.byGroup[g]!.payout, g).to.equal(expected(region, '2017-06-01', 'resident', mine, false).total);
      }
    }), { numRuns: 150 });
  });

  it('refuses junk anywhere in either column by its index, from projectFund and from the Projector', () => {
    const junk = [NaN, -1, 0.5, 10_000_000_001, 2 ** 53 + 2, Infinity, '100', undefined, null] as unknown as number[];
    fc.assert(fc.property(fc.integer({ min: 1, max: 13 }), fc.nat(), fc.constantFrom(...junk), fc.boolean(), fc.boolean(),
      (n, at, bad, inOther, typed) => {
        const i = at % n;
        const burden = Array.from({ length: n }, (_, j) => 100_000 * (j + 1) + j);
        const other = burden.map((b) => Math.floor(b / 2));
        (inOther ? other : burden)[i] = bad;
        const column = (xs: number[]) => (typed && typeof bad === 'number' ? Float64Array.from(xs) : xs);
        const req = {
          region: '320411', date: '2022-06-01', scheme: 'resident' as const, premiumPerPerson: '50',
          population: { burdenFen: column(burden), otherFen: column(other) },
        };
        const field = `population.${inOther ? 'otherFen' : 'burdenFen'}[${i}]:bad-fen`;
        for (const run of [() => projectFund(req), () => new Projector(req).add(0, n)]) {
          try { run(); expect.fail('should refuse'); } catch (e) {
            expect(e).to.be.instanceOf(DbbxInputError);
            expect((e as DbbxInputError).issues.map((x) => `${x.field}:${x.code}`)).to.deep.equal([field]);
          }
        }
      }), { numRuns: 200 });
  });

  it('refuses a bad amount at any place in a turn of eight people, on the loops for four, three and two cut points', () => {
    // Rules without other costs take eight people per turn, on a loop for their number of cut points (Ningbo 4,
    // Chaozhou 2017 resident 3, Jiangyin 2): junk in any of the eight, in the first or a later turn or in the last
    // few people, is refused by its index, and the Projector refuses it too.
    const rules = [
      { region: '330200', date: '2015-06-01' }, { region: '445100', date: '2017-06-01' }, { region: '320281', date: '2021-06-01' },
    ];
    expect(rules.map((r) => cutPoints(compileRule(r.region, r.date, 'resident').data!))).to.deep.equal([4, 3, 2]);
    const junk = [NaN, -1, 0.5, 10_000_000_001, 2 ** 53 + 2, Infinity, -Infinity];
    const cases = fc.tuple(fc.constantFrom(...rules), fc.integer({ min: 1, max: 70 }), fc.nat(), fc.constantFrom(...junk));
    fc.assert(fc.property(cases, ([rule, n, at, bad]) => {
      const i = at % n;
      const burden = Float64Array.from({ length: n }, (_, j) => 100_000 * (j + 1) + j);
      burden[i] = bad;
      const req = { ...rule, scheme: 'resident' as const, premiumPerPerson: '50', population: { burdenFen: burden } };
      for (const run of [() => projectFund(req), () => new Projector(req).add(0, n)]) {
        try { run(); expect.fail('should refuse'); } catch (e) {
          expect(e).to.be.instanceOf(DbbxInputError);
          expect((e as DbbxInputError).issues.map((x) => `${x.field}:${x.code}`)).to.deep.equal([`population.burdenFen[${i}]:bad-fen`]);
        }
      }
    }), { numRuns: 300 });
  });

  it('refuses a bad burden or other amount at any place in a turn of eight, on Xinbei\'s loop with other costs', () => {
    // Xinbei (one cut point, other costs) takes eight people per turn too: junk in either column, at any of the
    // eight places, in the first or a later turn or in the last few people, is refused by its column and index.
    expect(cutPoints(compileRule('320411', '2022-06-01', 'resident', 'subsistence').data!)).to.equal(1);
    const junk = [NaN, -1, 0.5, 10_000_000_001, 2 ** 53 + 2, Infinity, -Infinity];
    const cases = fc.tuple(fc.integer({ min: 1, max: 70 }), fc.nat(), fc.constantFrom(...junk), fc.boolean());
    fc.assert(fc.property(cases, ([n, at, bad, inOther]) => {
      const i = at % n;
      const burden = Float64Array.from({ length: n }, (_, j) => 100_000 * (j + 1) + j);
      const other = Float64Array.from({ length: n }, (_, j) => 7_000 * j + 3);
      (inOther ? other : burden)[i] = bad;
      const req = {
        region: '320411', date: '2022-06-01', scheme: 'resident' as const, premiumPerPerson: '50',
        population: { burdenFen: burden, otherFen: other },
      };
      for (const run of [() => projectFund(req), () => new Projector(req).add(0, n)]) {
        try { run(); expect.fail('should refuse'); } catch (e) {
          expect(e).to.be.instanceOf(DbbxInputError);
          expect((e as DbbxInputError).issues.map((x) => `${x.field}:${x.code}`))
            .to.deep.equal([`population.${inOther ? 'otherFen' : 'burdenFen'}[${i}]:bad-fen`]);
        }
      }
    }), { numRuns: 300 });
  });

  it('stays exact past 2^53 分: four million people at 99,999,999.99 元 each', () => {
    // Xinbei (常开委办〔2021〕143号 二（二）: 100%, no cap) pays each 9,999,999,999 分; four million of them
    // 39,999,999,996,000,000 分, above 2^53 ≈ 9.007 × 10^15: a double would have lost units on the way.
    const n = 4_000_000;
    const r = projectFund({
      region: '320411', date: '2022-06-01', scheme: 'resident', premiumPerPerson: '50',
      population: { burdenFen: new Float64Array(n).fill(9_999_999_999) },
    }).published;
    expect(r.totalPayout).to.equal('399999999960000.00');
    expect(r.byTier).to.deep.equal(['399999999960000.00']);
  });

  it('projects a what-if too fine for the bands on the decimal.js steps, beside the published rule on the bands', () => {
    // Jiangyin with its first tier at 0.123457 (see compile-bands.test.ts): the edited rule is not integer.
    const edit = { ratios: ['0.123457'] };
    const c = compileRule('320281', '2021-06-01', 'resident', 'general', edit);
    expect(c.integer).to.equal(false);
    const burdenFen = Float64Array.from({ length: 41 }, (_, i) => (i * 987_654_321) % 10_000_000_001);
    const r = projectFund({ region: '320281', date: '2021-06-01', scheme: 'resident', premiumPerPerson: '50', population: { burdenFen }, edit });
    let total = 0n;
    const tiers = [0n, 0n];
    const rows = new Float64Array(2);
    burdenFen.forEach((b) => { total += BigInt(c.ytdRowsFen(b, rows)); rows.forEach((v, t) => { tiers[t]! += BigInt(v); }); });
    expect(r.whatIf!.totalPayout).to.equal(text(total));
    expect(r.whatIf!.byTier).to.deep.equal(tiers.map(text));
    expect(r.whatIf!.integer).to.equal(false);
    expect(r.published.integer).to.equal(true);
    expect(r.published.totalPayout).to.equal(expected('320281', '2021-06-01', 'resident', [...burdenFen].map((b) => ({ b, o: 0, g: 'general' as Group })), false).total);
  });

  it('pays other costs on the loops for more than one cut point, as the decimal.js steps do (Xinbei with a cap)', function () {
    this.timeout(60000);
    // Xinbei has one cut point (everyone above 0); a what-if payout cap of 5,000 元 (and a threshold) adds more, so
    // the batch and projectFund run their general loops with other costs. Expected: the same edit on the
    // decimal.js steps, person by person.
    for (const edit of [{ cap: '5000' }, { threshold: '1000', cap: '5000' }]) {
      const c = compileRule('320411', '2022-06-01', 'resident', 'subsistence', edit);
      const dec = compileRule('320411', '2022-06-01', 'resident', 'subsistence', edit, 'decimal');
      expect(cutPoints(c.data!)).to.equal(2);
      const near = nearCuts(c);
      const people = fc.array(fc.tuple(burdenOf(near), fc.integer({ min: 0, max: 10_000_000_000 })), { minLength: 1, maxLength: 70 });
      fc.assert(fc.property(people, (rows) => {
        const burdenFen = Float64Array.from(rows, (r) => r[0]);
        const otherFen = Float64Array.from(rows, (r) => r[1]);
        const out = new Float64Array(rows.length);
        c.payoutsFen(burdenFen, out, otherFen);
        let total = 0n; let cut = 0n; let oth = 0n; const tier = [0n];
        const row = new Float64Array(1);
        rows.forEach(([b, o], i) => {
          const paid = dec.ytdRowsFen(b, row, o);
          expect(out[i], `${b} ${o}`).to.equal(paid);
          const t = row[0]!;
          const over = t > c.capFen ? t - c.capFen : 0;
          total += BigInt(paid); cut += BigInt(over); oth += BigInt(paid - (t - over)); tier[0]! += BigInt(t);
        });
        const r = projectFund({ region: '320411', date: '2022-06-01', scheme: 'resident', premiumPerPerson: '50', population: { burdenFen, otherFen }, edit }).whatIf!;
        expect([r.totalPayout, r.capCut, r.otherPayout, r.byTier]).to.deep.equal([text(total), text(cut), text(oth), tier.map(text)]);
      }), { numRuns: 150 });
    }
  });

  it('gives the same figures whether it keeps the runs of people it found or looks for them again', () => {
    // 140,000 people alternating 低保 and general in Chaozhou: more runs than projectFund keeps (65,536).
    const n = 140_000;
    const burdenFen = Float64Array.from({ length: n }, (_, i) => (i * 7_919_317) % 40_000_001);
    const many = Uint8Array.from({ length: n }, (_, i) => (i % 2 ? GROUPS.indexOf('subsistence') : 0));
    const few = Uint8Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : GROUPS.indexOf('subsistence')));
    const req = (group: Uint8Array, b: Float64Array) => ({ region: '445100', date: '2017-06-01', scheme: 'resident' as const, premiumPerPerson: '50', population: { burdenFen: b, group } });
    // The same people sorted by group: few runs, kept.
    const sorted = Float64Array.from([...burdenFen.filter((_, i) => i % 2 === 0), ...burdenFen.filter((_, i) => i % 2 === 1)]);
    const a = projectFund(req(many, burdenFen)).published;
    const b = projectFund(req(few, sorted)).published;
    const p = new Projector(req(many, burdenFen));
    p.add(0, n);
    expect(a).to.deep.equal(b);
    expect(p.result()).to.deep.equal(a);
    expect(a.byGroup.subsistence!.people).to.equal(n / 2);
  });
  it('counts and sums every band exactly over thousands of people: the packed lanes, unpacked every 511 turns', function () {
    this.timeout(120000);
    // 12,267 people: runs of 16, 32, … 2,048 people, then two full runs of 511 turns of eight (4,088 people each;
    // Xinbei, with other costs, four per turn: 2,044), and the rest: each lane adds payout × 512 + 1 per person,
    // and a lane that were not unpacked in time, or unpacked wrong, would shift a count into a sum. Burdens near
    // every cut point and anywhere up to 1亿元; expected by calculate(). Ningbo, Jiangyin, Chaozhou 2017's
    // resident groups and Xinbei (other costs).
    const n = 8 * 511 * 3 + 3;
    for (const s of situations.filter((x, i) => i === 0 || x.region !== '445100' || (x.date === '2017-06-01' && x.scheme === 'resident'))) {
      const near = nearCuts(compileRule(s.region, s.date, s.scheme, s.group));
      let x = 12345;
      const people = Array.from({ length: n }, (_, i) => {
        x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
        const b = i % 3 === 0 ? near[x % near.length]! : i % 3 === 1 ? x % 60_000_000 : Math.floor((x / 4294967296) * 10_000_000_000);
        return { b, o: x % 3_000_000, g: s.group };
      });
      const want = expected(s.region, s.date, s.scheme, people, !!s.other);
      const population = {
        burdenFen: Float64Array.from(people, (p) => p.b),
        ...(s.other ? { otherFen: Float64Array.from(people, (p) => p.o) } : {}),
      };
      const r = projectFund({ region: s.region, date: s.date, scheme: s.scheme, premiumPerPerson: '50', population: { ...population, group: new Uint8Array(n).fill(GROUPS.indexOf(s.group)) } }).published;
      const what = JSON.stringify(s);
      expect(r.totalPayout, what).to.equal(want.total);
      expect(r.byTier, what).to.deep.equal(want.byTier);
      expect(r.capCut, what).to.equal(want.capCut);
      expect(r.otherPayout, what).to.equal(want.other);
      expect([r.peopleAboveThreshold, r.peopleAtCap, r.people], what).to.deep.equal([want.above, want.atCap, n]);
      // With each one's payout written (the other loop), in one piece.
      const p = new Projector({ region: s.region, date: s.date, scheme: s.scheme, premiumPerPerson: '50', population: { ...population, group: Array(n).fill(GROUPS.indexOf(s.group)) } });
      const payouts = new Float64Array(n);
      p.add(0, n, payouts);
      expect([...payouts], what).to.deep.equal(want.payouts);
      expect(p.result(), what).to.deep.equal(r);
    }
  });

  it('finds where a run of one group code ends in a byte or 16-bit column at any offset, as in a plain list', function () {
    this.timeout(60000);
    // Chaozhou 2017: 低保 (the Guangdong overlay) and general in turns. Runs of 64 people and more are read four
    // bytes at a time, so they end at every place within a word (and at the column's end) here.
    const sub = GROUPS.indexOf('subsistence');
    const lengths = [1, 2, 3, 64, 65, 66, 67, 68, 69, 70, 71, 3, 130, 131, 132, 133, 257, 4, 300, 99, 100, 101, 102, 203];
    const codes: number[] = lengths.flatMap((len, r) => Array(len).fill(r % 2 ? sub : 0));
    const n = codes.length;
    const burdenFen = Float64Array.from({ length: n }, (_, i) => (i * 7_919_317) % 40_000_001);
    const req = (group: ArrayLike<number>) => ({ region: '445100', date: '2017-06-01', scheme: 'resident' as const, premiumPerPerson: '50', population: { burdenFen, group } });
    const want = projectFund(req(codes)).published;
    expect(want.byGroup.subsistence!.people).to.equal(lengths.filter((_, r) => r % 2).reduce((a, b) => a + b, 0));
    for (const Kind of [Uint8Array, Uint8ClampedArray, Uint16Array]) {
      for (let at = 0; at < 4; at++) {
        // The column starts `at` codes into its buffer, after codes of the other group (which must not be read).
        const all = new Kind(at + n + 3).fill(sub === 1 ? 2 : 1);
        all.set(codes, at);
        const group = all.subarray(at, at + n);
        const what = `${Kind.name} at ${at}`;
        expect(projectFund(req(group)).published, what).to.deep.equal(want);
        // Every run's end, the column's last as well, through the Projector in pieces that end inside runs.
        const p = new Projector(req(group));
        for (let i = 0; i < n; i += 97) p.add(i, Math.min(n, i + 97));
        expect(p.result(), what).to.deep.equal(want);
      }
    }
  });
});

describe('other costs with a yearly limit (an operator\'s tendered limit, test data)', () => {
  afterEach(() => resetPolicies());

  it('the batch, projectFund and the Projector stop each person\'s other-cost payout at the limit, as calculate() does', () => {
    // 常开委办〔2021〕143号 三: other in-scope self-paid costs at 50%, "年度报销限额按中标方案实施" — the limit is
    // the tender's, not published; an operator registers it. Here 1,000.00 元: other costs of 2,000.01 元 and
    // more pay 1,000.00 (2,000.01 × 50% = 1,000.005 → 1,000.01 > 1,000.00); 1,999.99 pays 1,000.00 (999.995 → 1,000.00).
    const v = JSON.parse(JSON.stringify(BUILT_IN_POLICIES.find((p) => p.id === 'xinbei-2021-143'))) as PolicyInput & { kind: 'city' };
    v.id = 'xinbei-operator-other-limit';
    v.effectiveFrom = { date: '2024-01-01', citation: { document: '运营方测试数据', clause: '1', quote: '测试' } };
    v.schemes.resident!.otherSelfPaid!.limit.amount = '1000';
    registerPolicy(v);
    const s = { region: '320411', date: '2024-06-01', scheme: 'resident' as const, group: 'subsistence' as const, other: true };
    const n = 4 * 40 + 3;
    const burden = Float64Array.from({ length: n }, (_, i) => (i * 7_919_317) % 3_000_001);
    const near = [0, 1, 199_998, 199_999, 200_000, 200_001, 200_002, 400_000];
    const other = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? near[i % near.length]! : (i * 104_729) % 600_001));
    const people = [...burden].map((b, i) => ({ b, o: other[i]!, g: s.group }));
    const want = expected(s.region, s.date, s.scheme, people, true);
    expect(want.payouts.filter((p, i) => p === burden[i]! + 100_000).length, 'people at the limit').to.be.greaterThan(40);
    const out = new Float64Array(n);
    compileRule(s.region, s.date, s.scheme, s.group).payoutsFen(burden, out, other);
    expect([...out]).to.deep.equal(want.payouts);
    const req = { region: s.region, date: s.date, scheme: s.scheme, premiumPerPerson: '50', population: { burdenFen: burden, otherFen: other } };
    const r = projectFund(req).published;
    expect([r.totalPayout, r.otherPayout]).to.deep.equal([want.total, want.other]);
    const p = new Projector(req);
    const payouts = new Float64Array(n);
    p.add(0, n, payouts);
    expect([...payouts]).to.deep.equal(want.payouts);
    expect(p.result()).to.deep.equal(r);
  });
});
