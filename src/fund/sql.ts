// The compiled rule as one standard SQL expression over integer 分, for a bureau whose settlement records live
// in a database: the payout is computed where the data is, and no patient row is exported. The expression is
// the typed rule data written out: the band a burden ends in, that band's `before` (the full lower bands) plus
// one product rounded half-up exactly as the engine rounds it, (2·base·num + den) / (2·den) in integers, then
// the cap. A comment above it cites the documents every figure comes from.
import { DbbxInputError, issue, type InputIssue } from '../engine/errors.js';
import { resolvePolicy } from '../engine/resolve.js';
import { GROUPS, SCHEMES, type Group, type Scheme } from '../engine/types.js';
import { BAND0, STRIDE, MAX_FEN, compileRule, type CompiledRule } from './compile.js';

export type SqlDialect = 'duckdb' | 'postgres';

export interface SqlRequest {
  region: string;
  date: string;
  /** Default: the first scheme the policy covers. */
  scheme?: Scheme;
  /** A text column holding each person's group (GROUPS names); without it, the policy's default group. */
  groupColumn?: string;
  /** The year-to-date compliant personal burden, whole 分 (default "self_paid_fen"). */
  burdenColumn?: string;
  /** Other in-scope self-paid costs, whole 分, for a policy that pays them (Xinbei); without it they count 0. */
  otherColumn?: string;
  dialect?: SqlDialect;
}

/** A column name as a quoted SQL identifier ("a""b" for a"b). */
function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A comment line: no line break can end the comment early and turn document text into SQL. */
const comment = (text: string) => `-- ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;

function checkColumn(name: unknown, field: string, issues: InputIssue[]): void {
  if (name === undefined) return;
  if (typeof name !== 'string' || name.trim() === '' || name.includes('\0')) {
    issues.push(issue(field, 'bad-column', '列名不能为空。', 'The column name cannot be empty.'));
  }
}

/** Integer division of non-negative integers in each dialect (DuckDB's "/" would give a double). */
const div = (dialect: SqlDialect) => (dialect === 'duckdb' ? '//' : '/');

/** The payout (分) expression of one compiled rule over `x` (the burden, already a BIGINT expression). */
function ruleExpression(rule: CompiledRule, burden: string, other: string | null, dialect: SqlDialect): string {
  const d = rule.data;
  if (!d) {
    // Only an edited ratio finer than the integer bound gets here; built-in rules are all integer.
    throw new DbbxInputError([issue('rule', 'not-integer', '这一规则的比例过细，无法写成整数 SQL。', 'This rule\'s ratios are too fine for integer SQL.')]);
  }
  const q = div(dialect);
  const counted = Number.isFinite(d[1]!) ? `LEAST(${burden}, ${d[1]})` : burden;
  const bands = d[0]!;
  const arms: string[] = [];
  // Highest band first: an arm is reached only by a burden at or below the next band's start, so the burden
  // itself is the top of its band.
  for (let k = bands - 1; k >= 0; k--) {
    const at = BAND0 + STRIDE * k;
    const lo = d[at]!;
    const before = d[at + 4]!;
    if (d[at + 1] === 0 && before === 0) continue;
    const product = `(2 * (${counted} - ${lo}) * ${d[at + 1]} + ${d[at + 2]}) ${q} ${d[at + 3]}`;
    const paid = d[at + 1] === 0 ? `${before}` : before ? `${before} + ${product}` : product;
    arms.push(`    WHEN ${counted} > ${lo} THEN ${paid}`);
  }
  let tiers = arms.length ? `CASE\n${arms.join('\n')}\n    ELSE 0\n  END` : '0';
  if (Number.isFinite(d[2]!)) tiers = `LEAST(${tiers}, ${d[2]})`;
  if (other && d[3]! > 0) {
    let o = `(2 * ${other} * ${d[3]} + ${d[4]}) ${q} ${d[5]}`;
    if (Number.isFinite(d[6]!)) o = `LEAST(${o}, ${d[6]})`;
    return `${tiers}\n  + ${o}`;
  }
  return tiers;
}

/**
 * The SQL expression (with its comment) that gives the year-to-date 大病保险 payout in 分 for each row, exactly
 * as calculate() gives it. NULL where the engine would refuse the row: a burden outside 0 to 1亿元 or a group
 * the policy does not cover (an unknown group name is also NULL, never paid as another group).
 */
export function ruleSql(req: SqlRequest): string {
  const issues: InputIssue[] = [];
  const dialect = req.dialect ?? 'duckdb';
  if (dialect !== 'duckdb' && dialect !== 'postgres') {
    issues.push(issue('dialect', 'bad-dialect', 'SQL 方言应为 duckdb 或 postgres。', 'The SQL dialect should be duckdb or postgres.'));
  }
  if (req.scheme !== undefined && !SCHEMES.includes(req.scheme)) {
    issues.push(issue('scheme', 'bad-scheme', '险种应为 resident（城乡居民）或 employee（职工）。', 'Scheme should be resident or employee.'));
  }
  checkColumn(req.groupColumn, 'groupColumn', issues);
  checkColumn(req.burdenColumn, 'burdenColumn', issues);
  checkColumn(req.otherColumn, 'otherColumn', issues);
  if (issues.length) throw new DbbxInputError(issues);
  // The policy as a person reads it (document, clauses): also refuses an unknown region, a bad date or scheme.
  const policy = resolvePolicy(req.region, req.date, req.scheme);
  const scheme = policy.scheme!;
  const rule = (group?: Group) => compileRule(req.region, req.date, scheme, group);
  const byDefault = rule();

  const raw = ident(req.burdenColumn ?? 'self_paid_fen');
  const burden = `CAST(${raw} AS BIGINT)`;
  const otherRaw = req.otherColumn ? ident(req.otherColumn) : null;
  const other = otherRaw ? `CAST(${otherRaw} AS BIGINT)` : null;
  const expr = (r: CompiledRule) => ruleExpression(r, burden, other, dialect);

  let body: string;
  if (req.groupColumn) {
    const g = ident(req.groupColumn);
    // Groups that resolve to the same rule share one arm; a group the policy does not cover has none (NULL).
    const arms = new Map<string, string[]>();
    for (const group of GROUPS) {
      let r: CompiledRule;
      try { r = rule(group); } catch (e) { if (e instanceof DbbxInputError) continue; throw e; }
      const e = expr(r);
      arms.set(e, [...(arms.get(e) ?? []), group]);
    }
    const when = [...arms].map(([e, gs]) => `  WHEN ${g} IN (${gs.map((x) => `'${x}'`).join(', ')}) THEN\n  ${e.replace(/\n/g, '\n  ')}`);
    body = `CASE\n  WHEN ${g} IS NULL OR ${g} = '' THEN\n  ${expr(byDefault).replace(/\n/g, '\n  ')}\n${when.join('\n')}\n  ELSE NULL\nEND`;
  } else {
    body = expr(byDefault);
  }
  const valid = [`${burden} BETWEEN 0 AND ${MAX_FEN}`, ...(other ? [`${other} BETWEEN 0 AND ${MAX_FEN}`] : [])].join(' AND ');
  const sql = `CASE WHEN ${valid} THEN\n  ${body.replace(/\n/g, '\n  ')}\nEND`;

  const cite = (c: { documentNo: string; clause: string; quote?: string } | undefined) => (c ? `${c.documentNo} ${c.clause}${c.quote ? `「${c.quote}」` : ''}` : '');
  const lines = [
    comment(`dbbx ${dialect}: year-to-date 大病保险 payout in 分 for ${policy.name.zh} ${policy.name.en} ` +
      `(${req.region}) on ${req.date}, ${scheme}.`),
    comment(`Input: ${raw} = year-to-date compliant personal burden in whole 分${otherRaw ? `; ${otherRaw} = other in-scope self-paid costs in 分` : ''}${req.groupColumn ? `; ${ident(req.groupColumn)} = group (${GROUPS.join(', ')}; empty = ${byDefault.group})` : `; everyone as ${byDefault.group}`}.`),
    comment('Each tier row is rounded half-up to the 分 as the engine rounds it: (2 × base × num + den) / (2 × den) in integers.'),
    comment('NULL where the engine would refuse the row (a burden outside 0 to 1亿元, a group the policy does not cover).'),
    comment(`Policy: ${policy.policy.documentNo}《${policy.policy.title}》 in force ${policy.policy.effectiveFrom} to ${policy.policy.effectiveTo ?? 'now'}.`),
    ...policy.overlays.map((o) => comment(`Overlay: ${o.documentNo}《${o.title}》 from ${o.effectiveFrom}.`)),
    ...policy.groups.flatMap((g) => [
      comment(`${g.group}: threshold ${g.threshold} 元 — ${cite(g.thresholdCitation)}`),
      ...g.tiers.map((t) => comment(`  tier ${t.to ? `${t.from}–${t.to} 元` : `above ${t.from} 元`} × ${t.ratio} — ${cite(t.citation)}`)),
      comment(`  cap ${g.cap.kind}${g.cap.amount ? ` ${g.cap.amount} 元` : ''} — ${cite(g.cap.citation)}`),
    ]),
    ...(policy.otherSelfPaid ? [comment(`Other self-paid costs × ${policy.otherSelfPaid.ratio}, limit ${policy.otherSelfPaid.limit ?? 'none published'} — ${cite(policy.otherSelfPaid.citation)}${otherRaw ? '' : ' (no --other-column: counted as 0)'}`)] : []),
  ];
  return `${lines.join('\n')}\n${sql}\n`;
}
