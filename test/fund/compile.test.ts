// The compiled integer path must give exactly the engine's figure, to the 分: at every boundary ±1 分 for
// every policy, scheme and group, and over hundreds of thousands of random inputs.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calculate, type Group, type Scheme } from '../../src/engine/index.js';
import { compileRule, ruleFen, type CompiledRule, type PolicyEdit } from '../../src/fund/compile.js';
import { DbbxInputError } from '../../src/engine/errors.js';

interface Situation { region: string; date: string; scheme: Scheme; group: Group; other?: boolean }
const situations: Situation[] = [
  { region: '330200', date: '2015-06-01', scheme: 'resident', group: 'general' },
  ...(['resident', 'employee'] as const).flatMap((scheme) => (['general', 'medical-assistance'] as const)
    .map((group) => ({ region: '320281', date: '2020-08-01', scheme, group }))),
  ...(['2015-06-01', '2017-06-01'] as const).flatMap((date) => (['resident', 'employee'] as const).flatMap((scheme) =>
    (['general', 'extreme-poverty', 'subsistence', 'registered-poor'] as const).map((group) => ({ region: '445100', date, scheme, group })))),
  { region: '320411', date: '2022-06-01', scheme: 'resident', group: 'subsistence', other: true },
];

const engineFen = (s: Situation, burdenFen: number, otherFen = 0) => {
  const yuan = (f: number) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
  const r = calculate({
    region: s.region, date: s.date, scheme: s.scheme, group: s.group, selfPaid: yuan(burdenFen),
    ...(s.other ? { otherSelfPaid: yuan(otherFen) } : {}),
  });
  return Number(r.yearToDatePayout.replace('.', ''));
};

/** Every point where the rule changes: threshold, band limits, the expense limit, where a payout cap bites. */
function boundaries(c: CompiledRule): number[] {
  const points = [0, 1, c.thresholdFen, ...c.tiers.flatMap((t) => [t.fromFen, t.toFen]).filter(Number.isFinite)];
  if (c.capFen >= 0) points.push(c.capFen);
  if (c.capKind === 'payout') {
    // The smallest burden whose tiers reach the cap: found by halving, then checked against the engine.
    let lo = 0; let hi = 1e10;
    while (lo < hi) { const mid = Math.floor((lo + hi) / 2); if (c.ytdFen(mid) >= c.capFen) hi = mid; else lo = mid + 1; }
    points.push(lo);
  }
  return [...new Set(points)];
}

describe('compiled integer path', () => {
  it('is exact (integer, no fallback) for every built-in policy', () => {
    for (const s of situations) expect(compileRule(s.region, s.date, s.scheme, s.group).integer, JSON.stringify(s)).to.equal(true);
  });

  it('equals the engine at every boundary ±1 分, for every policy, scheme and group', () => {
    let checked = 0;
    for (const s of situations) {
      const c = compileRule(s.region, s.date, s.scheme, s.group);
      for (const p of boundaries(c)) {
        for (const d of [-1, 0, 1]) {
          const b = p + d;
          if (b < 0) continue;
          expect(c.ytdFen(b), `${JSON.stringify(s)} at ${b} 分`).to.equal(engineFen(s, b));
          if (s.other) expect(c.ytdFen(b, b), `other at ${b}`).to.equal(engineFen(s, b, b));
          checked++;
        }
      }
    }
    expect(checked).to.be.greaterThan(150);
  });

  it('equals the engine over 200,000 random inputs', function () {
    this.timeout(120000);
    const burden = fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 10_000_000_000 }));
    // Each rule compiled once (compiling is not what this measures; the engine's own steps take the time).
    const rules = new Map(situations.map((s) => [s, compileRule(s.region, s.date, s.scheme, s.group)]));
    fc.assert(fc.property(fc.constantFrom(...situations), burden, fc.integer({ min: 0, max: 50_000_000 }), (s, b, o) => {
      const c = rules.get(s)!;
      expect(c.ytdFen(b, s.other ? o : 0)).to.equal(engineFen(s, b, s.other ? o : 0));
    }), { numRuns: 200_000 });
  });

  it('writes each tier\'s own amount, and they add up before a cap', () => {
    const c = compileRule('330200', '2015-06-01', 'resident');
    const rows = new Float64Array(3);
    // 甬政办发〔2013〕268号 五: 150,000 → 15,000 + 27,500 + 30,000.
    expect(c.ytdRowsFen(15_000_000, rows)).to.equal(7_250_000);
    expect([...rows]).to.deep.equal([1_500_000, 2_750_000, 3_000_000]);
  });

  it('applies a what-if edit exactly as a registered policy would', () => {
    // Ningbo with threshold 15,000 and ratios 60/65/70%: 150,000 → 35,000 × 60% + 50,000 × 65% + 50,000 × 70%
    // = 21,000 + 32,500 + 35,000 = 88,500.00.
    const c = compileRule('330200', '2015-06-01', 'resident', 'general', { threshold: '15000', ratios: ['0.6', '0.65', '0.7'] });
    expect(c.ytdFen(15_000_000)).to.equal(8_850_000);
    // Removing Chaozhou's cap: 300,000 → 10,000 + 270,000 × 60% = 172,000.00.
    const open = compileRule('445100', '2015-06-01', 'resident', 'general', { cap: null });
    expect(open.ytdFen(30_000_000)).to.equal(17_200_000);
  });

  it('edits the document\'s figures, then applies each group\'s own rules on top', () => {
    // Chaozhou 2017, threshold edited to 8,000: 低保 gets 8,000 × (1 − 70%) = 2,400 (粤府办〔2016〕85号), not 8,000.
    expect(compileRule('445100', '2017-06-01', 'resident', 'subsistence', { threshold: '8000' }).thresholdFen).to.equal(240_000);
    // Jiangyin 医疗救助对象 with band 1 at 0.7: 0.7 + 5 points = 0.75; threshold 9,000.
    // 100,000: (100,000 − 9,000) × 75% = 68,250.00.
    const ma = compileRule('320281', '2020-08-01', 'resident', 'medical-assistance', { ratios: ['0.7'] });
    expect(ma.ytdFen(10_000_000)).to.equal(6_825_000);
  });

  it('falls back to decimal.js, not floats, for ratios too fine for exact integers', () => {
    // 0.123456789 × 10^10 分 exceeds 2^53 in the integer form: the decimal path runs and stays exact.
    const c = compileRule('320281', '2020-08-01', 'resident', 'general', { ratios: ['0.123456789'] });
    expect(c.integer).to.equal(false);
    // (100,000 − 18,000) × 0.123456789 = 10,123.456698 → 10,123.46; + 100,000 × 80% → 90,123.46.
    expect(c.ytdFen(20_000_000)).to.equal(9_012_346);
  });

  it('refuses bad edits with field-named messages', () => {
    try {
      compileRule('330200', '2015-06-01', 'resident', 'general', { threshold: '60000', ratios: ['1.5'] });
      expect.fail('should refuse');
    } catch (e) {
      expect((e as { issues: { field: string }[] }).issues.map((i) => i.field)).to.deep.equal(['edit.threshold', 'edit.ratios[0]']);
    }
  });

  it('the batch call over typed arrays equals the engine, several rules compiled side by side', () => {
    // Every situation compiled at once (the shared loop must not depend on which rule ran last), then each
    // rule's batch over the same burdens checked against calculate() person by person.
    const rules = situations.map((s) => compileRule(s.region, s.date, s.scheme, s.group));
    const burdens = Float64Array.from({ length: 300 }, (_, i) => (i * 7_919_317) % 60_000_001);
    const others = Float64Array.from(burdens, (b) => Math.floor(b / 3));
    const out = new Float64Array(burdens.length);
    rules.forEach((c, k) => {
      const s = situations[k]!;
      c.payoutsFen(burdens, out, s.other ? others : undefined);
      burdens.forEach((b, i) => expect(out[i], `${JSON.stringify(s)} at ${b}`).to.equal(engineFen(s, b, s.other ? others[i]! : 0)));
      // ruleFen is the one loop behind every rule: the same figure straight from the typed rule data.
      expect(ruleFen(c.data!, 12_345_678, 0)).to.equal(c.ytdFen(12_345_678));
    });
  });
});

const refusal = (f: () => unknown): string[] => {
  try { f(); } catch (e) {
    expect(e, String(e)).to.be.instanceOf(DbbxInputError);
    return (e as DbbxInputError).issues.map((i) => `${i.field}:${i.code}`);
  }
  expect.fail('should refuse');
  return [];
};

describe('compiled rule: refusing bad input, naming the field', () => {
  it('refuses ratios given as a string instead of a list (read character by character, "0" would pay nothing)', () => {
    expect(refusal(() => compileRule('330200', '2015-06-01', 'resident', 'general', { ratios: '0.6,0.7' } as unknown as PolicyEdit)))
      .to.deep.equal(['edit.ratios:bad-ratios']);
    expect(refusal(() => compileRule('330200', '2015-06-01', 'resident', 'general', { ratios: [{}] } as unknown as PolicyEdit)))
      .to.deep.equal(['edit.ratios[0]:bad-ratio']);
    expect(refusal(() => compileRule('330200', '2015-06-01', 'resident', 'general', 'x' as unknown as PolicyEdit)))
      .to.deep.equal(['edit:bad-edit']);
  });

  it('refuses an out-of-range scheme or group, a malformed region or date, all at once', () => {
    expect(refusal(() => compileRule('33020', 'June', 'foo' as Scheme, 'vip' as Group)))
      .to.deep.equal(['region:bad-region', 'date:bad-date', 'scheme:bad-scheme', 'group:bad-group']);
    // Xinbei (常开委办〔2021〕143号 二（一）) covers 低保 only: general is refused, not paid as 低保.
    expect(refusal(() => compileRule('320411', '2022-06-01', 'resident', 'general'))).to.deep.equal(['group:group-not-covered']);
  });

  it('refuses burdens that are not whole 分 within 1亿元: NaN, fractions, negatives, too large, not numbers', () => {
    const c = compileRule('330200', '2015-06-01', 'resident');
    for (const bad of [NaN, 100.5, -1, 10_000_000_001, Infinity, '100' as unknown as number, undefined as unknown as number]) {
      expect(refusal(() => c.ytdFen(bad)), String(bad)).to.deep.equal(['burdenFen:bad-fen']);
      expect(refusal(() => c.payoutsFen([0, bad], new Float64Array(2))), String(bad)).to.deep.equal(['burdenFen[1]:bad-fen']);
    }
    const x = compileRule('320411', '2022-06-01', 'resident');
    expect(refusal(() => x.ytdFen(0, 0.5))).to.deep.equal(['otherFen:bad-fen']);
    expect(refusal(() => x.payoutsFen([1, 2], new Float64Array(2), [0, NaN]))).to.deep.equal(['otherFen[1]:bad-fen']);
    // The limit itself is accepted: 1亿元 in Ningbo → 甬政办发〔2013〕268号 五: 15,000 + 27,500 + 240,000 (expense limit 500,000).
    expect(c.ytdFen(10_000_000_000)).to.equal(28_250_000);
  });
});

