// dbbx — the command line for a fund office.
//   dbbx batch claims.csv --region 330200 --date 2015-06-01 --scheme resident > payouts.csv
//   dbbx settle --region 445100 --date 2017-12-31 --premium 1000000 --claims 900000
//   dbbx sql --region 330200 --date 2015-06-01 > payout.sql
// Streams: memory stays flat however many rows. Every bad row gets a line-numbered reason on stderr and in
// its own `error` column; the good rows are all written. Every fault of the command line or of the files is one
// plain line in Chinese and English with its own exit code, never a stack trace.
import { open, type FileHandle } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import { parse as parseSync } from 'csv-parse/sync';
import { settleContract, DbbxInputError, GROUPS, GROUP_WORDS, SCHEMES, SCHEME_WORDS, type Scheme } from '../engine/index.js';
import { RequestReader } from '../engine/request.js';
import { ruleSql, type SqlDialect } from '../fund/sql.js';
import { detectEncoding, hasUtf8Bom, readEncodingChoice, type EncodingChoice, type TextEncodingName } from '../fund/encoding.js';
import { COLUMN_NAMES, groupOf, schemeOf } from '../fund/columns.js';
import {
  NO_ROOM, RUN_DECLINED, RUN_FULL, RuleBook, csvLine, fastPathFor, fastRowInto, fastRun, layoutFor, slowRow, type FastPath, type Field,
  type Lang, type Layout,
} from './rows.js';
import { lint, LINT_HELP } from './lint.js';

const HELP = `dbbx — 大病保险 calculations for a fund office

  dbbx batch FILE.csv|- [--region CODE] [--date YYYY-MM-DD] [--scheme resident|employee] [--group G]
      [--encoding auto|utf-8|gb18030|gbk] [--bom|--no-bom] [--lang zh|en]
      Reads a CSV of claims, one row per discharge, and writes every row to stdout with payout,
      yearToDatePayout, threshold, capApplied, error and warnings appended.
      Columns: named as the engine's request fields (region, date, scheme, group, selfPaid, priorSelfPaid,
      otherSelfPaid, priorOtherSelfPaid, otherSelfPaidLimit) or in Chinese (地区, 结算日期, 医保类型/险种,
      人群, 个人负担/合规自付, … : the README lists every name); every such column is passed to the engine, any
      other column is copied through. Values 居民/职工 and 低保/特困/… are read as the engine's schemes and groups.
      --region, --date, --scheme, --group fill a missing column or an empty cell. region, date, scheme and
      selfPaid are required: a file with no such column and no flag is refused (exit 2); an empty cell is
      that row's error. There is no default scheme: resident and employee rules differ.
      Encoding: UTF-8 (with or without a BOM) or GB18030/GBK, as Chinese Excel's "CSV (逗号分隔)" saves it:
      detected (valid UTF-8, else whichever of UTF-8 and GB18030 reads more of the lines) and said on
      stderr; --encoding overrides. A line that is not valid in the encoding read is that row's error,
      never silently replaced characters.
      Output: UTF-8 starting with a byte-order mark, so Chinese Excel opens it by double-click with the
      Chinese intact (--no-bom for other programs; none when stdout is a terminal). warnings: the codes of
      the engine's warnings for the row (figures-may-be-stale, document-minimum, …), space-separated; each
      distinct warning's words are printed once on stderr at the end, in the --lang language. A cell
      starting with = + - @ tab or CR (or ＝＋－＠) is written as '=… inside quotes (OWASP CSV injection),
      so Excel shows it as text and never runs it.
      Exit code 0: every row calculated; 3: some rows had errors (each on stderr with its line number).

  dbbx sql --region CODE --date YYYY-MM-DD [--scheme resident|employee] [--burden-column self_paid_fen]
      [--group-column COL] [--other-column COL] [--dialect duckdb|postgres] [--lang zh|en]
      Prints the rule in force as one SQL expression over integer 分 (half-up per tier, exactly as the engine),
      with a comment citing the documents: SELECT *, <expression> AS payout_fen FROM claims.

  dbbx settle --region CODE --date YYYY-MM-DD (--premium 元 | --insured N --premium-per-person 元) --claims 元
      [--scheme S] [--operating-cost 元] [--expert-review 元] [--policy-loss 元] [--fund-income 元]
      [--profit-cap 0.05] [--profit-band 元] [--loss-band 元] [--excess-to refund|next-year] [--lang zh|en] [--json]
      Settles an insurer's contract for a year under the region's document. Exit code 2 when the engine
      refuses the request (a term the document leaves to the tender is asked for, never guessed).

${LINT_HELP}
  dbbx --help | dbbx --version

Exit codes (every command): 0 ok; 2 usage: an unknown or bad option (its value is echoed and the allowed
values named), a missing file argument, a header batch cannot use, a request settle or sql refuses;
3 batch: some rows had errors; 4 a file cannot be read (missing, a folder, no permission, not text) or the
output cannot be written (disk full); 1 lint: problems found, or an internal error (please report it).
Closing the output early (dbbx batch … | head) stops quietly with 0. Messages are in Chinese and English,
or in the --lang language alone.
`;

const USAGE_ERROR = 2;
const ROW_ERRORS = 3;
const IO_ERROR = 4;

interface Msg { zh: string; en: string }

/** A fault the person can fix, with its exit code: one line, never a stack trace. */
class CliError extends Error {
  constructor(readonly code: number, readonly msg: Msg, readonly help = false) {
    super(msg.en);
  }
}

// The language of fault messages: --lang's if given (read before anything else can fail), else both.
const argv = process.argv.slice(2);
const langArg = argv.find((a, i) => a.startsWith('--lang=') || argv[i - 1] === '--lang');
const speech: Lang | 'both' = langArg === undefined ? 'both' : langArg.replace(/^--lang=/, '') === 'en' ? 'en' : langArg.replace(/^--lang=/, '') === 'zh' ? 'zh' : 'both';
const say = (m: Msg) => (speech === 'both' ? `${m.zh} ${m.en}` : m[speech]);

// ---- options ----------------------------------------------------------------------------------------------

type Kind =
  | 'flag' | 'text' | 'region' | 'date' | 'scheme' | 'group' | 'lang' | 'encoding' | 'amount' | 'ratio' | 'count'
  | readonly string[];

const COMMANDS: Record<string, { options: Record<string, Kind>; args: [number, number] }> = {
  batch: {
    options: { region: 'region', date: 'date', scheme: 'scheme', group: 'group', encoding: 'encoding', bom: 'flag', 'no-bom': 'flag', lang: 'lang' },
    args: [1, 1],
  },
  sql: {
    options: {
      region: 'region', date: 'date', scheme: 'scheme', 'burden-column': 'text', 'group-column': 'text', 'other-column': 'text',
      dialect: ['duckdb', 'postgres'], lang: 'lang',
    },
    args: [0, 0],
  },
  settle: {
    options: {
      region: 'region', date: 'date', scheme: 'scheme', premium: 'amount', insured: 'count', 'premium-per-person': 'amount', claims: 'amount',
      'operating-cost': 'amount', 'expert-review': 'amount', 'policy-loss': 'amount', 'fund-income': 'amount', 'profit-cap': 'ratio',
      'profit-band': 'amount', 'loss-band': 'amount', 'excess-to': ['refund', 'next-year'], lang: 'lang', json: 'flag',
    },
    args: [0, 0],
  },
  lint: { options: { json: 'flag' }, args: [1, Infinity] },
};

/** Edit distance, for "did you mean": a typo is usually one or two keystrokes away. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

function nearest(word: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k);
    if (d < bestD) { bestD = d; best = k; }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

const usage = (zh: string, en: string) => new CliError(USAGE_ERROR, { zh, en }, true);

/**
 * Why an option's value is refused, in the engine's own words (src/engine/request.ts, one message table for
 * every public request), the option named and its value echoed; null when it is fine.
 */
function badValue(name: string, value: string, kind: Kind): CliError | null {
  const opt = `--${name}`;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  // Chinese runs the label into the message (险种“foo”不是…): a space keeps the option name apart.
  const label = { zh: `${opt} `, en: opt };
  const r = new RequestReader({ [name]: value });
  const check = (): CliError | null => {
    const i = r.issues[0];
    return i ? usage(i.zh, i.en) : null;
  };
  if (Array.isArray(kind)) { r.oneOf(name, kind, label); return check(); }
  switch (kind) {
    case 'region': r.region(name, { zh: `${opt} “${shown}” `, en: `${opt} "${shown}"` }); return check();
    case 'date': r.date(name, label); return check();
    case 'scheme':
      if (!(SCHEMES as readonly string[]).includes(schemeOf(value))) r.oneOf(name, SCHEMES, label, SCHEME_WORDS);
      return check();
    case 'group':
      if (!(GROUPS as readonly string[]).includes(groupOf(value))) r.oneOf(name, GROUPS, label, GROUP_WORDS);
      return check();
    case 'lang': r.oneOf(name, ['zh', 'en'], label); return check();
    case 'encoding':
      if (!readEncodingChoice(value)) r.oneOf(name, ['auto', 'utf-8', 'gb18030', 'gbk'], label);
      return check();
    case 'count': r.count(name, label); return check();
    case 'ratio': r.ratio(name, value, label); return check();
    case 'amount': r.amount(name, { zh: opt, en: opt }); return check();
    default: return null;
  }
}

type Flags = Record<string, string | true>;

/** The command line, read against the command's own options: anything unknown, repeated or malformed is refused. */
function parseArgs(cmd: string, rest: string[]): { args: string[]; flags: Flags } {
  const spec = COMMANDS[cmd]!;
  const flags: Flags = {};
  const args: string[] = [];
  const known = Object.keys(spec.options);
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '-' || !a.startsWith('-')) { args.push(a); continue; }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') ? a.slice(2, eq < 0 ? undefined : eq) : a.slice(1);
    const kind = a.startsWith('--') ? spec.options[name] : undefined;
    if (kind === undefined) {
      const near = nearest(name, known);
      throw usage(`没有选项 ${a.split('=')[0]}${near ? `，是不是 --${near}？` : `；可用的选项：${known.map((k) => `--${k}`).join(' ')}。`}`,
        `no option ${a.split('=')[0]}${near ? `; did you mean --${near}?` : `; the options are ${known.map((k) => `--${k}`).join(' ')}.`}`);
    }
    if (flags[name] !== undefined) throw usage(`--${name} 给了两次。`, `--${name} is given twice.`);
    if (kind === 'flag') {
      if (eq >= 0) throw usage(`--${name} 不带值。`, `--${name} takes no value.`);
      flags[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = a.slice(eq + 1);
    else if (rest[i + 1] !== undefined && !rest[i + 1]!.startsWith('--')) value = rest[++i]!;
    if (value === undefined) throw usage(`--${name} 需要一个值。`, `--${name} needs a value.`);
    const bad = badValue(name, value, kind);
    if (bad) throw bad;
    flags[name] = value;
  }
  if (flags.bom && flags['no-bom']) throw usage('--bom 和 --no-bom 只能选一个。', '--bom and --no-bom cannot both be given.');
  const [min, max] = spec.args;
  if (args.length < min) {
    throw cmd === 'batch' ? usage('batch 需要一个 CSV 文件（或用 - 表示标准输入）。', 'batch needs a CSV file (or - for standard input).')
      : usage('lint 需要至少一个政策文件。', 'lint needs at least one policy file.');
  }
  if (args.length > max) {
    throw usage(`多了参数“${args[max]}”（${max ? '只读一个文件' : '不读文件'}）。`, `"${args[max]}" is one argument too many (${max ? 'one file only' : 'no file is read'}).`);
  }
  return { args, flags };
}

const str = (f: Flags, k: string) => (typeof f[k] === 'string' ? (f[k] as string) : undefined);

// ---- output -----------------------------------------------------------------------------------------------

/**
 * The output cannot be written: a reader that closed the pipe (`| head`) wants no more, so stop quietly; a
 * full disk or any other fault is one line and exit code 4.
 */
function outputFailed(e: unknown): never {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EPIPE') process.exit(0);
  const why = code === 'ENOSPC' ? { zh: '磁盘已满', en: 'no space left on the device' } : { zh: code ?? String(e), en: (e as Error).message ?? String(e) };
  try {
    process.stderr.write(`dbbx: ${say({ zh: `无法写出结果：${why.zh}（${code ?? ''}）。`, en: `cannot write the output: ${why.en} (${code ?? ''}).` })}\n`);
  } catch { /* stderr gone too: nothing left to tell */ }
  process.exit(IO_ERROR);
}
process.stdout.on('error', outputFailed);
process.stderr.on('error', () => process.exit(process.exitCode ?? 0));

function writeOut(s: string): void {
  try { process.stdout.write(s); } catch (e) { outputFailed(e); }
}

const OUT_CHUNK = 1 << 20;
/** The byte path's first call writes at most this much, each next one twice as much (up to the buffer). */
const FIRST_RUN_BYTES = 1 << 10;

/** Output in large writes: a synchronous write per row cost more than everything else together. */
class Writer {
  buf: Buffer = Buffer.allocUnsafe(OUT_CHUNK);
  pos = 0;
  private err = '';
  private readonly spare: Buffer[] = [];
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
  /** Past this position the buffer is full enough to write. */
  get limit(): number { return OUT_CHUNK - 4096; }
  get full(): boolean { return this.pos > this.limit; }
  private grow(need: number): void {
    // Only a row longer than the buffer gets here: keep what is written, make room.
    const next = Buffer.allocUnsafe(Math.max(OUT_CHUNK, this.pos + need));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  /**
   * Hands the buffer to the stream. The stream keeps a reference until it has written it, so the next rows go to
   * another buffer, and this one is used again once written: with the warnings column an output is several
   * times its input, and a fresh megabyte per write cost a tenth of the run in allocation and collection.
   */
  async flush(): Promise<void> {
    if (this.err) { process.stderr.write(this.err); this.err = ''; }
    if (!this.pos) return;
    const whole = this.buf;
    const chunk = whole.subarray(0, this.pos);
    this.buf = this.spare.pop() ?? Buffer.allocUnsafe(OUT_CHUNK);
    this.pos = 0;
    const done = whole.length === OUT_CHUNK ? () => { this.spare.push(whole); } : undefined;
    let ok: boolean;
    try { ok = this.out.write(chunk, done); } catch (e) { outputFailed(e); }
    if (!ok) await new Promise((r) => this.out.once('drain', r));
  }
}

// ---- batch ---------------------------------------------------------------------------------------------

const PARSE = { bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: true } as const;
const MAX_RECORD_LINES = 10_000;
const MAX_RECORD_BYTES = 4 << 20;
const ENCODING_NAMES: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030' };
const REPLACEMENT = Buffer.from('\ufffd');

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

/** A line with bytes the encoding cannot read: the row is refused, never written with replaced characters. */
function encodingProblem(encoding: TextEncodingName, lang: Lang): string {
  if (encoding === 'utf-8') {
    return lang === 'en' ? 'this line is not valid UTF-8 (the file is read as UTF-8; a GBK file needs --encoding gb18030); the line is skipped.'
      : '这一行不是有效的 UTF-8 文本（文件按 UTF-8 读取；GBK 文件请加 --encoding gb18030）；已跳过这一行。';
  }
  return lang === 'en' ? 'this line has bytes that are not GB18030 (the file is read as GB18030; a UTF-8 file needs --encoding utf-8); the line is skipped.'
    : '这一行有不能按 GB18030 读取的字节（文件按 GB18030 读取；UTF-8 文件请加 --encoding utf-8）；已跳过这一行。';
}

const READ_CHUNK = 1 << 20;

/**
 * A file's bytes, a megabyte at a time into one buffer read into again and again: a read stream's fresh
 * megabyte per read cost a twentieth of a million-row run (the kernel's page faults on each new buffer) and
 * 30 MB of peak memory. Each piece is valid until the next is asked for (see `reused`).
 */
async function* fileChunks(fh: FileHandle, buf: Buffer): AsyncGenerator<Buffer> {
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/**
 * Opens the input, or says in one line why it cannot be read. `reused`: the memory a file's pieces are read into
 * again (nothing for standard input, whose pieces are each their own): a piece kept past the next read is copied.
 */
async function openInput(file: string): Promise<{ input: AsyncIterable<Buffer>; size: number; reused: ArrayBufferLike | null }> {
  if (file === '-') return { input: process.stdin, size: 0, reused: null };
  try {
    const fh = await open(file, 'r');
    const st = await fh.stat();
    if (st.isDirectory()) {
      await fh.close();
      throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    }
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    return { input: fileChunks(fh, buf), size: st.size, reused: buf.buffer };
  } catch (e) {
    throw readFailed(e, file);
  }
}

function readFailed(e: unknown, file: string): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const name = file === '-' ? '标准输入' : `“${file}”`;
  const nameEn = file === '-' ? 'standard input' : file;
  if (code === 'ENOENT') return new CliError(IO_ERROR, { zh: `找不到文件${name}。`, en: `file not found: ${nameEn}.` });
  if (code === 'EISDIR') return new CliError(IO_ERROR, { zh: `${name}是文件夹，不是 CSV 文件。`, en: `${nameEn} is a folder, not a CSV file.` });
  if (code === 'EACCES' || code === 'EPERM') return new CliError(IO_ERROR, { zh: `没有读取${name}的权限。`, en: `no permission to read ${nameEn}.` });
  return new CliError(IO_ERROR, {
    zh: `无法读取${name}：${code ?? String(e)}。`,
    en: `cannot read ${nameEn}: ${(e as Error).message ?? String(e)}.`,
  });
}

function headerProblem(problem: Exclude<ReturnType<typeof layoutFor>, Layout>): CliError {
  if (problem.kind === 'unit') {
    return usage(`列“${problem.column}”的单位“${problem.unit}”无法换算：金额列只读元、万元或分；请换算后改列名。`,
      `column "${problem.column}" is in "${problem.unit}", which is not read: amount columns are read in 元, 万元 or 分; `
      + 'convert it and rename the column.');
  }
  if (problem.kind === 'twice') {
    const cols = problem.columns.map((c) => `“${c}”`).join('、');
    return usage(`有 ${problem.columns.length} 列都表示 ${problem.field}：${cols}；请只保留一列。`,
      `${problem.columns.length} columns all stand for ${problem.field}: ${problem.columns.map((c) => `"${c}"`).join(', ')}; keep one.`);
  }
  const parts = problem.fields.map((f) => {
    const names = COLUMN_NAMES[f].slice(0, 4).join('、');
    const flag = f === 'selfPaid' ? '' : f === 'scheme' ? '，或给出 --scheme resident|employee' : `，或给出 --${f}`;
    const flagEn = f === 'selfPaid' ? '' : f === 'scheme' ? ', or give --scheme resident|employee' : `, or give --${f}`;
    return { zh: `${f}（列名如 ${names}）${flag}`, en: `${f} (a column named ${COLUMN_NAMES[f].slice(0, 2).join(' or ')}${flagEn})` };
  });
  return usage(`文件缺少必需的数据：${parts.map((p) => p.zh).join('；')}。`, `the file lacks required data: ${parts.map((p) => p.en).join('; ')}.`);
}

async function batch(file: string, flags: Flags): Promise<number> {
  const lang: Lang = str(flags, 'lang') === 'en' ? 'en' : 'zh';
  const defaults: Partial<Record<Field, string>> = {};
  for (const f of ['region', 'date', 'scheme', 'group'] as const) {
    const x = str(flags, f);
    if (x !== undefined) defaults[f] = f === 'scheme' ? schemeOf(x) : f === 'group' ? groupOf(x) : x;
  }
  const choice: EncodingChoice = readEncodingChoice(str(flags, 'encoding') ?? 'auto')!;
  // Excel reads a CSV without a byte-order mark in the system's code page (GBK on a Chinese Windows): the
  // names, errors and warnings would come out garbled. A terminal shows the text itself and needs none.
  const bom = flags.bom === true || (!flags['no-bom'] && !process.stdout.isTTY);
  const { input, size: total, reused } = await openInput(file);
  const showProgress = total > 5 * 1024 * 1024 && process.stderr.isTTY;
  const out = new Writer(process.stdout);
  const book = new RuleBook(lang);
  let rows = 0;
  let bad = 0;
  let headerWritten = false;
  let layout: Layout | null = null;
  let fp: FastPath | null = null;
  let crlf = false;
  let lastDraw = 0;
  let consumed = 0;
  const started = Date.now();
  const lineWord = (n: number) => `${lang === 'en' ? 'line' : '第'} ${n}${lang === 'en' ? ':' : ' 行：'}`;

  // The encoding: as given, or undecided while every byte is ASCII (the same in UTF-8 and GB18030), then decided
  // once on the first lines that are not (whole lines: a character cut at a chunk's edge cannot sway it).
  let encoding: TextEncodingName | null = choice === 'auto' ? null : choice;
  let gb: TextDecoder | null = null;
  /** The current lines hold bytes the encoding cannot read: each line is checked. */
  let suspect = false;
  const announce = (how: Msg) => {
    const name = ENCODING_NAMES[encoding!];
    out.error(lang === 'en' ? `dbbx batch: reading the file as ${name} (${how.en})\n` : `dbbx batch：按 ${name} 读取文件（${how.zh}）\n`);
  };
  if (encoding) announce({ zh: '--encoding 指定', en: '--encoding' });

  const writeHeader = () => {
    if (headerWritten) return;
    headerWritten = true;
    out.text(`${bom ? '\ufeff' : ''}${csvLine(layout!.header)}`);
  };

  /** A parsed record: calculated, written, and its error (if any) reported with its line number. */
  const record = (cells: string[], line: number) => {
    writeHeader();
    rows++;
    const r = slowRow(layout!, cells, book);
    if (r.error) {
      bad++;
      out.error(`${lineWord(line)} ${r.error}\n`);
    }
    out.text(r.line);
  };
  const refuseLine = (line: number, why: string) => {
    rows++;
    bad++;
    out.error(`${lineWord(line)} ${why}\n`);
  };

  // Lines are read as bytes. Until the header is known, and for any line the byte path declines, the text goes
  // through csv-parse exactly as a whole-file parse would read it: a quoted field may run over several lines.
  let pending: Buffer[] = [];
  let pendingFrom = 0;
  let pendingBytes = 0;
  let pendingBad = false;
  let lineNo = 0;
  const slowParse = (text: Buffer, last: boolean): 'more' | 'done' | 'broken' => {
    if (!layout) {
      let got: { record: string[] }[];
      try {
        got = parseSync(text, { ...PARSE, columns: false }) as unknown as typeof got;
      } catch (e) {
        if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' && !last) return 'more';
        throw usage(`表头不是有效的 CSV：${(e as Error).message}`, `the header line is not readable CSV: ${(e as Error).message}`);
      }
      if (!got.length) return 'done';
      const columns = got[0]!.record;
      const l = layoutFor(columns, defaults);
      if (!('header' in l)) throw headerProblem(l);
      layout = l;
      if (columns.some((c) => c.includes('\n')) || text.includes(34)) fp = null;
      else {
        fp = fastPathFor(columns, defaults, book);
        crlf = text.length > 1 && text[text.length - 2] === 13;
      }
      return 'done';
    }
    let got: { record: string[]; info: { lines: number } }[];
    try {
      got = parseSync(text, { ...PARSE, bom: false, columns: false, record_delimiter: crlf ? '\r\n' : '\n' }) as unknown as typeof got;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'CSV_QUOTE_NOT_CLOSED' && !last) return 'more';
      // A broken line is a row error with its own line number; the lines around it are still read.
      refuseLine(pendingFrom, pendingBad ? encodingProblem(encoding!, lang) : csvProblem(code, lang));
      return 'broken';
    }
    if (pendingBad) {
      if (got.length) refuseLine(pendingFrom, encodingProblem(encoding!, lang));
      return 'done';
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
    pendingBad = false;
    // An unclosed quote at the end of the file loses only its own line: the lines after it are read again.
    if (state === 'broken' && lines.length > 1) {
      const rest = lines.slice(1);
      const from = pendingFrom + 1;
      rest.forEach((l, i) => { pending = [l]; pendingFrom = from + i; flushPending(true); });
      pending = [];
    }
  };

  /** Is this line unreadable in the encoding (only asked when its chunk held such bytes)? */
  const unreadable = (chunk: Buffer, start: number, end: number): boolean => {
    if (encoding === 'utf-8') return !isUtf8(chunk.subarray(start, end));
    const at = chunk.indexOf(REPLACEMENT, start);
    return at >= 0 && at < end;
  };

  const onLine = (chunk: Buffer, start: number, end: number): void => {
    lineNo++;
    const broken = suspect && unreadable(chunk, start, end);
    if (broken && !layout) {
      throw usage(`表头不能按 ${ENCODING_NAMES[encoding!]} 读取；请用 --encoding 指定文件的编码。`,
        `the header line cannot be read as ${ENCODING_NAMES[encoding!]}; give the file's encoding with --encoding.`);
    }
    // end excludes the \n; the line's bytes with their ending go to the slow path if it is needed.
    if (pending.length) {
      const line = chunk.subarray(start, Math.min(end + 1, chunk.length));
      pending.push(line);
      pendingBytes += line.length;
      if (broken) pendingBad = true;
      // Inside a quoted field only a quote can end it: parse again only then. A quote left open for this
      // long is a broken line, not a field: it becomes a row error and the lines after it are read again.
      if (line.includes(34)) flushPending(false);
      else if (pending.length > MAX_RECORD_LINES || pendingBytes > MAX_RECORD_BYTES) flushPending(true);
      return;
    }
    if (broken) {
      // Blank or not, a line of unreadable bytes is refused by its number; the next line starts afresh.
      refuseLine(lineNo, encodingProblem(encoding!, lang));
      return;
    }
    let e = end;
    if (crlf && e > start && chunk[e - 1] === 13) e--;
    if (e === start && fp) return;
    if (fp && (!crlf || e < end)) {
      const mark = out.pos;
      const fresh = !headerWritten;
      writeHeader();
      out.ensure(e - start + fp.room);
      let o = fastRowInto(fp, chunk, start, e, out.buf, out.pos);
      if (o === NO_ROOM) {
        out.ensure(e - start + fp.room);
        o = fastRowInto(fp, chunk, start, e, out.buf, out.pos);
      }
      if (o >= 0) {
        rows++;
        out.pos = o;
        return;
      }
      // Not a line for the byte path: the header waits for the first record the slow path reads.
      if (fresh) { out.pos = mark; headerWritten = false; }
    }
    pending = [chunk.subarray(start, Math.min(end + 1, chunk.length))];
    pendingBytes = pending[0]!.length;
    pendingFrom = lineNo;
    flushPending(false);
  };

  /** Whole lines of the file as UTF-8 bytes (GB18030 is decoded as a stream and written back as UTF-8). */
  const decoded = (region: Buffer, final: boolean): Buffer => {
    if (!encoding) {
      if (isAscii(region)) return region;
      encoding = detectEncoding(region, final);
      announce({ zh: '自动识别；可用 --encoding 指定', en: 'detected; --encoding overrides' });
    }
    if (encoding === 'utf-8') {
      suspect = !isUtf8(region);
      return region;
    }
    gb ??= new TextDecoder('gb18030');
    const text = gb.decode(region, { stream: !final });
    suspect = text.includes('\ufffd');
    return Buffer.from(text, 'utf8');
  };

  let runs = 0;
  const lines = async (chunk: Buffer, final: boolean) => {
    let pos = 0;
    for (;;) {
      // Runs of plain lines in one call of the byte path (once the header is out, while no record is open
      // and the chunk's bytes are all readable); any other line, one at a time below.
      if (fp && headerWritten && !suspect && !pending.length) {
        // Short first calls, each twice the last (1 KB, 2 KB, … then a buffer's worth): a function that has
        // returned a few times is compiled whole; a long first call was compiled mid-loop (on-stack replacement)
        // and that code, never having seen the loop end, was thrown away at its first return (with 64 KB first
        // calls, a tenth of a million-row run went to code compiled twice and the interpreter between).
        const stop = Math.min(out.limit, out.pos + (FIRST_RUN_BYTES << Math.min(runs++, 10)));
        const status = fastRun(fp, chunk, pos, chunk.length, final, crlf, out.buf, out.pos, stop);
        lineNo += fp.lines;
        rows += fp.rows;
        out.pos = fp.outPos;
        pos = fp.inPos;
        if (status === RUN_FULL) {
          if (out.full || (fp.lines === 0 && out.pos > 0)) { await out.flush(); continue; }
          // Else more room, or (no line read, nothing to write) a line longer than the buffer: one at a time below.
          if (fp.lines > 0) continue;
        } else if (status !== RUN_DECLINED) break;
      }
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) break;
      onLine(chunk, pos, nl);
      pos = nl + 1;
      if (out.full) await out.flush();
    }
    // The last line, without a line ending.
    if (final && pos < chunk.length) onLine(chunk, pos, chunk.length);
  };

  let carry: Buffer | null = null;
  let first = true;
  const pieces = input[Symbol.asyncIterator]();
  for (;;) {
    // A record still open (a quoted field over several lines) keeps its lines past this piece: their own copies
    // before the buffer is read into again.
    if (reused && pending.some((p) => p.buffer === reused)) pending = pending.map((p) => (p.buffer === reused ? Buffer.from(p) : p));
    let next: IteratorResult<Buffer>;
    try {
      next = await pieces.next();
    } catch (e) {
      throw readFailed(e, file);
    }
    if (next.done) break;
    const piece = next.value;
    consumed += piece.length;
    let chunk: Buffer = piece;
    if (carry) {
      // The line cut at the last chunk's edge, joined on its own: copying each whole chunk to join it cost 3% of
      // a run. Only where it cannot change what is decided about the encoding (decided and not a streamed GB18030,
      // or still undecided and both parts ASCII); else the whole chunk, as the encoding is detected on it.
      const nl = piece.indexOf(10);
      if (nl >= 0 && (encoding === 'utf-8' || (encoding === null && isAscii(carry) && isAscii(piece)))) {
        await lines(decoded(Buffer.concat([carry, piece.subarray(0, nl + 1)]), false), false);
        chunk = piece.subarray(nl + 1);
      } else chunk = Buffer.concat([carry, piece]);
      carry = null;
    }
    if (first) {
      first = false;
      // UTF-16 (Excel's "Unicode text") and binary files have NUL bytes near the start; no CSV has.
      if (chunk.subarray(0, 8192).includes(0)) {
        throw new CliError(IO_ERROR, {
          zh: '这不是 UTF-8 或 GB18030 的文本 CSV（可能是 UTF-16 或其他格式）；请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”。',
          en: 'this is not a UTF-8 or GB18030 text CSV (perhaps UTF-16 or another format); save it from Excel as "CSV UTF-8 (comma delimited)".',
        });
      }
      // A UTF-8 byte-order mark (Excel's "CSV UTF-8") says the encoding and is not part of the first column's name.
      if (hasUtf8Bom(chunk) && encoding !== 'gb18030') {
        chunk = chunk.subarray(3);
        if (!encoding) {
          encoding = 'utf-8';
          announce({ zh: '文件以 UTF-8 BOM 开头', en: 'it starts with a UTF-8 byte-order mark' });
        }
      }
    }
    const last = chunk.lastIndexOf(10);
    if (last < 0) { carry = Buffer.from(chunk); continue; }
    if (last + 1 < chunk.length) carry = Buffer.from(chunk.subarray(last + 1));
    await lines(decoded(chunk.subarray(0, last + 1), false), false);
    await out.flush();
    if (showProgress && Date.now() - lastDraw > 200) {
      lastDraw = Date.now();
      const share = Math.min(1, consumed / total);
      const width = 30;
      const rate = rows / Math.max(0.001, (Date.now() - started) / 1000);
      process.stderr.write(`\r[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${(share * 100).toFixed(0)}% ${rows.toLocaleString()} rows ${Math.round(rate).toLocaleString()}/s`);
    }
  }
  if (carry && carry.length) await lines(decoded(carry, true), true);
  flushPending(true);
  if (!encoding) {
    out.error(lang === 'en' ? 'dbbx batch: the file has ASCII characters only (UTF-8 and GB18030 read it alike)\n'
      : 'dbbx batch：文件只有 ASCII 字符（按 UTF-8 或 GB18030 读取都一样）\n');
  }
  await out.flush();
  if (showProgress) process.stderr.write('\n');
  process.stderr.write(lang === 'en'
    ? `dbbx batch: ${rows} rows, ${rows - bad} calculated, ${bad} with errors\n`
    : `dbbx batch：共 ${rows} 行，计算 ${rows - bad} 行，${bad} 行有误\n`);
  // The warnings column holds codes; each distinct warning's words once here.
  for (const [text, code] of book.seen) process.stderr.write(`dbbx batch: ! ${code}: ${text}\n`);
  return bad ? ROW_ERRORS : 0;
}

// ---- sql -----------------------------------------------------------------------------------------------

function sql(flags: Flags): number {
  const lang = str(flags, 'lang') === 'en' ? 'en' : 'zh';
  const dialect = str(flags, 'dialect') ?? 'duckdb';
  try {
    writeOut(ruleSql({
      region: str(flags, 'region') ?? '', date: str(flags, 'date') ?? '',
      ...(str(flags, 'scheme') ? { scheme: schemeOf(str(flags, 'scheme')!) as Scheme } : {}),
      ...(str(flags, 'group-column') ? { groupColumn: str(flags, 'group-column')! } : {}),
      ...(str(flags, 'burden-column') ? { burdenColumn: str(flags, 'burden-column')! } : {}),
      ...(str(flags, 'other-column') ? { otherColumn: str(flags, 'other-column')! } : {}),
      dialect: dialect as SqlDialect,
    }));
    return 0;
  } catch (e) {
    if (!(e instanceof DbbxInputError)) throw e;
    for (const i of e.issues) process.stderr.write(`dbbx sql: ${i.field}: ${lang === 'en' ? i.en : i.zh}\n`);
    return USAGE_ERROR;
  }
}

// ---- settle --------------------------------------------------------------------------------------------

function settle(flags: Flags): number {
  const lang = str(flags, 'lang') === 'en' ? 'en' : 'zh';
  const n = str(flags, 'insured');
  try {
    const r = settleContract({
      region: str(flags, 'region') ?? '', date: str(flags, 'date') ?? '',
      ...(str(flags, 'scheme') ? { scheme: schemeOf(str(flags, 'scheme')!) as Scheme } : {}),
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
        ...(str(flags, 'excess-to') ? { excessTo: str(flags, 'excess-to') as 'refund' | 'next-year' } : {}),
      },
    });
    if (flags.json) { writeOut(`${JSON.stringify(r, null, 2)}\n`); return 0; }
    const pick = (b: { zh: string; en: string }) => (lang === 'en' ? b.en : b.zh);
    const w = Math.max(...r.lines.map((l) => pick(l.label).length)) + 2;
    let text = `${r.policy.documentNo}  ${r.policy.title}\n\n`;
    for (const l of r.lines) {
      text += `${pick(l.label).padEnd(w, lang === 'en' ? ' ' : '　')}${l.amount.padStart(16)}${l.citation ? `   ${l.citation.documentNo} ${l.citation.clause}` : ''}\n`;
    }
    if (r.schedule) {
      text += `\n${lang === 'en' ? 'Premium transfers' : '保费划转'}\n`;
      for (const s of r.schedule) text += `  ${pick(s.label).padEnd(w, lang === 'en' ? ' ' : '　')}${s.amount.padStart(16)}\n`;
    }
    for (const x of r.warnings) text += `\n! ${pick(x)}`;
    writeOut(`${text}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof DbbxInputError)) throw e;
    for (const i of e.issues) process.stderr.write(`dbbx settle: ${i.field}: ${lang === 'en' ? i.en : i.zh}\n`);
    return USAGE_ERROR;
  }
}

// ---- the command ---------------------------------------------------------------------------------------

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  if (argv.includes('--version') || argv.includes('-V') || argv[0] === 'version') { writeOut(`dbbx ${version()}\n`); return 0; }
  const cmd = argv[0];
  if (!cmd || cmd === 'help' || argv.includes('--help') || argv.includes('-h')) { writeOut(HELP); return 0; }
  if (!COMMANDS[cmd]) {
    const near = cmd.startsWith('-') ? nearest(cmd.replace(/^-+/, ''), ['help', 'version']) : nearest(cmd, Object.keys(COMMANDS));
    const hint = cmd.startsWith('-') && near ? `--${near}` : near;
    throw usage(hint ? `没有命令“${cmd}”，是不是 ${hint}？` : `没有命令“${cmd}”；命令有 batch、settle、sql、lint。`,
      hint ? `unknown command "${cmd}"; did you mean ${hint}?` : `unknown command "${cmd}"; the commands are batch, settle, sql, lint.`);
  }
  const { args, flags } = parseArgs(cmd, argv.slice(1));
  if (cmd === 'batch') return batch(args[0]!, flags);
  if (cmd === 'settle') return settle(flags);
  if (cmd === 'sql') return sql(flags);
  return lint(args, flags);
}

try {
  process.exitCode = await main();
} catch (e) {
  if (e instanceof CliError) {
    const where = argv[0] && COMMANDS[argv[0]] ? `dbbx ${argv[0]}` : 'dbbx';
    process.stderr.write(`${where}: ${say(e.msg)}${e.help ? ` (dbbx --help)` : ''}\n`);
    process.exitCode = e.code;
  } else {
    // A fault of ours, not of the input: one line, and the stack only when asked for (DBBX_DEBUG=1).
    const said = say({
      zh: `内部错误：${(e as Error)?.message ?? String(e)}（请报告这个问题）。`,
      en: `internal error: ${(e as Error)?.message ?? String(e)} (please report it).`,
    });
    process.stderr.write(`dbbx: ${said}\n`);
    if (process.env.DBBX_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    process.exitCode = 1;
  }
}
