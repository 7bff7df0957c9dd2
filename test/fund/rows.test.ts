// The byte path of `dbbx batch` must write exactly what the slow path (csv-parse, then calculate()) writes for
// every line it accepts, and decline the rest: random junk lines (cells Excel would run as formulas included),
// every policy's boundaries ± 1 分, plain rows. The CLI's own slow path (compiled rules, warnings asked once per
// rule) must write exactly the engine's line too.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import {
  FIELDS, RUN_END, RUN_FULL, RuleBook, csvCell, csvLine, engineRow, fastPathFor, fastRow, fastRun, layoutFor, plainUtf8, slowRow,
  type Field, type Layout,
} from '../../src/cli/rows.js';
import { compileRule } from '../../src/fund/compile.js';
import { fenToYuan } from '../../src/engine/index.js';

const HEADER = ['region', 'date', 'scheme', 'group', 'selfPaid', 'priorSelfPaid', 'otherSelfPaid', 'priorOtherSelfPaid', 'name'];
const enc = new TextEncoder();
const book = new RuleBook('zh');
// The reference answers with a book of its own, so the path under test never shares its cache.
const refBook = new RuleBook('zh');

/**
 * The slow path's output line for one input line (without the line ending): csv-parse, then calculate() itself
 * for every row. The CLI's slow path (slowRow: compiled rules, warnings cached per rule) must agree with it.
 */
function slowLine(header: string[], line: string, defaults: Partial<Record<Field, string>> = {}): string | null {
  const got = parse(`${line}\n`, { trim: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  if (got.length !== 1) return null;
  const cells = got[0]!;
  const layout = layoutFor(header, defaults) as Layout;
  const v = (k: Field) => {
    const c = layout.at[FIELDS.indexOf(k)]!;
    const x = c >= 0 ? cells[c] : undefined;
    return x !== undefined && x !== '' ? x : defaults[k];
  };
  const r = engineRow(v, refBook);
  const text = csvLine([...header.map((_, i) => cells[i] ?? ''), r.payout, r.yearToDatePayout, r.threshold, r.capApplied, r.error, r.warnings]);
  expect(slowRow(layout, cells, book).line, line).to.equal(text);
  return text.replace(/\n$/, '');
}

/** The byte path's output line, or null when it declines the line. */
function fastLine(header: string[], line: string, defaults: Partial<Record<Field, string>> = {}): string | null {
  const fp = fastPathFor(header, defaults, book)!;
  const bytes = enc.encode(`xx${line}yy`);
  // The line sits inside a larger buffer, as in a chunk of the file.
  const end = bytes.length - 2;
  const tail = fastRow(fp, bytes, 2, end);
  return tail === null ? null : `${line}${tail}`;
}

const CELLS = {
  region: ['330200', '445100', '320281', '320411', '', '33020', '999999', ' 330200', '"330200"', '=330200', '-330200'],
  date: ['2015-06-01', '2017-06-01', '2021-06-01', '2022-06-01', '2026-06-01', '', '2015-13-01', '2015-06-01 '],
  scheme: ['resident', 'employee', '', 'foo', 'Resident', '职工', '居民', '城乡居民医保'],
  group: ['', 'general', 'subsistence', 'medical-assistance', 'extreme-poverty', 'vip', ' general', '低保', '特困', '@general'],
  amount: ['0', '1', '100', '18000', '18000.5', '18000.05', '150000', '436666.68', '100000000', '100000000.01', '',
    '1.', '.5', '1.234', '1,000', '"1,000"', '1.8万', 'abc', '-5', '+5', ' 12', '12 ', '"12"', '1e5', '０１', '00012', '12.30'],
  name: ['', 'Li', ' Li', 'Li ', '"Li"', '名字', '王 芳', 'a"b', '"a""b"', '=1+1', '\t7', 'x\x7f', '\u3000', '名字\u3000', 'Li\u00a0',
    '+cmd|calc!A0', '-2+3', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠x', '"=HYPERLINK(""http://x"",""y"")"', '"\t=1"', "'=1", 'a=1', '='],
};

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

/**
 * The CLI's loop over a whole file: fastRun over the bytes into an output buffer of `size` bytes (written out
 * when full, grown when one line does not fit an empty one), each line it declines to the slow path.
 */
function throughRun(header: string[], text: string, crlf: boolean, size: number, defaults: Partial<Record<Field, string>> = {}) {
  const fp = fastPathFor(header, defaults, book)!;
  const bytes = enc.encode(text);
  const dec = new TextDecoder();
  let out = new Uint8Array(size);
  let o = 0;
  let pos = 0;
  let written = '';
  let lines = 0;
  let rows = 0;
  for (;;) {
    // As the CLI reads a file: bytes that end in a line feed are not known to be the file's end.
    const status = fastRun(fp, bytes, pos, bytes.length, bytes.at(-1) !== 10, crlf, out, o, out.length - 1);
    lines += fp.lines;
    rows += fp.rows;
    o = fp.outPos;
    pos = fp.inPos;
    if (status === RUN_FULL) {
      if (o === 0) out = new Uint8Array(out.length * 2);
      written += dec.decode(out.subarray(0, o));
      o = 0;
      continue;
    }
    if (status === RUN_END) break;
    // Declined: this one line is the slow path's.
    let nl = bytes.indexOf(10, pos);
    if (nl < 0) nl = bytes.length;
    const line = dec.decode(bytes.subarray(pos, crlf && bytes[nl - 1] === 13 ? nl - 1 : nl));
    written += dec.decode(out.subarray(0, o));
    o = 0;
    if (line !== '') written += `${slowLine(header, line, defaults)}\n`;
    lines++;
    pos = nl + 1;
  }
  expect(pos, 'read to the end').to.be.at.least(bytes.length);
  return { written: written + dec.decode(out.subarray(0, o)), lines, rows };
}

describe('dbbx batch byte path', () => {
  it('reads a whole file of such lines in runs, LF or CR LF, into a buffer of any size, as the slow path line by line', () => {
    // Mostly rows the byte path takes, some junk, some blank lines.
    const good = fc.tuple(fc.constantFrom('330200,2015-06-01,resident', '445100,2017-06-01,employee', '320281,2021-06-01,resident', '320411,2022-06-01,resident'),
      fc.constantFrom('', 'subsistence', '低保'), plain(60_000_000), plain(2_000_000), fc.constantFrom('', 'Li', '名字', 'a=1'))
      .map(([place, g, a, b, n]) => `${place},${g},${a},${b},,,${n}`);
    const file = fc.tuple(fc.array(fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: line, weight: 3 }, { arbitrary: fc.constant(''), weight: 1 }), { maxLength: 30 }),
      fc.boolean(), fc.boolean(), fc.constantFrom(64, 200, 1000, 1 << 16), fc.boolean());
    let rows = 0;
    fc.assert(fc.property(file, ([all, crlf, endsWithNewline, size, withDefaults]) => {
      const defaults = withDefaults ? { region: '330200', date: '2015-06-01' } : {};
      // A line csv-parse cannot read at all is a row error of the CLI's own (test/fund/cli-files.test.ts).
      const lines = all.filter((l) => { try { return l === '' || slowLine(HEADER, l, defaults) !== null; } catch { return false; } });
      const eol = crlf ? '\r\n' : '\n';
      const text = lines.join(eol) + (endsWithNewline && lines.length ? eol : '');
      const expected = lines.filter((l) => l !== '').map((l) => `${slowLine(HEADER, l, defaults)}\n`).join('');
      const r = throughRun(HEADER, text, crlf, size, defaults);
      expect(r.written, JSON.stringify(text)).to.equal(expected);
      // Every line counted once, blank ones included (the CLI's line numbers follow).
      expect(r.lines, JSON.stringify(text)).to.equal(lines.length - (!endsWithNewline && lines.at(-1) === '' ? 1 : 0));
      rows += r.rows;
    }), { numRuns: 600 });
    // Not a vacuous pass: many rows went through the byte path.
    expect(rows).to.be.greaterThan(1_000);
    // In a CR LF file a line ending in LF alone is the slow path's (csv-parse reads on into the next line).
    const fp = fastPathFor(HEADER, {}, book)!;
    const mixed = enc.encode('330200,2015-06-01,resident,,150000,,,,Li\r\n330200,2015-06-01,resident,,150000,,,,Li\n');
    fastRun(fp, mixed, 0, mixed.length, true, true, new Uint8Array(4096), 0, 4000);
    expect([fp.rows, fp.inPos]).to.deep.equal([1, 42]);
  });

  it('finds each row\'s own rule among thousands of keys sharing four thousand slots, every time', () => {
    // 4,400 regions and dates (more keys than slots; most have no rule: the slow path's) twice over, in an order
    // that makes keys meet in one slot and push each other out: every row must still get the answer of its own key.
    const keys: string[] = [];
    for (const region of ['330200', '445100', '320281', '999999']) {
      for (let day = 0; day < 1100; day++) {
        keys.push(`${region},${new Date(Date.UTC(2013, 0, 1 + 2 * day)).toISOString().slice(0, 10)},employee`);
      }
    }
    // And the same bytes split otherwise between the scheme and group cells: rows the engine refuses.
    const swapped = ['445100,2017-06-01,employee,,150000,,,,', '445100,2017-06-01,,employee,150000,,,,',
      '445100,2017-06-01,employee,general,150000,,,,', '445100,2017-06-01,empl,oyeegeneral,150000,,,,'];
    const lines = [...keys, ...keys.reverse(), ...swapped, ...swapped].map((k, i) => (k.endsWith(',') ? k : `${k},,${(i * 7919) % 500_000}.${i % 100},,,,`));
    const text = `${lines.join('\n')}\n`;
    const r = throughRun(HEADER, text, false, 1 << 16);
    expect(r.written).to.equal(lines.map((l) => `${slowLine(HEADER, l)}\n`).join(''));
    expect(r.rows).to.be.greaterThan(600);
  });

  it('declines a line with a field too few, whatever the line before left behind', () => {
    const fp = fastPathFor(HEADER, {}, book)!;
    const full = enc.encode('330200,2015-06-01,resident,,150000,,,,Li');
    expect(fastRow(fp, full, 0, full.length)).to.equal(',72500.00,72500.00,20000.00,false,,');
    // No name cell: where the last line's name began is one past this line's end.
    const short = enc.encode('330200,2015-06-01,resident,,150000,,,');
    expect(fastRow(fp, short, 0, short.length)).to.equal(null);
  });

  it('copies every byte value at every place in a four-byte step only when the slow path would write it unchanged', () => {
    const header = ['region', 'date', 'scheme', 'selfPaid', 'note'];
    const fp = fastPathFor(header, {}, book)!;
    const head = enc.encode('330200,2015-06-01,resident,150000,');
    let accepted = 0;
    for (let b = 1; b < 256; b++) {
      if (b === 10 || b === 13) continue;
      for (let at = 0; at < 8; at++) {
        const note = enc.encode('abcdefgh');
        const bytes = new Uint8Array([...head, ...note.subarray(0, at), b, ...note.subarray(at)]);
        const fast = fastRow(fp, bytes, 0, bytes.length);
        if (b >= 0x80) { expect(fast, `${b} at ${at}`).to.equal(null); continue; }
        const text = new TextDecoder().decode(bytes);
        // A space, a control byte, a quote, DEL, a comma (one field too many), or = + - @ first in the cell.
        const declines = b <= 32 || b === 34 || b === 44 || b === 127 || (at === 0 && [61, 43, 45, 64].includes(b));
        expect(fast === null, `${b} at ${at}`).to.equal(declines);
        if (fast === null) continue;
        accepted++;
        expect(`${text}${fast}`, `${b} at ${at}`).to.equal(slowLine(header, text));
      }
    }
    expect(accepted).to.equal(8 * (0x7e - 0x21 + 1 - 2) - 4);
  });

  it('reads an amount four digits at a time only where all four are digits, at every place', () => {
    // Every printable byte (and a few characters of several bytes) in place of each digit of an eight-digit amount:
    // wherever the byte path accepts the line it writes the slow path's line, and only digits (or one '.' before
    // the last one or two) are read as an amount.
    const others = [...Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)), 'é', '万', '０'];
    let accepted = 0;
    for (const ch of others) {
      for (let at = 0; at < 8; at++) {
        const amount = `${'12345678'.slice(0, at)}${ch}${'12345678'.slice(at + 1)}`;
        const text = `320281,2021-06-01,resident,,${amount},,,,`;
        const fast = fastLine(HEADER, text);
        const readable = /^\d+(\.\d{1,2})?$/.test(amount);
        if (!readable) { expect(fast, amount).to.equal(null); continue; }
        accepted++;
        expect(fast, amount).to.equal(slowLine(HEADER, text));
      }
    }
    // The ten digits at every place, and '.' before the last one or two.
    expect(accepted).to.equal(80 + 2);
  });

  it('writes payouts past 2^31 分 (21,474,836.47 元, no cap) and every amount up to 1亿 as the slow path', () => {
    // 江阴 has no cap: 1亿 of burden pays tens of millions of 元, past the 32-bit figures.
    for (const region of ['320281', '320411']) {
      for (let i = 0; i <= 200; i++) {
        const amount = fenToYuan(Math.floor(1e10 * (i / 200) ** 0.5));
        const text = `${region},${region === '320281' ? '2021-06-01' : '2022-06-01'},resident,,${amount},,,,`;
        expect(fastLine(HEADER, text), text).to.equal(slowLine(HEADER, text));
      }
    }
    // Far past the limit, however many digits: the slow path's (the engine refuses it).
    for (const amount of ['100000000.01', '12345678901234567890', '9'.repeat(400)]) {
      expect(fastLine(HEADER, `330200,2015-06-01,resident,,${amount},,,,`), amount).to.equal(null);
    }
  });

  it('writes exactly the slow path\'s line for every junk line it accepts, and accepts the plain ones', () => {
    let accepted = 0;
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
    const header = ['region', 'date', 'scheme', 'selfPaid', 'priorSelfPaid', 'note'];
    // Any characters (U+00A0 and U+3000 included: csv-parse trims them off a field's end) except line endings.
    const chars = fc.oneof(fc.integer({ min: 0, max: 0x2fff }), fc.constantFrom(0x3000, 0xfeff, 0x2028, 0xa0, 0x22, 0x2c, 0x20, 0x9,
      0x3d, 0x2b, 0x2d, 0x40, 0xff1d, 0xff0b, 0xff0d, 0xff20, 0xff1c, 0x85, 0x1680, 0x2000, 0x200a, 0x200b, 0x2029, 0x202f, 0x205f, 0xfffe))
      .map((x) => String.fromCharCode(x === 10 || x === 13 ? 65 : x));
    const bytes = fc.array(chars, { maxLength: 12 }).map((c) => c.join(''));
    fc.assert(fc.property(bytes, fc.constantFrom('150000', '150000.5', '1,5', ''), (junk, amount) => {
      const text = `330200,2015-06-01,resident,${amount},,${junk}`;
      const fast = fastLine(header, text);
      if (fast !== null) expect(fast, JSON.stringify(text)).to.equal(slowLine(header, text));
    }), { numRuns: 5_000 });
    // Invalid UTF-8 (a GBK name read as UTF-8) would come out as U+FFFD on the slow path: declined.
    const fp = fastPathFor(header, {})!;
    const gbk = new Uint8Array([...enc.encode('330200,2015-06-01,resident,150000,,'), 0xc0, 0xee]);
    expect(fastRow(fp, gbk, 0, gbk.length)).to.equal(null);
  });

  it('reads UTF-8 and Unicode spaces byte by byte exactly as TextDecoder and /\\s/ do', () => {
    // ASCII spaces and controls are the first guard's (every byte ≤ 32 declines the line): here only the rest.
    const valid = (b: Uint8Array) => {
      // ignoreBOM: a decoder otherwise drops a leading U+FEFF, which inside a line is a space to /\s/ (found by
      // fast-check once in ~20,000 runs: the bytes EF BB BF first).
      const text = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
      try { return !/\s/.test(text().replace(/[\x00-\x20]/g, 'x')); } catch { return false; }
    };
    // Any bytes (overlong forms, surrogates, cut characters, above U+10FFFF), and any text's own bytes.
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 10 }),
      fc.array(fc.constantFrom(0x41, 0x80, 0x9a, 0xa0, 0xbb, 0xbf, 0xc0, 0xc2, 0xe0, 0xe1, 0xe2, 0xe3, 0xed, 0xef, 0xf0, 0xf4, 0xf5,
        0x81, 0x9f, 0x8f, 0x90), { maxLength: 8 })
        .map((a) => Uint8Array.from(a)),
      fc.string({ unit: 'binary', maxLength: 6 }).map((t) => enc.encode(t)),
    );
    fc.assert(fc.property(bytes, (b) => {
      const padded = new Uint8Array([0x78, ...b, 0x79]);
      expect(plainUtf8(padded, 1, padded.length - 1), JSON.stringify([...b])).to.equal(valid(b));
    }), { numRuns: 30_000, examples: [[Uint8Array.of(0xef, 0xbb, 0xbf)], [Uint8Array.of(0xef, 0xbb, 0xbf, 0x41)]] });
    for (const c of ['\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']) {
      expect(plainUtf8(enc.encode(`名${c}`), 0, enc.encode(`名${c}`).length), c).to.equal(false);
    }
    expect(plainUtf8(enc.encode('王芳\u0085\u200b😀'), 0, enc.encode('王芳\u0085\u200b😀').length)).to.equal(true);
  });

  it('equals the engine at every boundary ± 1 分 of every policy, with and without a prior burden', () => {
    const situations = [
      ['330200', '2015-06-01', 'resident', ''], ['320281', '2020-08-01', 'employee', 'medical-assistance'],
      ['445100', '2017-06-01', 'resident', 'subsistence'], ['445100', '2015-06-01', 'employee', ''], ['320411', '2022-06-01', 'resident', ''],
    ] as const;
    let checked = 0;
    for (const [region, date, scheme, group] of situations) {
      const c = compileRule(region, date, scheme, group || undefined);
      const points = [
        0, c.thresholdFen, ...c.tiers.flatMap((t) => [t.fromFen, t.toFen]).filter(Number.isFinite), ...(c.capFen >= 0 ? [c.capFen] : []),
      ];
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
    expect(fastLine(HEADER, '330200,2015-06-01,resident,,150000,30000,,,Li')).to.equal('330200,2015-06-01,resident,,150000,30000,,,Li,67500.00,72500.00,20000.00,false,,');
    // 潮府办〔2012〕90号 employees: 14,000 + 406,666.68 × 90% = 380,000.01 → capped at 380,000.00; the engine's
    // warnings (the document's minimums, its age) on the row, as codes.
    expect(fastLine(HEADER, '445100,2015-06-01,employee,,436666.68,,,,'))
      .to.equal('445100,2015-06-01,employee,,436666.68,,,,,380000.00,380000.00,10000.00,true,,document-minimum figures-may-be-stale');
  });

  it('leaves a tendered limit on other costs to the engine', () => {
    const header = ['region', 'date', 'selfPaid', 'otherSelfPaid', 'otherSelfPaidLimit'];
    const resident = { scheme: 'resident' };
    // 常开委办〔2021〕143号 二（二）: 120,000 × 50% = 60,000.00, limited to the tender's 20,000.00 by the engine.
    expect(fastLine(header, '320411,2022-06-01,0,120000,20000', resident)).to.equal(null);
    expect(slowLine(header, '320411,2022-06-01,0,120000,20000', resident)).to.equal('320411,2022-06-01,0,120000,20000,20000.00,20000.00,0.00,false,,');
    expect(fastLine(header, '320411,2022-06-01,0,120000,', resident)).to.equal(slowLine(header, '320411,2022-06-01,0,120000,', resident));
  });

  it('leaves a cell Excel would run as a formula to the slow path, which writes it as text (OWASP)', () => {
    for (const name of ['=1+1', '+1', '-2+3', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠x']) {
      const text = `330200,2015-06-01,resident,,150000,,,,${name}`;
      expect(fastLine(HEADER, text), name).to.equal(null);
      // 甬政办发〔2013〕268号 五: 150,000 → 72,500.00.
      expect(slowLine(HEADER, text), name).to.equal(`330200,2015-06-01,resident,,150000,,,,"'${name}",72500.00,72500.00,20000.00,false,,`);
    }
    // Not at the start of a cell: plain text, copied by the byte path.
    expect(fastLine(HEADER, '330200,2015-06-01,resident,,150000,,,,a=1+1')).to.equal('330200,2015-06-01,resident,,150000,,,,a=1+1,72500.00,72500.00,20000.00,false,,');
  });

  it('leaves a total line to the slow path whatever its label starts with, in any cell', () => {
    // Every first byte the byte path looks at again (t T g G s S; 合 小 全 共 start E5, 总 汇 本 start E6): a label of
    // each, in the name cell and in the group cell. The slow path refuses the row (no figures), never the byte path.
    const labels = ['total', 'Total', 'TOTALS', 'grandtotal', 'GrandTotal', 'subtotal', 'SubTotal', 'sum', 'Sum', 'SUM',
      '合计', '小计', '全部合计', '共计', '总计', '汇总', '本页合计', '合计：', '总计(元)'];
    for (const label of labels) {
      for (const text of [`330200,2015-06-01,resident,,150000,,,,${label}`, `330200,2015-06-01,resident,${label},150000,,,,Li`]) {
        expect(fastLine(HEADER, text), text).to.equal(null);
        expect(slowRow(layoutFor(HEADER, {}) as Layout, text.split(','), book).error, text).to.equal(`row: 合计行（“${label}”），不是参保人：未计算`);
      }
    }
    // Words that only start alike are people's cells: the byte path takes them (甬政办发〔2013〕268号 五: 150,000 → 72,500.00).
    for (const name of ['tom', 'Tony', 'grace', 'Su', 'subsistence', '王芳']) {
      const text = `330200,2015-06-01,resident,,150000,,,,${name}`;
      expect(fastLine(HEADER, text), name).to.equal(`${text},72500.00,72500.00,20000.00,false,,`);
    }
  });

  it('quotes every other cell exactly as csv-stringify does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (cell) => {
      if (/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(cell) || cell.includes('\r')) return;
      expect(csvCell(cell), JSON.stringify(cell)).to.equal(stringify([[cell]]).replace(/\n$/, ''));
    }), { numRuns: 5_000 });
    // A lone CR is quoted too (csv-stringify leaves it bare, and a spreadsheet would break the row there).
    expect(csvCell('a\rb')).to.equal('"a\rb"');
  });

  it('reads Chinese column names and 职工 / 低保 on the byte path as on the slow path', () => {
    const header = ['地区', '结算日期', '医保类型', '人群', '合规自付', '姓名'];
    // 粤府办〔2016〕85号 三（三） for 低保: (30,000 − 3,000) × 70% + 20,000 × 70% = 32,900.00.
    const text = '445100,2017-06-01,居民,低保,50000,王芳';
    expect(fastLine(header, text)).to.equal('445100,2017-06-01,居民,低保,50000,王芳,32900.00,32900.00,3000.00,false,,document-minimum figures-may-be-stale');
    expect(fastLine(header, text)).to.equal(slowLine(header, text));
  });

  it('leaves a header it cannot copy through to the slow path', () => {
    const d = { date: '2015-06-01', scheme: 'resident' };
    expect(fastPathFor(['region', 'selfPaid', 'payout'], d)).to.equal(null);
    expect(fastPathFor(['region', 'self Paid'], d)).to.equal(null);
    expect(fastPathFor(['region', 'region'], d)).to.equal(null);
    expect(fastPathFor(['region', ''], d)).to.equal(null);
    expect(fastPathFor(['region', 'selfPaid', 'warnings'], d)).to.equal(null);
    expect(fastPathFor(['region', 'selfPaid'], d)).to.not.equal(null);
    // No scheme column and no default: the CLI refuses the file before any row.
    expect(fastPathFor(['region', 'date', 'selfPaid'], {})).to.equal(null);
    expect(layoutFor(['region', 'date', 'selfPaid'], {})).to.deep.equal({ kind: 'missing', fields: ['scheme'] });
    expect(layoutFor(['region', 'date', 'scheme', 'selfPaid', '个人负担'], {})).to.deep.equal({ kind: 'twice', field: 'selfPaid', columns: ['selfPaid', '个人负担'] });
  });
});
