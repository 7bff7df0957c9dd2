// dbbx — the command line for a fund office.
//   dbbx batch claims.csv --region 330200 --date 2015-06-01 > payouts.csv
//   dbbx settle --region 445100 --date 2017-12-31 --premium 1000000 --claims 900000
// Streams: memory stays flat however many rows. Every bad row gets a line-numbered reason on stderr and in
// its own `error` column; the good rows are all written.
import { createReadStream, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import {
  calculate, compileRule, settleContract, parseAmountField, fenToYuan, DbbxInputError, GROUPS,
  type CalculationRequest, type CompiledRule, type Group, type Scheme,
} from '../engine/index.js';
import { lint, LINT_HELP } from './lint.js';

const HELP = `dbbx — 大病保险 calculations for a fund office

  dbbx batch FILE.csv|- [--region CODE] [--date YYYY-MM-DD] [--scheme resident|employee] [--group G] [--lang zh|en]
      Reads a CSV whose columns are named as the engine's request fields (region, date, scheme, group,
      selfPaid, priorSelfPaid, otherSelfPaid, priorOtherSelfPaid); flags give values for absent columns.
      Writes every input row to stdout with payout, yearToDatePayout, threshold, capApplied and error.
      Exit code 0: all rows calculated; 3: some rows had errors (listed on stderr); 2: usage.

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

const FIELDS = ['region', 'date', 'scheme', 'group', 'selfPaid', 'priorSelfPaid', 'otherSelfPaid', 'priorOtherSelfPaid'] as const;
const OUT = ['payout', 'yearToDatePayout', 'threshold', 'capApplied', 'error'] as const;


async function batch(file: string | undefined, flags: Flags): Promise<number> {
  if (!file) usage('batch needs a CSV file (or - for standard input)');
  const lang = str(flags, 'lang') === 'en' ? 'en' : 'zh';
  const defaults: Partial<Record<(typeof FIELDS)[number], string>> = {
    region: str(flags, 'region'), date: str(flags, 'date'), scheme: str(flags, 'scheme'), group: str(flags, 'group'),
  };
  const input = file === '-' ? process.stdin : createReadStream(file);
  const total = file === '-' ? 0 : statSync(file).size;
  const showProgress = total > 5 * 1024 * 1024 && process.stderr.isTTY;
  const parser = input.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: true }));
  const out = stringify();
  out.pipe(process.stdout);

  const rules = new Map<string, CompiledRule | string>();
  let rows = 0;
  let bad = 0;
  let header: string[] | null = null;
  let lastDraw = 0;
  const started = Date.now();

  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; bytes: number } }>) {
    const { record, info } = item;
    if (!header) {
      header = [...Object.keys(record), ...OUT.filter((c) => !(c in record))];
      out.write(header);
    }
    rows++;
    const v = (k: (typeof FIELDS)[number]) => (record[k] !== undefined && record[k] !== '' ? record[k] : defaults[k]);
    const result = calculateRow(v, rules, lang);
    if (result.error) {
      bad++;
      process.stderr.write(`${lang === 'en' ? 'line' : '第'} ${info.lines}${lang === 'en' ? ':' : ' 行：'} ${result.error}\n`);
    }
    const row = { ...record, ...result };
    if (!out.write(header.map((h) => (row as Record<string, string>)[h] ?? ''))) await new Promise((r) => out.once('drain', r));
    if (showProgress && Date.now() - lastDraw > 200) {
      lastDraw = Date.now();
      const share = Math.min(1, info.bytes / total);
      const width = 30;
      const rate = rows / Math.max(0.001, (Date.now() - started) / 1000);
      process.stderr.write(`\r[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${(share * 100).toFixed(0)}% ${rows.toLocaleString()} rows ${Math.round(rate).toLocaleString()}/s`);
    }
  }
  out.end();
  await new Promise((r) => out.once('end', r));
  if (showProgress) process.stderr.write('\n');
  process.stderr.write(lang === 'en'
    ? `dbbx batch: ${rows} rows, ${rows - bad} calculated, ${bad} with errors\n`
    : `dbbx batch：共 ${rows} 行，计算 ${rows - bad} 行，${bad} 行有误\n`);
  return bad ? 3 : 0;
}

interface RowOut { payout: string; yearToDatePayout: string; threshold: string; capApplied: string; error: string }

/**
 * One row: the compiled fast path when the row reads cleanly, and the engine itself whenever anything is off
 * (so an error is the engine's own message, never a second opinion).
 */
function calculateRow(v: (k: (typeof FIELDS)[number]) => string | undefined, rules: Map<string, CompiledRule | string>, lang: 'zh' | 'en'): RowOut {
  const region = v('region') ?? '';
  const date = v('date') ?? '';
  const scheme = (v('scheme') ?? 'resident') as Scheme;
  const group = v('group') as Group | undefined;
  const key = `${region}|${date}|${scheme}|${group ?? ''}`;
  let rule = rules.get(key);
  if (rule === undefined) {
    try { rule = compileRule(region, date, scheme, group); } catch (e) { rule = e instanceof DbbxInputError ? 'slow' : String(e); }
    if (rules.size > 10_000) rules.clear();
    rules.set(key, rule);
  }
  const amounts = FIELDS.slice(4).map((k) => v(k));
  const fen = amounts.map((a, i) => {
    if (a === undefined) return i === 0 ? NaN : 0;
    const r = parseAmountField(a, FIELDS[4 + i]!, { zh: '', en: '' });
    return r.ok ? r.value.times(100).toNumber() : NaN;
  });
  const [self, prior, other, priorOther] = fen as [number, number, number, number];
  // Anything unusual (an unknown group, a bad amount, a prior above the total, other costs where the policy has
  // none) goes to the engine, whose message is the one a person should read.
  const fastOk = typeof rule !== 'string' && (group === undefined || GROUPS.includes(group)) && !fen.some(Number.isNaN)
    && prior <= self && priorOther <= other && (rule.other !== null || (other === 0 && priorOther === 0));
  if (fastOk && typeof rule !== 'string') {
    const now = rule.ytdFen(self, other);
    const before = rule.ytdFen(prior, priorOther);
    return { payout: fenToYuan(now - before), yearToDatePayout: fenToYuan(now), threshold: fenToYuan(rule.thresholdFen), capApplied: String(rule.capApplied(self)), error: '' };
  }
  const req: CalculationRequest = { region, date, scheme, selfPaid: amounts[0] ?? '' };
  if (group) req.group = group;
  if (amounts[1] !== undefined) req.priorSelfPaid = amounts[1];
  if (amounts[2] !== undefined) req.otherSelfPaid = amounts[2];
  if (amounts[3] !== undefined) req.priorOtherSelfPaid = amounts[3];
  try {
    const r = calculate(req);
    return { payout: r.payout, yearToDatePayout: r.yearToDatePayout, threshold: r.threshold, capApplied: String(r.cap.applied), error: '' };
  } catch (e) {
    const error = e instanceof DbbxInputError ? e.issues.map((i) => `${i.field}: ${lang === 'en' ? i.en : i.zh}`).join('; ') : String(e);
    return { payout: '', yearToDatePayout: '', threshold: '', capApplied: '', error };
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
if (cmd === 'batch') process.exitCode = await batch(args[0], flags);
else if (cmd === 'settle') process.exitCode = settle(flags);
else if (cmd === 'lint') process.exitCode = lint(args, flags);
else usage(`unknown command "${cmd}"`);
