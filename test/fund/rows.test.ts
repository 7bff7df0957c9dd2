// The byte path of `dbbx batch` must write exactly what the slow path (csv-parse, then calculate()) writes for
// every line it accepts, and decline the rest: random junk lines, every policy's boundaries ± 1 分, plain rows.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { fastPathFor, fastRow, engineRow, OUT, type Field } from '../../src/cli/rows.js';
import { compileRule } from '../../src/fund/compile.js';
import { fenToYuan } from '../../src/engine/index.js';

const HEADER = ['region', 'date', 'scheme', 'group', 'selfPaid', 'priorSelfPaid', 'otherSelfPaid', 'priorOtherSelfPaid', 'name'];
const enc = new TextEncoder();

/** The slow path's output line for one input line, exactly as the CLI writes it (without the line ending). */
function slowLine(header: string[], line: string, defaults: Partial<Record<Field, string>> = {}): string | null {
  const got = parse(`${line}\n`, { columns: header, trim: true, relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[];
  if (got.length !== 1) return null;
  const rec = got[0]!;
  const v = (k: Field) => (rec[k] !== undefined && rec[k] !== '' ? rec[k] : defaults[k]);
  const row = { ...rec, ...engineRow(v, 'zh') } as Record<string, string>;
  return stringify([[...header, ...OUT].map((h) => row[h] ?? '')]).replace(/\n$/, '');
}

/** The byte path's output line, or null when it declines the line. */
function fastLine(header: string[], line: string, defaults: Partial<Record<Field, string>> = {}): string | null {
  const fp = fastPathFor(header, defaults)!;
  const bytes = enc.encode(`xx${line}yy`);
  // The line sits inside a larger buffer, as in a chunk of the file.
  const end = bytes.length - 2;
  const tail = fastRow(fp, bytes, 2, end);
  return tail === null ? null : `${line}${tail}`;
}

const CELLS = {
  region: ['330200', '445100', '320281', '320411', '', '33020', '999999', ' 330200', '"330200"'],
  date: ['2015-06-01', '2017-06-01', '2021-06-01', '2022-06-01', '', '2015-13-01', '2015-06-01 '],
  scheme: ['resident', 'employee', '', 'foo', 'Resident'],
  group: ['', 'general', 'subsistence', 'medical-assistance', 'extreme-poverty', 'vip', ' general'],
  amount: ['0', '1', '100', '18000', '18000.5', '18000.05', '150000', '436666.68', '100000000', '100000000.01', '',
    '1.', '.5', '1.234', '1,000', '"1,000"', '1.8万', 'abc', '-5', ' 12', '12 ', '"12"', '1e5', '０１', '00012', '12.30'],
  name: ['', 'Li', ' Li', 'Li ', '"Li"', '名字', '王 芳', 'a"b', '"a""b"', '=1+1', '\t7', 'x\x7f', '\u3000', '名字\u3000', 'Li\u00a0'],
};

describe('dbbx batch byte path', () => {
  it('writes exactly the slow path\'s line for every junk line it accepts, and accepts the plain ones', () => {
    let accepted = 0;
    const cell = (k: keyof typeof CELLS) => fc.constantFrom(...CELLS[k]);
    // Half the lines start from a region, date and scheme that go together, so the byte path has work to do.
    const place = fc.oneof(
      fc.tuple(cell('region'), cell('date'), cell('scheme')),
      fc.constantFrom(['330200', '2015-06-01', 'resident'], ['445100', '2017-06-01', 'employee'], ['320281', '2021-06-01', 'resident'], ['320411', '2022-06-01', 'resident']),
    );
    // Mostly plain amounts (a prior below the total, other costs blank), now and then any cell at all.
    const plain = (max: number) => fc.integer({ min: 0, max }).map((f) => (f % 3 === 0 ? String(f / 100 | 0) : fenToYuan(f)));
    const amount = (good: fc.Arbitrary<string>) => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: cell('amount'), weight: 1 });
    const line = fc.tuple(place, cell('group'), amount(plain(60_000_000)), amount(plain(2_000_000)), amount(fc.constant('')), amount(fc.constant('')), cell('name'),
      fc.constantFrom(0, 0, 0, -1, 1)).map(([[r, d, s], g, a, b, c, e, n, extra]) => {
      const cells = [r, d, s, g, a, b, c, e, n];
      if (extra < 0) cells.pop();
      if (extra > 0) cells.push('x');
      return cells.join(',');
    });
    fc.assert(fc.property(line, fc.boolean(), (text, withDefaults) => {
      const defaults = withDefaults ? { region: '330200', date: '2015-06-01' } : {};
      const fast = fastLine(HEADER, text, defaults);
      if (fast === null) return;
      accepted++;
      expect(fast, text).to.equal(slowLine(HEADER, text, defaults));
    }), { numRuns: 20_000 });
    // Not a vacuous pass: a good share of the lines went through the byte path.
    expect(accepted).to.be.greaterThan(200);
  });

  it('declines random bytes it cannot copy through, and agrees wherever it accepts', () => {
    const header = ['region', 'date', 'selfPaid', 'priorSelfPaid', 'note'];
    // Any characters (U+00A0 and U+3000 included: csv-parse trims them off a field's end) except line endings.
    const chars = fc.oneof(fc.integer({ min: 0, max: 0x2fff }), fc.constantFrom(0x3000, 0xfeff, 0x2028, 0xa0, 0x22, 0x2c, 0x20, 0x9))
      .map((x) => String.fromCharCode(x === 10 || x === 13 ? 65 : x));
    const bytes = fc.array(chars, { maxLength: 12 }).map((c) => c.join(''));
    fc.assert(fc.property(bytes, fc.constantFrom('150000', '150000.5', '1,5', ''), (junk, amount) => {
      const text = `330200,2015-06-01,${amount},,${junk}`;
      const fast = fastLine(header, text);
      if (fast !== null) expect(fast, JSON.stringify(text)).to.equal(slowLine(header, text));
    }), { numRuns: 5_000 });
    // Invalid UTF-8 (a GBK name read as UTF-8) would come out as U+FFFD on the slow path: declined.
    const fp = fastPathFor(header, {})!;
    const gbk = new Uint8Array([...enc.encode('330200,2015-06-01,150000,,'), 0xc0, 0xee]);
    expect(fastRow(fp, gbk, 0, gbk.length)).to.equal(null);
  });

  it('equals the engine at every boundary ± 1 分 of every policy, with and without a prior burden', () => {
    const situations = [
      ['330200', '2015-06-01', 'resident', ''], ['320281', '2020-08-01', 'employee', 'medical-assistance'],
      ['445100', '2017-06-01', 'resident', 'subsistence'], ['445100', '2015-06-01', 'employee', ''], ['320411', '2022-06-01', 'resident', ''],
    ] as const;
    let checked = 0;
    for (const [region, date, scheme, group] of situations) {
      const c = compileRule(region, date, scheme, group || undefined);
      const points = [0, c.thresholdFen, ...c.tiers.flatMap((t) => [t.fromFen, t.toFen]).filter(Number.isFinite), ...(c.capFen >= 0 ? [c.capFen] : [])];
      for (const p of points) {
        for (const d of [-1, 0, 1]) {
          if (p + d < 0) continue;
          for (const prior of [0, Math.floor((p + d) / 2)]) {
            const text = `${region},${date},${scheme},${group},${fenToYuan(p + d)},${fenToYuan(prior)},${region === '320411' ? fenToYuan(p + d) : ''},,名字`;
            const fast = fastLine(HEADER, text);
            expect(fast, text).to.not.equal(null);
            expect(fast, text).to.equal(slowLine(HEADER, text));
            checked++;
          }
        }
      }
    }
    expect(checked).to.be.greaterThan(80);
  });

  it('pins a plain row and a payout cap row to the 分', () => {
    // 甬政办发〔2013〕268号 五: 150,000 → 72,500.00 year to date; prior 30,000 → 5,000.00; this claim 67,500.00.
    expect(fastLine(HEADER, '330200,2015-06-01,resident,,150000,30000,,,Li')).to.equal('330200,2015-06-01,resident,,150000,30000,,,Li,67500.00,72500.00,20000.00,false,');
    // 潮府办〔2012〕90号 employees: 14,000 + 406,666.68 × 90% = 380,000.01 → capped at 380,000.00.
    expect(fastLine(HEADER, '445100,2015-06-01,employee,,436666.68,,,,')).to.equal('445100,2015-06-01,employee,,436666.68,,,,,380000.00,380000.00,10000.00,true,');
  });

  it('leaves a tendered limit on other costs to the engine', () => {
    const header = ['region', 'date', 'selfPaid', 'otherSelfPaid', 'otherSelfPaidLimit'];
    // 常开委办〔2021〕143号 二（二）: 120,000 × 50% = 60,000.00, limited to the tender's 20,000.00 by the engine.
    expect(fastLine(header, '320411,2022-06-01,0,120000,20000')).to.equal(null);
    expect(slowLine(header, '320411,2022-06-01,0,120000,20000')).to.equal('320411,2022-06-01,0,120000,20000,20000.00,20000.00,0.00,false,');
    expect(fastLine(header, '320411,2022-06-01,0,120000,')).to.equal(slowLine(header, '320411,2022-06-01,0,120000,'));
  });

  it('leaves a header it cannot copy through to the slow path', () => {
    expect(fastPathFor(['region', 'selfPaid', 'payout'], {})).to.equal(null);
    expect(fastPathFor(['region', 'self Paid'], {})).to.equal(null);
    expect(fastPathFor(['region', 'region'], {})).to.equal(null);
    expect(fastPathFor(['region', ''], {})).to.equal(null);
  });
});
