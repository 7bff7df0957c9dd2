// dbbx — the command line for a fund office.
//   dbbx batch claims.csv --region 330200 --date 2015-06-01 > payouts.csv
//   dbbx settle --region 445100 --date 2017-12-31 --premium 1000000 --claims 900000
//   dbbx sql --region 330200 --date 2015-06-01 > payout.sql
// Streams: memory stays flat however many rows. Every bad row gets a line-numbered reason on stderr and in
// its own `error` column; the good rows are all written.
import { createReadStream, statSync } from 'node:fs';
import { parse as parseSync } from 'csv-parse/sync';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { settleContract, DbbxInputError, type CompiledRule, type Scheme } from '../engine/index.js';
import { ruleSql, type SqlDialect } from '../fund/sql.js';
import { OUT, calculateRow, fastPathFor, fastRowInto, type FastPath, type Field, type Lang } from './rows.js';
import { lint, LINT_HELP } from './lint.js';

const HELP = `dbbx — 大病保险 calculations for a fund office

  dbbx batch FILE.csv|- [--region CODE] [--date YYYY-MM-DD] [--scheme resident|employee] [--group G] [--lang zh|en]
      Reads a CSV whose columns are named as the engine's request fields (region, date, scheme, group,
      selfPaid, priorSelfPaid, otherSelfPaid, priorOtherSelfPaid, otherSelfPaidLimit); flags give values for
      absent columns.
      Writes every input row to stdout with payout, yearToDatePayout, threshold, capApplied and error.
      Exit code 0: all rows calculated; 3: some rows had errors (listed on stderr); 2: usage.

  dbbx sql --region CODE --date YYYY-MM-DD [--scheme resident|employee] [--burden-column self_paid_fen]
      [--group-column COL] [--other-column COL] [--dialect duckdb|postgres]
      Prints the rule in force as one SQL expression over integer 分 (half-up per tier, exactly as the engine),
      with a comment citing the documents: SELECT *, <expression> AS payout_fen FROM claims.

  dbbx settle --region CODE --date YYYY-MM-DD (--premium 元 | --insured N --premium-per-person 元) --claims 元
      [--scheme S] [--operating-cost 元] [--expert-review 元] [--policy-loss 元] [--fund-income 元]
      [--profit-cap 0.05] [--profit-band 元] [--loss-band 元] [--excess-to refund|next-year] [--lang zh|en] [--json]
      Settles an insurer's contract for a year under the region's document.

${LINT_HELP}`;

type Flags = Record<string, string | true>;
function parseArgs(argv: string[]): { cmd: string | undefined; args: string[]; flags: Flags } {
  const flags: Flags = {};
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (v !== undefined) flags[k] = v;
      else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags[k] = argv[++i]!;
      else flags[k] = true;
    } else args.push(a);
  }
  return { cmd: args.shift(), args, flags };
}

const str = (f: Flags, k: string) => (typeof f[k] === 'string' ? (f[k] as string) : undefined);

function usage(message: string): never {
  process.stderr.write(`dbbx: ${message}\n\n${HELP}`);
  process.exit(2);
}

// ---- batch ---------------------------------------------------------------------------------------------

const PARSE = { bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: true } as const;
const OUT_CHUNK = 1 << 20;
const MAX_RECORD_LINES = 10_000;
const MAX_RECORD_BYTES = 4 << 20;

/** Output in large writes: a synchronous write per row cost more than everything else together. */
class Writer {
  buf = Buffer.allocUnsafe(OUT_CHUNK);
  pos = 0;
  private err = '';
  constructor(private readonly out: NodeJS.WritableStream) {}
  /** Room for `n` more bytes at `pos`. */
  ensure(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(n);
  }
  text(s: string): void {
    if (this.pos + 3 * s.length > this.buf.length) this.grow(3 * s.length);
    this.pos += this.buf.write(s, this.pos);
  }
  error(s: string): void { this.err += s; }
  get full(): boolean { return this.pos > OUT_CHUNK - 4096; }
  private grow(need: number): void {
    // Only a row longer than the buffer gets here: keep what is written, make room.
    const next = Buffer.allocUnsafe(Math.max(OUT_CHUNK, this.pos + need));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  /** Hands the buffer to the stream (a fresh one is used from here: the stream keeps a reference). */
  async flush(): Promise<void> {
    if (this.err) { process.stderr.write(this.err); this.err = ''; }
    if (!this.pos) return;
    const chunk = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(OUT_CHUNK);
    this.pos = 0;
    if (!this.out.write(chunk)) await new Promise((r) => this.out.once('drain', r));
  }
}

class HeaderError extends Error {}

/** What is wrong with a line csv-parse cannot read, in words an officer can act on. */
function csvProblem(code: string | undefined, lang: Lang): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return lang === 'en' ? 'a quote opened on this line is never closed; the line is skipped and the next lines are read.'
      : '这一行的引号没有闭合；已跳过这一行，后面的行照常读取。';
  }
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return lang === 'en' ? 'a quote inside a field that is not quoted as a whole (write "19"" monitor"); the line is skipped.'
      : '字段中间有引号，但整个字段没有加引号（应写成 "19"" monitor"）；已跳过这一行。';
  }
  return lang === 'en' ? 'this line is not readable CSV; it is skipped.' : '这一行不是有效的 CSV，已跳过。';
}

async function batch(file: string | undefined, flags: Flags): Promise<number> {
  if (!file) usage('batch needs a CSV file (or - for standard input)');
  const lang: Lang = str(flags, 'lang') === 'en' ? 'en' : 'zh';
  const defaults: Partial<Record<Field, string>> = {
    region: str(flags, 'region'), date: str(flags, 'date'), scheme: str(flags, 'scheme'), group: str(flags, 'group'),
  };
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  const total = file === '-' ? 0 : statSync(file).size;
  const showProgress = total > 5 * 1024 * 1024 && process.stderr.isTTY;
  const out = new Writer(process.stdout);
  const rules = new Map<string, CompiledRule | string>();
  let rows = 0;
  let bad = 0;
  let header: string[] | null = null;
  let fp: FastPath | null = null;
  let crlf = false;
  let lastDraw = 0;
  let consumed = 0;
  const started = Date.now();
  const lineWord = (n: number) => `${lang === 'en' ? 'line' : '第'} ${n}${lang === 'en' ? ':' : ' 行：'}`;

  // The output's columns: the file's own (a repeated name once, as csv-parse keys it), then the computed ones.
  const writeHeader = () => {
    if (header) return;
    const names = [...new Set(columns!)];
    header = [...names, ...OUT.filter((c) => !names.includes(c))];
    out.text(stringifySync([header]));
  };

  /** A parsed record: calculated, written, and its error (if any) reported with its line number. */
  const record = (rec: Record<string, string>, line: number) => {
    writeHeader();
    rows++;
    const v = (k: Field) => (rec[k] !== undefined && rec[k] !== '' ? rec[k] : defaults[k]);
    const result = calculateRow(v, rules, lang);
    if (result.error) {
      bad++;
      out.error(`${lineWord(line)} ${result.error}\n`);
    }
    const row = { ...rec, ...result } as Record<string, string>;
    out.text(stringifySync([header!.map((h) => row[h] ?? '')]));
  };

  // Lines are read as bytes. Until the header is known, and for any line the byte path declines, the text goes
  // through csv-parse exactly as a whole-file parse would read it: a quoted field may run over several lines.
  let columns: string[] | null = null;
  let pending: Buffer[] = [];
  let pendingFrom = 0;
  let pendingBytes = 0;
  let lineNo = 0;
  const slowParse = (text: Buffer, last: boolean): 'more' | 'done' | 'broken' => {
    if (!columns) {
      let got: { record: string[] }[];
      try {
        got = parseSync(text, { ...PARSE, columns: false }) as unknown as typeof got;
      } catch (e) {
        if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' && !last) return 'more';
        throw new HeaderError((e as Error).message);
      }
      if (!got.length) return 'done';
      columns = got[0]!.record;
      if (columns.some((c) => c.includes('\n')) || text.includes(34)) fp = null;
      else {
        fp = fastPathFor(columns, defaults);
        crlf = text.length > 1 && text[text.length - 2] === 13;
      }
      return 'done';
    }
    let got: { record: Record<string, string>; info: { lines: number } }[];
    try {
      got = parseSync(text, { ...PARSE, bom: false, columns, record_delimiter: crlf ? '\r\n' : '\n' }) as unknown as typeof got;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'CSV_QUOTE_NOT_CLOSED' && !last) return 'more';
      // A broken line is a row error with its own line number; the lines around it are still read.
      rows++;
      bad++;
      out.error(`${lineWord(pendingFrom)} ${csvProblem((e as { code?: string }).code, lang)}\n`);
      return 'broken';
    }
    for (const r of got) record(r.record, pendingFrom + r.info.lines - 1);
    return 'done';
  };

  const flushPending = (last: boolean): void => {
    if (!pending.length) return;
    const text = Buffer.concat(pending);
    const state = slowParse(text, last);
    if (state === 'more') return;
    const lines = pending;
    pending = [];
    // An unclosed quote at the end of the file loses only its own line: the lines after it are read again.
    if (state === 'broken' && lines.length > 1) {
      const rest = lines.slice(1);
      const from = pendingFrom + 1;
      rest.forEach((l, i) => { pending = [l]; pendingFrom = from + i; flushPending(true); });
      pending = [];
    }
  };

  const onLine = (chunk: Buffer, start: number, end: number): void => {
    lineNo++;
    // end excludes the \n; the line's bytes with their ending go to the slow path if it is needed.
    if (pending.length) {
      const line = chunk.subarray(start, Math.min(end + 1, chunk.length));
      pending.push(line);
      pendingBytes += line.length;
      // Inside a quoted field only a quote can end it: parse again only then. A quote left open for this
      // long is a broken line, not a field: it becomes a row error and the lines after it are read again.
      if (line.includes(34)) flushPending(false);
      else if (pending.length > MAX_RECORD_LINES || pendingBytes > MAX_RECORD_BYTES) flushPending(true);
      return;
    }
    let e = end;
    if (crlf && e > start && chunk[e - 1] === 13) e--;
    if (e === start && fp) return;
    if (fp && (!crlf || e < end)) {
      const mark = out.pos;
      const fresh = !header;
      writeHeader();
      out.ensure(e - start + 64);
      const o = fastRowInto(fp, chunk, start, e, out.buf, out.pos);
      if (o >= 0) {
        rows++;
        out.pos = o;
        return;
      }
      // Not a line for the byte path: the header waits for the first record the slow path reads.
      if (fresh) { out.pos = mark; header = null; }
    }
    pending = [chunk.subarray(start, Math.min(end + 1, chunk.length))];
    pendingBytes = pending[0]!.length;
    pendingFrom = lineNo;
    flushPending(false);
  };

  let carry: Buffer | null = null;
  let first = true;
  for await (const piece of input as AsyncIterable<Buffer>) {
    let chunk: Buffer = carry ? Buffer.concat([carry, piece]) : piece;
    carry = null;
    if (first) {
      first = false;
      // A UTF-8 byte-order mark (Excel's "CSV UTF-8") is not part of the first column's name.
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) break;
      onLine(chunk, pos, nl);
      pos = nl + 1;
      if (out.full) await out.flush();
    }
    consumed += piece.length;
    if (pos < chunk.length) carry = Buffer.from(chunk.subarray(pos));
    await out.flush();
    if (showProgress && Date.now() - lastDraw > 200) {
      lastDraw = Date.now();
      const share = Math.min(1, consumed / total);
      const width = 30;
      const rate = rows / Math.max(0.001, (Date.now() - started) / 1000);
      process.stderr.write(`\r[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${(share * 100).toFixed(0)}% ${rows.toLocaleString()} rows ${Math.round(rate).toLocaleString()}/s`);
    }
  }
  // The last line, without a line ending.
  if (carry && carry.length) onLine(carry, 0, carry.length);
  flushPending(true);
  await out.flush();
  if (showProgress) process.stderr.write('\n');
  process.stderr.write(lang === 'en'
    ? `dbbx batch: ${rows} rows, ${rows - bad} calculated, ${bad} with errors\n`
    : `dbbx batch：共 ${rows} 行，计算 ${rows - bad} 行，${bad} 行有误\n`);
  return bad ? 3 : 0;
}

// ---- sql -----------------------------------------------------------------------------------------------

function sql(flags: Flags): number {
  const lang = str(flags, 'lang') === 'en' ? 'en' : 'zh';
  const dialect = str(flags, 'dialect') ?? 'duckdb';
  try {
    process.stdout.write(ruleSql({
      region: str(flags, 'region') ?? '', date: str(flags, 'date') ?? '',
      ...(str(flags, 'scheme') ? { scheme: str(flags, 'scheme') as Scheme } : {}),
      ...(str(flags, 'group-column') ? { groupColumn: str(flags, 'group-column')! } : {}),
      ...(str(flags, 'burden-column') ? { burdenColumn: str(flags, 'burden-column')! } : {}),
      ...(str(flags, 'other-column') ? { otherColumn: str(flags, 'other-column')! } : {}),
      dialect: dialect as SqlDialect,
    }));
    return 0;
  } catch (e) {
    if (!(e instanceof DbbxInputError)) throw e;
    for (const i of e.issues) process.stderr.write(`dbbx sql: ${i.field}: ${lang === 'en' ? i.en : i.zh}\n`);
    return 2;
  }
}

// ---- settle --------------------------------------------------------------------------------------------

function settle(flags: Flags): number {
  const lang = str(flags, 'lang') === 'en' ? 'en' : 'zh';
  const n = str(flags, 'insured');
  try {
    const r = settleContract({
      region: str(flags, 'region') ?? '', date: str(flags, 'date') ?? '',
      ...(str(flags, 'scheme') ? { scheme: str(flags, 'scheme') as Scheme } : {}),
      ...(str(flags, 'premium') ? { premium: str(flags, 'premium')! } : {}),
      ...(n ? { insured: Number(n) } : {}),
      ...(str(flags, 'premium-per-person') ? { premiumPerPerson: str(flags, 'premium-per-person')! } : {}),
      claimsPaid: str(flags, 'claims') ?? '',
      ...(str(flags, 'operating-cost') ? { operatingCost: str(flags, 'operating-cost')! } : {}),
      ...(str(flags, 'expert-review') ? { expertReview: str(flags, 'expert-review')! } : {}),
      ...(str(flags, 'policy-loss') ? { policyLoss: str(flags, 'policy-loss')! } : {}),
      ...(str(flags, 'fund-income') ? { fundIncome: str(flags, 'fund-income')! } : {}),
      terms: {
        ...(str(flags, 'profit-cap') ? { profitCap: str(flags, 'profit-cap')! } : {}),
        ...(str(flags, 'profit-band') ? { profitBand: str(flags, 'profit-band')! } : {}),
        ...(str(flags, 'loss-band') ? { lossBand: str(flags, 'loss-band')! } : {}),
        ...(str(flags, 'excess-to') === 'next-year' ? { excessTo: 'next-year' as const } : {}),
      },
    });
    if (flags.json) { process.stdout.write(`${JSON.stringify(r, null, 2)}\n`); return 0; }
    const pick = (b: { zh: string; en: string }) => (lang === 'en' ? b.en : b.zh);
    const w = Math.max(...r.lines.map((l) => pick(l.label).length)) + 2;
    process.stdout.write(`${r.policy.documentNo}  ${r.policy.title}\n\n`);
    for (const l of r.lines) {
      process.stdout.write(`${pick(l.label).padEnd(w, lang === 'en' ? ' ' : '　')}${l.amount.padStart(16)}${l.citation ? `   ${l.citation.documentNo} ${l.citation.clause}` : ''}\n`);
    }
    if (r.schedule) {
      process.stdout.write(`\n${lang === 'en' ? 'Premium transfers' : '保费划转'}\n`);
      for (const s of r.schedule) process.stdout.write(`  ${pick(s.label).padEnd(w, lang === 'en' ? ' ' : '　')}${s.amount.padStart(16)}\n`);
    }
    for (const x of r.warnings) process.stdout.write(`\n! ${pick(x)}`);
    process.stdout.write('\n');
    return 0;
  } catch (e) {
    if (!(e instanceof DbbxInputError)) throw e;
    for (const i of e.issues) process.stderr.write(`dbbx settle: ${i.field}: ${lang === 'en' ? i.en : i.zh}\n`);
    return 2;
  }
}

const { cmd, args, flags } = parseArgs(process.argv.slice(2));
if (!cmd || cmd === 'help' || flags.help) { process.stdout.write(HELP); process.exit(0); }
if (cmd === 'batch') {
  try {
    process.exitCode = await batch(args[0], flags);
  } catch (e) {
    if (!(e instanceof HeaderError)) throw e;
    process.stderr.write(`dbbx batch: ${flags.lang === 'en' ? 'the header line is not readable CSV' : '表头不是有效的 CSV'}: ${e.message}\n`);
    process.exitCode = 2;
  }
} else if (cmd === 'settle') process.exitCode = settle(flags);
else if (cmd === 'sql') process.exitCode = sql(flags);
else if (cmd === 'lint') process.exitCode = lint(args, flags);
else usage(`unknown command "${cmd}"`);
