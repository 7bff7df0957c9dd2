// `dbbx batch` on files as fund offices have them (issue 12): Chinese Excel's GB18030 CSV, Chinese column names,
// every request field honoured or refused, cells Excel would run as formulas, and every fault of the files or
// the command line as one plain line with its own exit code. The Node command runs for real (test/plugins/cli.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parse } from 'csv-parse/browser/esm/sync';
import { detectEncoding } from '../../src/fund/encoding.js';

interface Run { code: number; stdout: string; stdoutBase64: string; stderr: string; asUser: 'nobody' | 'self' }
interface FileSpec { text?: string; base64?: string; mode?: number; dir?: boolean }
interface Payload {
  args: string[]; stdin?: string; stdinBase64?: string; files?: Record<string, FileSpec>;
  stdout?: 'full' | 'close-after-first-line'; unprivileged?: boolean;
}
const cli = (p: Payload) => executeServerCommand<Run, Payload>('dbbx-cli', p) as Promise<Run>;

const base64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => { out.set(p, at); return at + p.length; }, 0);
  return out;
};

// GB18030 as Chinese Excel writes it: ASCII as itself, every other character here as its two-byte GBK code.
// (TextEncoder only writes UTF-8: the table is the GB18030 decoder read backwards.)
let gbk: Map<string, [number, number]> | null = null;
function gb18030(text: string): Uint8Array {
  if (!gbk) {
    gbk = new Map();
    const d = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const c = d.decode(new Uint8Array([a, b]));
        if (c.length === 1 && c !== '\ufffd' && !gbk.has(c)) gbk.set(c, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = gbk.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

/** The output as records keyed by column name (the byte-order mark dropped as Excel drops it). */
const records = (r: Run) => parse(r.stdout, { bom: true, columns: true }) as Record<string, string>[];
const noStack = (r: Run) => {
  expect(r.stderr, r.stderr).to.not.match(/\n\s+at |node:internal|Error: /);
  expect(r.stderr.trim().split('\n'), r.stderr).to.have.length(1);
};

describe('dbbx batch reads the files offices have (issue 12)', () => {
  it('reads Chinese Excel\'s GB18030 CSV with a Chinese header, 1.8万 and 居民/职工/低保, and says which encoding it used', async () => {
    const csv = [
      '地区,结算日期,医保类型,人群,合规自付,姓名',
      '445100,2017-06-01,职工,,50000,李四',
      '445100,2017-06-01,居民,低保,50000,王芳',
      '330200,2015-06-01,城乡居民,,1.8万,张三',
    ].join('\r\n');
    const r = await cli({ args: ['batch', 'claims.csv'], files: { 'claims.csv': { base64: base64(gb18030(csv)) } } });
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stderr).to.contain('按 GB18030 读取文件（自动识别');
    const rows = records(r);
    expect(rows.map((x) => x['姓名'])).to.deep.equal(['李四', '王芳', '张三']);
    expect(r.stdout).to.not.contain('\ufffd');
    // 潮府办〔2012〕90号 二（三） employees: (30,000 − 10,000) × 70% + (50,000 − 30,000) × 90% = 14,000 + 18,000.
    expect(rows[0]!.payout).to.equal('32000.00');
    // 粤府办〔2016〕85号 三（三） for 低保: (30,000 − 3,000) × 70% + 20,000 × 70% = 18,900 + 14,000.
    expect(rows[1]!.payout).to.equal('32900.00');
    // 甬政办发〔2013〕268号 五: 1.8万 = 18,000 is below the 20,000 threshold: 0.00 (it was refused as "1.8��").
    expect([rows[2]!.payout, rows[2]!.threshold, rows[2]!.error]).to.deep.equal(['0.00', '20000.00', '']);
  });

  it('refuses an Excel 合计 / 小计 / Total line as that row\'s error (its "payout" summed with the people\'s doubled the spending)', async () => {
    const csv = [
      '人员编号,姓名,地区,结算日期,险种,人群,个人负担',
      'P1,张三,445100,2017-06-01,居民,,50000',
      'P2,李四,445100,2017-06-01,居民,低保,50000',
      'P3,sumi,445100,2017-06-01,居民,,30000',
      '合计,,445100,2017-06-01,居民,,130000',
      '小 计：,,445100,2017-06-01,居民,,130000',
      'Total,,445100,2017-06-01,居民,,130000',
    ].join('\r\n');
    for (const bytes of [gb18030(csv), utf8(csv)]) {
      const r = await cli({ args: ['batch', 'claims.csv', '--no-bom'], files: { 'claims.csv': { base64: base64(bytes) } } });
      expect(r.code, r.stderr).to.equal(3);
      const rows = records(r);
      // 潮府办〔2012〕90号 二（三）: 10,000 × 50% + 20,000 × 60% = 22,000.00; 粤府办〔2016〕85号 三（三） for 低保: 32,900.00
      // (worked above); 30,000: (30,000 − 10,000) × 50% = 10,000.00 ("sumi" is a name, not a total).
      expect(rows.map((x) => x.payout)).to.deep.equal(['22000.00', '32900.00', '10000.00', '', '', '']);
      expect(rows.slice(3).map((x) => x.error)).to.deep.equal([
        'row: 合计行（“合计”），不是参保人：未计算', 'row: 合计行（“小 计：”），不是参保人：未计算', 'row: 合计行（“Total”），不是参保人：未计算',
      ]);
    }
  });

  it('reads 个人负担（万元） and (分) columns exactly, refuses a fraction of a 分 on its row and a unit it does not read', async () => {
    const csv = [
      '地区,结算日期,险种,个人负担（万元）,本次之前的年度累计个人负担(分)',
      '445100,2017-06-01,居民,5.2,1000000',
      '445100,2017-06-01,居民,5.2000001,',
      '445100,2017-06-01,居民,5.2,100.5',
    ].join('\r\n');
    const r = await cli({ args: ['batch', 'claims.csv', '--no-bom'], files: { 'claims.csv': { base64: base64(gb18030(csv)) } } });
    expect(r.code, r.stderr).to.equal(3);
    const rows = records(r);
    // 潮府办〔2012〕90号 二（三）: 5.2 万元 = 52,000 元: (30,000 − 10,000) × 50% + (52,000 − 30,000) × 60% = 10,000 + 13,200
    // = 23,200.00 for the year; 1,000,000 分 = 10,000 元 before, at the threshold: 0.00 paid then, so 23,200.00 now.
    // Read in 元 as written, 5.2 was 0.00 and the prior 1,000,000 元 made the row an error.
    expect([rows[0]!.payout, rows[0]!.yearToDatePayout, rows[0]!.error]).to.deep.equal(['23200.00', '23200.00', '']);
    // 5.2000001 万元 = 52,000.001 元: not to the 分. 100.5 分: not a whole 分. Never read as 元 instead.
    expect([rows[1]!.payout, rows[1]!.error]).to.deep.equal(['', 'selfPaid: “5.2000001”（万元）不是精确到分的金额（只写数字，最多 6 位小数）']);
    expect([rows[2]!.payout, rows[2]!.error]).to.deep.equal(['', 'priorSelfPaid: “100.5”（分）不是精确到分的金额（只写数字，不带小数）']);
    const k = await cli({ args: ['batch', 'k.csv'], files: { 'k.csv': { text: '地区,结算日期,险种,个人负担（千元）\n445100,2017-06-01,居民,52\n' } } });
    expect(k.code).to.equal(2);
    expect(k.stderr).to.contain('列“个人负担（千元）”的单位“千元”无法换算');
  });

  it('takes --encoding over the detection; a line the encoding cannot read is that row\'s error, never U+FFFD', async () => {
    const bytes = base64(gb18030('region,date,scheme,selfPaid,name\n330200,2015-06-01,resident,150000,李四\n330200,2015-06-01,resident,30000,Li\n'));
    const asUtf8 = await cli({ args: ['batch', 'gbk.csv', '--encoding', 'utf-8'], files: { 'gbk.csv': { base64: bytes } } });
    expect(asUtf8.code).to.equal(3);
    expect(asUtf8.stdout).to.not.contain('\ufffd');
    expect(asUtf8.stderr).to.contain('按 UTF-8 读取文件（--encoding 指定）').and.contain('第 2 行： 这一行不是有效的 UTF-8 文本');
    // 甬政办发〔2013〕268号 五: (30,000 − 20,000) × 50% = 5,000.00; the readable line is still calculated.
    expect(records(asUtf8).map((x) => [x.name, x.payout])).to.deep.equal([['Li', '5000.00']]);
    const asGbk = await cli({ args: ['batch', 'gbk.csv', '--encoding=gbk'], files: { 'gbk.csv': { base64: bytes } } });
    expect(asGbk.code).to.equal(0);
    // 150,000: 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 15,000 + 27,500 + 30,000 = 72,500.00.
    expect(records(asGbk).map((x) => [x.name, x.payout])).to.deep.equal([['李四', '72500.00'], ['Li', '5000.00']]);
    const bad = await cli({ args: ['batch', 'gbk.csv', '--encoding', 'latin1'], files: { 'gbk.csv': { base64: bytes } } });
    expect([bad.code, bad.stdout]).to.deep.equal([2, '']);
    expect(bad.stderr).to.contain('--encoding “latin1”不是可选值：auto、utf-8、gb18030、gbk。');
  });

  it('decides on whole lines: a character cut at a chunk edge keeps UTF-8, and GB18030 first met after 1 MB is found', async () => {
    // Standard input arrives in 64 KiB pieces, a file in 1 MiB pieces: 王 (3 bytes in UTF-8) straddles each edge.
    const head = 'region,date,scheme,selfPaid,name\n';
    const row = '330200,2015-06-01,resident,30000,';
    const straddle = (edge: number) => {
      // ASCII so far: as many bytes as characters.
      const rows = Math.floor((edge - head.length - row.length - 40) / (row.length + 3));
      let text = head + `${row}Li\n`.repeat(rows);
      text += `${row}${'x'.repeat(edge - text.length - row.length - 1)}王\n`;
      expect(utf8(text).subarray(edge - 1, edge + 2)).to.deep.equal(utf8('王'));
      return text;
    };
    const piped = await cli({ args: ['batch', '-'], stdinBase64: base64(utf8(straddle(1 << 16))) });
    expect(piped.code, piped.stderr).to.equal(0);
    expect(piped.stderr).to.contain('按 UTF-8 读取文件（自动识别');
    expect(records(piped).at(-1)!.name).to.match(/^x+王$/);
    const file = await cli({ args: ['batch', 'big.csv'], files: { 'big.csv': { base64: base64(utf8(straddle(1 << 20))) } } });
    expect(file.code, file.stderr).to.equal(0);
    expect(file.stderr).to.contain('按 UTF-8 读取文件（自动识别');
    expect(records(file).at(-1)!.name).to.match(/^x+王$/);
    // 1.2 MB of ASCII, then the first GBK name: the whole file is GB18030 all the same.
    const late = `${head}${`${row}Li\n`.repeat(Math.ceil(1_200_000 / (row.length + 3)))}${row}李四\n`;
    const gb = await cli({ args: ['batch', 'late.csv'], files: { 'late.csv': { base64: base64(gb18030(late)) } } });
    expect(gb.code, gb.stderr).to.equal(0);
    expect(gb.stderr).to.contain('按 GB18030 读取文件（自动识别');
    expect(records(gb).at(-1)!.name).to.equal('李四');
  });

  it('keeps a quoted field whole when it runs over the 1 MiB edge of a file\'s reads (their buffer is read into again)', async () => {
    // The record's first line lies wholly before the edge and waits for its closing quote, which comes after it;
    // the next megabyte is read into the same memory, so the waiting line must be its own copy by then. The file
    // is over 2 MiB: a short second read would leave the first line's bytes where they were.
    const head = 'region,date,scheme,selfPaid,note\n';
    const row = '330200,2015-06-01,resident,30000,';
    const edge = 1 << 20;
    let text = head + `${row}Li\n`.repeat(Math.floor((edge - head.length - 200) / (row.length + 3)));
    const first = `${row}"first half\n`;
    text += `${'x'.repeat(edge - 100 - text.length - first.length)}\n${first}`;
    text += `${'y'.repeat(150)} second half"\n`;
    const after = Math.ceil((edge + 50_000) / (row.length + 3));
    text += `${row}Zz\n`.repeat(after);
    expect(text.length).to.be.greaterThan(2 * edge);
    const run = await cli({ args: ['batch', 'edge.csv'], files: { 'edge.csv': { base64: base64(utf8(text)) } } });
    const rows = records(run);
    const quoted = rows.filter((r) => r.note!.startsWith('first'));
    // The ragged 'xxx' line has one cell: a row error of its own, the lines around it read as usual.
    expect(run.code, run.stderr).to.equal(3);
    // (30,000 − 20,000 threshold) × 50% = 5,000.00 (甬政办发〔2013〕268号 五).
    expect(quoted.map((r) => [r.note, r.payout])).to.deep.equal([[`first half\n${'y'.repeat(150)} second half`, '5000.00']]);
    expect(rows.filter((r) => r.note === 'Zz').length).to.equal(after);
  });

  it('reads a UTF-8 export with one damaged line and one GBK line as UTF-8: names as written, only those lines refused, file or pipe alike', async () => {
    // Not valid UTF-8 throughout, the file was read as GB18030: 王芳 (valid GB18030 too) came out as 鐜嬭姵 without
    // a word and 低保 as other characters. Read from a pipe, whose first 64 KiB piece held no damage, it was UTF-8.
    const bytes = join(
      utf8('region,date,scheme,group,selfPaid,name\n445100,2017-06-01,resident,低保,50000,王芳\n445100,2017-06-01,resident,,40000,李明\n'),
      utf8('330200,2015-06-01,resident,,30000,Li\n'.repeat(3000)),
      utf8('330200,2015-06-01,resident,,30000,'), new Uint8Array([0xff, 0xfe, 0x0a]),
      gb18030('330200,2015-06-01,resident,,30000,张三\n'),
      utf8('330200,2015-06-01,resident,,150000,Wang\n'),
    );
    const file = await cli({ args: ['batch', 'export.csv'], files: { 'export.csv': { base64: base64(bytes) } } });
    const piped = await cli({ args: ['batch', '-'], stdinBase64: base64(bytes) });
    for (const r of [file, piped]) {
      expect(r.code, r.stderr).to.equal(3);
      expect(r.stderr).to.contain('按 UTF-8 读取文件（自动识别')
        .and.contain('第 3004 行： 这一行不是有效的 UTF-8 文本').and.contain('第 3005 行： 这一行不是有效的 UTF-8 文本');
      expect(r.stdout).to.not.contain('\ufffd');
      const rows = records(r);
      // 粤府办〔2016〕85号 三（三）for 低保: (30,000 − 3,000) × 70% + 20,000 × 70% = 18,900 + 14,000 = 32,900.00;
      // 潮府办〔2012〕90号 二（三）: (30,000 − 10,000) × 50% + (40,000 − 30,000) × 60% = 16,000.00;
      // 甬政办发〔2013〕268号 五: (30,000 − 20,000) × 50% = 5,000.00, and 150,000 → 72,500.00.
      expect(rows.slice(0, 3).map((x) => [x.name, x.group, x.payout]))
        .to.deep.equal([['王芳', '低保', '32900.00'], ['李明', '', '16000.00'], ['Li', '', '5000.00']]);
      expect([rows.length, rows.at(-1)!.name, rows.at(-1)!.payout]).to.deep.equal([3003, 'Wang', '72500.00']);
    }
    expect(file.stdout).to.equal(piped.stdout);
  });

  it('writes a byte-order mark so Excel opens the output as UTF-8 (--no-bom: none), and reads one', async () => {
    const csv = 'region,date,scheme,selfPaid,name\n330200,2015-06-01,resident,150000,王芳\n';
    const withBom = await cli({ args: ['batch', '-'], stdin: csv });
    expect(withBom.stdout.startsWith('\ufeffregion,date,scheme,selfPaid,name,payout,')).to.equal(true);
    expect(atob(withBom.stdoutBase64).slice(0, 3)).to.equal('\xef\xbb\xbf');
    const without = await cli({ args: ['batch', '-', '--no-bom'], stdin: csv });
    expect(without.stdout.startsWith('region,')).to.equal(true);
    // A BOM in the input says UTF-8 and is not part of the first column's name: region is still found.
    const bomIn = await cli({ args: ['batch', '-'], stdin: `\ufeff${csv}` });
    expect(bomIn.code).to.equal(0);
    expect(bomIn.stderr).to.contain('文件以 UTF-8 BOM 开头');
    expect(bomIn.stdout).to.equal(withBom.stdout);
  });
});

describe('detectEncoding, for dbbx batch and <dbbx-fund> alike', () => {
  const damaged = new Uint8Array([0x33, 0x2c, 0xff, 0xfe, 0x0a]);
  it('takes the encoding that reads more of the lines as text, not GB18030 for any fault', () => {
    const cases: [string, Uint8Array, string][] = [
      ['UTF-8', utf8('编号,人群\nP1,低保\n'), 'utf-8'],
      ['GBK', gb18030('编号,人群,个人负担\nP1,低保,50000\nP3,特困,5000\n'), 'gb18030'],
      // Was GB18030 (王芳 read as 鐜嬭姵):
      ['UTF-8, one damaged line', join(utf8('a,name,group\n1,王芳,低保\n2,李明,特困\n'), damaged), 'utf-8'],
      ['UTF-8, one GBK line', join(utf8('a,name,group\n1,王芳,低保\n2,李明,特困\n'), gb18030('3,张三,低保\n')), 'utf-8'],
      ['GBK, one UTF-8 line', join(gb18030('a,name,group\n1,王芳,低保\n2,李明,特困\n4,赵四,普通\n'), utf8('3,张三,低保\n')), 'gb18030'],
      // One line each: GBK of two rare characters (not text-like, but only GB18030 reads it); damage alone.
      ['GBK, rare characters only', join(utf8('a,name\n'), gb18030('1,鼷鼹\n')), 'gb18030'],
      ['damage alone', join(utf8('a,name\n'), damaged), 'utf-8'],
      ['UTF-8 byte-order mark', join(new Uint8Array([0xef, 0xbb, 0xbf]), gb18030('1,张三\n')), 'utf-8'],
    ];
    expect(cases.map(([name, bytes]) => [name, detectEncoding(bytes)])).to.deep.equal(cases.map(([name, , want]) => [name, want]));
  });
});

describe('dbbx batch honours every request field or refuses (issue 12)', () => {
  it('refuses a file with no scheme unless --scheme is given (it was calculated as resident: 22,000 where an employee gets 32,000)', async () => {
    const csv = 'region,date,selfPaid\n445100,2017-06-01,50000\n';
    const none = await cli({ args: ['batch', '-'], stdin: csv });
    expect([none.code, none.stdout]).to.deep.equal([2, '']);
    expect(none.stderr).to.contain('scheme').and.contain('--scheme resident|employee');
    noStack(none);
    // 潮府办〔2012〕90号 二（三）: employees (30,000 − 10,000) × 70% + 20,000 × 90% = 32,000.00;
    // residents (30,000 − 10,000) × 50% + 20,000 × 60% = 22,000.00.
    const employee = await cli({ args: ['batch', '-', '--scheme', 'employee'], stdin: csv });
    expect(records(employee)[0]!.payout).to.equal('32000.00');
    const resident = await cli({ args: ['batch', '-', '--scheme', '居民'], stdin: csv });
    expect(records(resident)[0]!.payout).to.equal('22000.00');
    // An empty cell in a scheme column is that row's error, in the engine's words.
    const blank = await cli({ args: ['batch', '-'], stdin: 'region,date,scheme,selfPaid\n445100,2017-06-01,,50000\n445100,2017-06-01,employee,50000\n' });
    expect(blank.code).to.equal(3);
    expect(records(blank).map((x) => [x.payout, x.error])).to.deep.equal([['', 'scheme: 险种“”不是可选值：城乡居民医保（resident）、职工医保（employee）。'], ['32000.00', '']]);
  });

  it('passes every request field named in Chinese or English to the engine and copies the other columns untouched', async () => {
    const csv = [
      '地区,结算日期,险种,人群,个人负担,本次之前的年度累计个人负担,其他自付费用,本次之前的其他自付费用,其他自付费用年度报销限额,备注',
      '320411,2022-06-01,居民,低保,30000,10000,120000,20000,20000,甲',
      '320411,2022-06-01,居民,低保,30000,10000,120000,20000,,乙',
    ].join('\n');
    const r = await cli({ args: ['batch', '-'], stdin: csv });
    expect(r.code, r.stderr).to.equal(0);
    const rows = records(r);
    // 常开委办〔2021〕143号 三: self-paid × 100%, other costs × 50% up to the tendered limit of 20,000.
    // Year to date 30,000 + min(60,000, 20,000) = 50,000; before 10,000 + 10,000 = 20,000; this claim 30,000.00.
    expect(rows[0]).to.deep.include({ 备注: '甲', payout: '30000.00', yearToDatePayout: '50000.00', threshold: '0.00', warnings: '' });
    // No limit given: 30,000 + 60,000 = 90,000 year to date, less 20,000 before = 70,000.00, and the engine's warning.
    expect(rows[1]).to.deep.include({ 备注: '乙', payout: '70000.00', yearToDatePayout: '90000.00' });
    expect(rows[1]!.warnings).to.equal('other-limit-not-set');
    expect(r.stderr).to.contain('! other-limit-not-set: 其他自付费用的年度报销限额按中标方案实施，文件未公布；未填写限额，按不设限额计算。');
    const twice = await cli({ args: ['batch', '-', '--scheme', 'resident'], stdin: 'region,date,selfPaid,个人负担\n330200,2015-06-01,1,2\n' });
    expect([twice.code, twice.stdout]).to.deep.equal([2, '']);
    expect(twice.stderr).to.contain('“selfPaid”、“个人负担”');
  });

  it('writes the codes of the engine\'s warnings on every row (a 2013 document on a 2026 date), on either path, and their words once', async () => {
    // The first line takes the byte path, the second (a quoted amount) csv-parse and the engine: same warnings.
    const csv = 'region,date,scheme,selfPaid\n330200,2026-06-01,resident,150000\n330200,2026-06-01,resident,"150,000"\n'
      + '330200,2015-06-01,resident,150000\n';
    const r = await cli({ args: ['batch', '-'], stdin: csv });
    const zh = records(r);
    expect(zh[0]!.warnings).to.equal('figures-may-be-stale');
    expect(zh[1]!.warnings).to.equal(zh[0]!.warnings);
    // 2015 is within the document's known life: no warning. The figures stay 72,500.00 (五).
    expect(zh.map((x) => x.payout)).to.deep.equal(['72500.00', '72500.00', '72500.00']);
    expect(zh[2]!.warnings).to.equal('');
    // The words once on stderr, in the output language, however many rows carry the code.
    const said = r.stderr.split('\n').filter((l) => l.includes('! figures-may-be-stale:'));
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('本结果所用标准来自甬政办发〔2013〕268号（2013 年的标准，已知现行至 2017-08-31）');
    const en = await cli({ args: ['batch', '-', '--lang', 'en'], stdin: csv });
    expect(records(en).map((x) => x.warnings)).to.deep.equal(['figures-may-be-stale', 'figures-may-be-stale', '']);
    expect(en.stderr).to.contain('! figures-may-be-stale: The figures come from 甬政办发〔2013〕268号 (figures of 2013, known to be current until 2017-08-31)');
  });
});

describe('dbbx batch never writes a cell Excel would run (OWASP CSV injection, issue 12)', () => {
  it('puts a quote mark before = + - @ tab CR (and ＝＋－＠) on plain and quoted lines, in the header too', async () => {
    const csv = [
      'region,date,scheme,selfPaid,=note',
      '330200,2015-06-01,resident,30000,"=HYPERLINK(""http://x.example/?"",""click"")"',
      '330200,2015-06-01,resident,30000,+cmd|\' /C calc\'!A0',
      '330200,2015-06-01,resident,30000,@SUM(1+1)',
      '330200,2015-06-01,resident,30000,-2+3',
      '330200,2015-06-01,resident,30000,＝1+1',
      '330200,2015-06-01,resident,30000,"a\tb"',
      '330200,2015-06-01,resident,-5,ok',
    ].join('\n');
    const r = await cli({ args: ['batch', '-', '--no-bom'], stdin: csv });
    const out = r.stdout.split('\n');
    expect(out[0]).to.equal('region,date,scheme,selfPaid,"\'=note",payout,yearToDatePayout,threshold,capApplied,error,warnings');
    // 甬政办发〔2013〕268号 五: (30,000 − 20,000) × 50% = 5,000.00 for each good row.
    const tail = ',5000.00,5000.00,20000.00,false,,';
    expect(out.slice(1, 7)).to.deep.equal([
      `330200,2015-06-01,resident,30000,"'=HYPERLINK(""http://x.example/?"",""click"")"${tail}`,
      `330200,2015-06-01,resident,30000,"'+cmd|' /C calc'!A0"${tail}`,
      `330200,2015-06-01,resident,30000,"'@SUM(1+1)"${tail}`,
      `330200,2015-06-01,resident,30000,"'-2+3"${tail}`,
      `330200,2015-06-01,resident,30000,"'＝1+1"${tail}`,
      `330200,2015-06-01,resident,30000,a\tb${tail}`,
    ]);
    // A negative amount is refused by the engine, and its echo is neutralised like any other cell.
    expect(out[7]).to.match(/^330200,2015-06-01,resident,"'-5",ok,,,,,selfPaid: .*不能为负数。,$/);
  });
});

describe('dbbx faults are one line with an exit code, never a stack trace (issue 12)', () => {
  const csv = 'region,date,scheme,selfPaid\n330200,2015-06-01,resident,30000\n';

  it('a missing file, a folder and an unreadable file: exit 4 and one line naming the file', async () => {
    const missing = await cli({ args: ['batch', 'nope.csv'] });
    expect(missing.code).to.equal(4);
    expect(missing.stderr).to.equal('dbbx batch: 找不到文件“nope.csv”。 file not found: nope.csv.\n');
    const folder = await cli({ args: ['batch', 'claims', '--lang', 'en'], files: { claims: { dir: true } } });
    expect(folder.code).to.equal(4);
    expect(folder.stderr).to.equal('dbbx batch: claims is a folder, not a CSV file.\n');
    // Root reads a chmod 000 file regardless: the plugin then runs the command as the user nobody.
    const locked = await cli({ args: ['batch', 'locked.csv', '--lang', 'zh'], files: { 'locked.csv': { text: csv, mode: 0 } }, unprivileged: true });
    expect(locked.code, `${locked.asUser}: ${locked.stderr}`).to.equal(4);
    expect(locked.stderr).to.equal('dbbx batch: 没有读取“locked.csv”的权限。\n');
    const utf16 = await cli({ args: ['batch', 'u16.csv'], files: { 'u16.csv': { base64: base64(new Uint8Array([0xff, 0xfe, 0x72, 0, 0x65, 0, 0x0a, 0])) } } });
    expect(utf16.code).to.equal(4);
    noStack(utf16);
  });

  it('stops quietly when the reader closes the pipe (| head -1), and says so in one line when the disk is full', async () => {
    let big = 'region,date,scheme,selfPaid,name\n';
    for (let i = 0; i < 60_000; i++) big += `330200,2026-06-01,resident,${i * 7},n${i}\n`;
    const head = await cli({ args: ['batch', 'big.csv'], files: { 'big.csv': { text: big } }, stdout: 'close-after-first-line' });
    expect([head.code, head.stderr]).to.deep.equal([0, '']);
    expect(head.stdout.startsWith('\ufeffregion,date,scheme,selfPaid,name,payout')).to.equal(true);
    const full = await cli({ args: ['batch', 'big.csv'], files: { 'big.csv': { text: big } }, stdout: 'full' });
    expect(full.code).to.equal(4);
    expect(full.stderr).to.contain('无法写出结果：磁盘已满（ENOSPC）').and.contain('no space left on the device');
    noStack(full);
    const settle = await cli({ args: ['settle', '--region', '445100', '--date', '2017-12-31', '--premium', '1000000', '--claims', '900000'], stdout: 'full' });
    expect(settle.code).to.equal(4);
    noStack(settle);
  });

  it('prints its version for --version, and its help (exit codes, encodings, warnings, the formula rule) for --help', async () => {
    const v = await cli({ args: ['--version'] });
    expect(v.code).to.equal(0);
    expect(v.stdout).to.match(/^dbbx \d+\.\d+\.\d+\n$/);
    const h = await cli({ args: ['batch', '--help'] });
    expect(h.code).to.equal(0);
    expect(h.stdout).to.contain('Exit codes').and.contain('GB18030').and.contain('warnings').and.contain('OWASP').and.contain('--no-bom');
  });

  it('checks every option of every command: the value echoed, the allowed values named, a typo answered', async () => {
    const cases: [string[], string][] = [
      [['batch', '-', '--scheme', 'foo'], '--scheme “foo”不是可选值：城乡居民医保（resident）、职工医保（employee）。'],
      [['batch', '-', '--group', 'vip'], '--group “vip”不是可选值：普通参保人员（general）'],
      [['batch', '-', '--region', '33020'], '--region “33020” 应为 6 位行政区划代码'],
      [['batch', '-', '--date', '2015-6-1'], '--date “2015-6-1”不是有效日期，请写成 YYYY-MM-DD。'],
      [['batch', '-', '--lang', 'fr'], '--lang “fr”不是可选值：zh、en。'],
      [['batch', '-', '--regoin', '330200'], '没有选项 --regoin，是不是 --region？'],
      [['batch', '-', '--scheme'], '--scheme 需要一个值。'],
      [['batch', '-', '--no-bom=1'], '--no-bom 不带值。'],
      [['batch'], 'batch 需要一个 CSV 文件'],
      [['batch', 'a.csv', 'b.csv'], '多了参数“b.csv”'],
      [['settle', '--region', '445100', '--date', '2017-12-31', '--premium', '1', '--claims', '1', '--excess-to', 'refnd'], '--excess-to “refnd”不是可选值：refund、next-year。'],
      [['settle', '--region', '445100', '--date', '2017-12-31', '--insured', '0x10', '--premium-per-person', '20', '--claims', '1'], '--insured 应为大于 0 的整数，“0x10”不是。'],
      [['settle', '--exces-to', 'refund'], '是不是 --excess-to？'],
      [['settle', '--premium', '1e5'], '--premium：“1e5”不是金额'],
      [['settle', '--profit-cap', '5'], '--profit-cap 应为 0 到 1 之间的小数（例如 0.05 表示 5%），“5”不是。'],
      [['sql', '--region', '330200', '--date', '2015-06-01', '--dialect', 'oracle'], '--dialect “oracle”不是可选值：duckdb、postgres。'],
      [['sql', '--region', '330200', '--date', '2015-06-01', '--scheme', 'foo'], '--scheme “foo”不是可选值'],
      [['bach', 'x.csv'], '没有命令“bach”，是不是 batch？'],
    ];
    for (const [args, message] of cases) {
      const r = await cli({ args, stdin: csv });
      expect([r.code, r.stdout], args.join(' ')).to.deep.equal([2, '']);
      expect(r.stderr, args.join(' ')).to.contain(message);
      noStack(r);
    }
    // In English alone when asked.
    const en = await cli({ args: ['settle', '--excess-to', 'refnd', '--lang', 'en'] });
    expect(en.stderr).to.equal('dbbx settle: --excess-to "refnd" is not one of: refund, next-year. (dbbx --help)\n');
  });
});
