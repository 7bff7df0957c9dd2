// projectFund: a population through the published rule and a what-if edit, worked by hand.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { projectFund, Projector, calculate, GROUPS, DbbxInputError } from '../../src/engine/index.js';
import { Decimal } from '../../src/engine/decimal.js';

describe('projectFund', () => {
  it('totals Ningbo by tier, counts threshold and cap, and prices a target margin', () => {
    // 10,000 → 0; 30,000 → 5,000; 150,000 → 72,500; 600,000 → 282,500 (expense limit 500,000). Total 360,000.
    const r = projectFund({
      region: '330200', date: '2015-06-01', scheme: 'resident', insured: 100, premiumPerPerson: '30', targetMargin: '0.04',
      population: { burdenFen: [1_000_000, 3_000_000, 15_000_000, 60_000_000] },
      edit: { threshold: '15000' },
    });
    const p = r.published;
    expect(p.totalPayout).to.equal('360000.00');
    // Tier 1 (50%): 5,000 + 15,000 + 15,000; tier 2 (55%): 27,500 × 2; tier 3 (60%): 30,000 + 240,000.
    expect(p.byTier).to.deep.equal(['35000.00', '55000.00', '270000.00']);
    expect([p.people, p.peopleAboveThreshold, p.peopleAtCap]).to.deep.equal([4, 3, 1]);
    // 100 insured × 30 元 = 3,000 of premium: loss ratio 360,000 / 3,000 = 120.
    expect([p.premiumIncome, p.lossRatio]).to.deep.equal(['3000.00', '120.0000']);
    // 360,000 / (0.96 × 100) = 3,750.00 per person.
    expect(p.premiumForMargin).to.equal('3750.00');
    // What if the threshold were 15,000: 30,000 → 7,500; 150,000 → 75,000; 600,000 → 285,000. Total 367,500.
    expect(r.whatIf!.totalPayout).to.equal('367500.00');
  });

  it('splits Chaozhou 2017 by group, with the Guangdong overlay for 低保', () => {
    const sub = GROUPS.indexOf('subsistence');
    const r = projectFund({
      region: '445100', date: '2017-06-01', scheme: 'resident', premiumPerPerson: '20',
      population: { burdenFen: [5_000_000, 5_000_000, 30_000_000], group: [0, sub, 0] },
    });
    // General 50,000 → 10,000 + 20,000 × 60% = 22,000; 300,000 → capped at 100,000.
    // 低保 50,000 → (30,000 − 3,000) × 70% + 20,000 × 70% = 32,900 (no cap).
    expect(r.published.byGroup).to.deep.equal({
      general: { people: 2, payout: '122000.00' },
      subsistence: { people: 1, payout: '32900.00' },
    });
    expect(r.published.totalPayout).to.equal('154900.00');
    // 10,000 + 270,000 × 60% = 172,000 cut to 100,000: the cap took 72,000.
    expect([r.published.capCut, r.published.peopleAtCap]).to.deep.equal(['72000.00', 1]);
  });

  it('equals the engine person by person for random populations', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 80_000_000 }), { minLength: 1, maxLength: 40 }), (fen) => {
      const r = projectFund({ region: '320281', date: '2020-08-01', scheme: 'employee', premiumPerPerson: '50', population: { burdenFen: fen } });
      const sum = fen.reduce((s, f) => s.plus(calculate({
        region: '320281', date: '2020-08-01', scheme: 'employee', selfPaid: new Decimal(f).dividedBy(100).toFixed(2),
      }).yearToDatePayout), new Decimal(0));
      expect(r.published.totalPayout).to.equal(sum.toFixed(2));
    }), { numRuns: 300 });
  });

  it('refuses a bad request as a whole, naming the field', () => {
    try {
      projectFund({ region: '330200', date: '2015-06-01', scheme: 'resident', premiumPerPerson: 'x', insured: 1, population: { burdenFen: [1, 2] } });
      expect.fail('should refuse');
    } catch (e) {
      expect((e as { issues: { field: string }[] }).issues.map((i) => i.field)).to.deep.equal(['premiumPerPerson', 'insured']);
    }
  });
});

describe('projectFund: Xinbei, bands and bad input', () => {
  it('projects Xinbei 320411, whose document covers 低保 only (it used to throw on the general group)', () => {
    // 常开委办〔2021〕143号 二（一）: 低保 only; 二（二）: catalogue self-paid 100%, no cap; other in-scope
    // self-paid 50%, limit by tender (none published). 1,000.00 + 500.00 × 50% = 1,250.00; 0 → 0;
    // 20,000.00 + 3,000.01 × 50% = 1,500.005 → 1,500.01 (half-up) → 21,500.01. Total 22,750.01.
    const r = projectFund({
      region: '320411', date: '2022-06-01', scheme: 'resident', premiumPerPerson: '50',
      population: { burdenFen: [100_000, 0, 2_000_000], otherFen: [50_000, 0, 300_001] },
    });
    expect(r.published.totalPayout).to.equal('22750.01');
    expect(r.published.byTier).to.deep.equal(['21000.00']);
    expect(r.published.otherPayout).to.equal('1750.01');
    expect(r.published.byGroup).to.deep.equal({ subsistence: { people: 3, payout: '22750.01' } });
    // A group column that puts someone in general is refused by name, never paid as 低保.
    expect(() => projectFund({
      region: '320411', date: '2022-06-01', scheme: 'resident', premiumPerPerson: '50',
      population: { burdenFen: [100_000], group: [0] },
    })).to.throw(DbbxInputError, 'population.group (general)');
  });

  it('counts people per band and rebuilds each tier exactly, over random populations and every situation', () => {
    const situations = [
      ['330200', '2015-06-01', 'resident'], ['320281', '2020-08-01', 'employee'], ['445100', '2017-06-01', 'resident'],
      ['445100', '2015-06-01', 'employee'],
    ] as const;
    fc.assert(fc.property(
      fc.constantFrom(...situations), fc.array(fc.integer({ min: 0, max: 80_000_000 }), { minLength: 1, maxLength: 30 }),
      fc.array(fc.integer({ min: 0, max: GROUPS.length - 1 }), { minLength: 30, maxLength: 30 }), ([region, date, scheme], fen, codes) => {
        const group = fen.map((_, i) => codes[i]!);
        const r = projectFund({ region, date, scheme, premiumPerPerson: '50', population: { burdenFen: fen, group } });
        let total = new Decimal(0);
        const tiers: Decimal[] = [];
        fen.forEach((f, i) => {
          const c = calculate({ region, date, scheme, group: GROUPS[group[i]!]!, selfPaid: new Decimal(f).dividedBy(100).toFixed(2) });
          total = total.plus(c.yearToDatePayout);
          c.tiers.filter((t) => t.kind === 'tier').forEach((t, k) => { tiers[k] = (tiers[k] ?? new Decimal(0)).plus(t.amount); });
        });
        expect(r.published.totalPayout).to.equal(total.toFixed(2));
        // General's tiers (the request's own group) are summed tier by tier like the engine's rows.
        if (group.every((g) => g === 0)) expect(r.published.byTier).to.deep.equal(tiers.map((t) => t.toFixed(2)));
      }), { numRuns: 200 });
  });

  it('refuses burdens that are NaN, fractional, negative, over 1亿元 or not numbers, and bad codes, naming them', () => {
    const base = { region: '330200', date: '2015-06-01', scheme: 'resident' as const, premiumPerPerson: '30' };
    const fields = (population: Record<string, unknown>) => {
      try { projectFund({ ...base, population: population as never }); } catch (e) {
        expect(e).to.be.instanceOf(DbbxInputError);
        return (e as DbbxInputError).issues.map((i) => `${i.field}:${i.code}`);
      }
      return expect.fail('should refuse');
    };
    expect(fields({ burdenFen: [1, NaN] })).to.deep.equal(['population.burdenFen[1]:bad-fen']);
    expect(fields({ burdenFen: [100.5] })).to.deep.equal(['population.burdenFen[0]:bad-fen']);
    expect(fields({ burdenFen: [-100] })).to.deep.equal(['population.burdenFen[0]:bad-fen']);
    expect(fields({ burdenFen: [10_000_000_001] })).to.deep.equal(['population.burdenFen[0]:bad-fen']);
    expect(fields({ burdenFen: ['100'] })).to.deep.equal(['population.burdenFen[0]:bad-fen']);
    expect(fields({ burdenFen: [1], group: [5] })).to.deep.equal(['population.group[0]:bad-group-code']);
    expect(fields({ burdenFen: [1], group: [0.5] })).to.deep.equal(['population.group[0]:bad-group-code']);
    expect(fields({ burdenFen: [1], scheme: [2] })).to.deep.equal(['population.scheme[0]:bad-scheme-code']);
    expect(fields({ burdenFen: [1], otherFen: [-1] })).to.deep.equal(['population.otherFen[0]:bad-fen']);
    // The Projector refuses the same on its own (a host that skips checkProjection).
    expect(() => new Projector({ ...base, population: { burdenFen: [NaN] } }).add(0, 1)).to.throw(DbbxInputError, 'population.burdenFen[0]');
  });
});

describe('syntheticPopulation', () => {
  it('is reproducible, whole 分, near the stated median, and refuses nonsense', async () => {
    const { syntheticPopulation } = await import('../../src/engine/index.js');
    const a = syntheticPopulation({ people: 20001, median: 8000, spread: 1.2, seed: 7 });
    const b = syntheticPopulation({ people: 20001, median: 8000, spread: 1.2, seed: 7 });
    expect([...a.slice(0, 5)]).to.deep.equal([...b.slice(0, 5)]);
    expect(a.every((f) => Number.isInteger(f) && f >= 0)).to.equal(true);
    const median = [...a].sort((x, y) => x - y)[10000]! / 100;
    expect(median).to.be.within(7200, 8800);
    expect(() => syntheticPopulation({ people: 0, median: -1, spread: 9 })).to.throw('people');
  });
});
