// The compiled integer path must give exactly the engine's figure, to the 分: at every boundary ±1 分 for
// every policy, scheme and group, and over hundreds of thousands of random inputs.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calculate, type Group, type Scheme } from '../../src/engine/index.js';
import { compileRule, type CompiledRule } from '../../src/fund/compile.js';

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
    fc.assert(fc.property(fc.constantFrom(...situations), burden, fc.integer({ min: 0, max: 50_000_000 }), (s, b, o) => {
      const c = compileRule(s.region, s.date, s.scheme, s.group);
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
});
