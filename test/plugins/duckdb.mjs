// Test-runner commands 'dbbx-duckdb' { region, date, scheme?, groups?, other?, rows } → { job }, then
// 'dbbx-duckdb-result' { job } → { done: false } or how the SQL that `dbbx sql` prints compares with the engine
// over `rows` generated claims in embedded DuckDB (one thread). (A command must answer within 20 s, and a
// million rows on a busy machine can take longer: the test asks again until the job is done.)
// Runs on the Node side (DuckDB is a native module): the SQL comes from the real CLI (node bin/dbbx.js sql),
// every payout is compared with the compiled rule, and a sample plus every boundary ± 1 分 with calculate()
// itself (the compiled rule is proved equal to calculate() by test/fund/compile.test.ts). Needs npm run build.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function compare(payload) {
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const engine = await import('../../dist/engine.js');
      const { region, date, scheme, groups = false, other = false, rows } = payload;
      const args = ['bin/dbbx.js', 'sql', '--region', region, '--date', date, ...(scheme ? ['--scheme', scheme] : []),
        ...(groups ? ['--group-column', 'grp'] : []), ...(other ? ['--other-column', 'other_fen'] : [])];
      const { stdout: sql } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
      const db = await DuckDBInstance.create(':memory:', { threads: '1' });
      const conn = await db.connect();
      // Every boundary of every group's rule ± 1 分, then pseudo-random burdens: most below 60 万元, one in ten
      // anywhere up to 1亿元, a few out of range (negative, over 1亿: the SQL must give NULL there).
      const s = scheme ?? engine.resolvePolicy(region, date).scheme;
      const names = groups ? ['', ...engine.GROUPS, 'vip'] : [''];
      const points = new Set();
      for (const g of names) {
        let c;
        try { c = engine.compileRule(region, date, s, g === '' ? undefined : g); } catch { continue; }
        for (const p of [0, c.thresholdFen, c.capFen, ...c.tiers.flatMap((t) => [t.fromFen, t.toFen])]) {
          if (Number.isFinite(p) && p >= 0) for (const d of [-1, 0, 1]) if (p + d >= 0) points.add(p + d);
        }
      }
      points.add(10_000_000_000);
      const edge = [...points];
      await conn.run(`CREATE TABLE claims AS
        SELECT i AS id,
          CASE WHEN i < ${edge.length * names.length} THEN (CAST([${edge.join(',')}] AS BIGINT[]))[1 + (i // ${names.length})]
               WHEN i % 997 = 0 THEN -1 - (i % 5)::BIGINT
               WHEN i % 991 = 0 THEN 10000000001 + (i % 7)::BIGINT
               WHEN i % 10 = 0 THEN (hash(i) % 10000000001)::BIGINT
               ELSE (hash(i) % 60000001)::BIGINT END AS self_paid_fen,
          [${names.map((n) => `'${n}'`).join(',')}][1 + (i % ${names.length})] AS grp,
          (hash(i + 7) % 30000001)::BIGINT AS other_fen
        FROM range(${rows}) t(i)`);
      const rules = new Map();
      const ruleOf = (g) => {
        if (!rules.has(g)) {
          try { rules.set(g, engine.compileRule(region, date, s, g === '' ? undefined : g)); } catch { rules.set(g, null); }
        }
        return rules.get(g);
      };
      let mismatches = 0; let first = null; let nulls = 0; let viaCalculate = 0; let seen = 0;
      // In slices, giving the event loop back between them: the runner's server must keep answering.
      const SLICE = 100_000;
      for (let from = 0; from < rows; from += SLICE) {
        const query = `SELECT id, self_paid_fen, grp, other_fen, (\n${sql}) AS payout_fen FROM claims ` +
          `WHERE id >= ${from} AND id < ${from + SLICE} ORDER BY id`;
        const reader = await conn.runAndReadAll(query);
        const [ids, burden, grp, otherFen, payout] = reader.getColumnsJS();
        for (let k = 0; k < burden.length; k++) {
          const i = Number(ids[k]);
          const b = Number(burden[k]);
          const o = other ? Number(otherFen[k]) : 0;
          const g = groups ? grp[k] : '';
          const rule = ruleOf(g);
          const valid = b >= 0 && b <= 10_000_000_000 && rule !== null;
          let expected = valid ? rule.ytdFen(b, o) : null;
          if (valid && (i < edge.length * names.length || i % 97 === 0)) {
            const yuan = engine.fenToYuan;
            const r = engine.calculate({
              region, date, scheme: s, ...(g ? { group: g } : {}), selfPaid: yuan(b), ...(other ? { otherSelfPaid: yuan(o) } : {}),
            });
            const viaEngine = Number(r.yearToDatePayout.replace('.', ''));
            if (viaEngine !== expected) expected = `compiled ${expected} vs calculate ${viaEngine}`;
            viaCalculate++;
          }
          const got = payout[k] === null ? null : Number(payout[k]);
          if (got === null) nulls++;
          if (got !== expected) {
            mismatches++;
            first ??= { row: i, burden: b, other: o, group: g, sql: got, engine: expected };
          }
          seen++;
        }
        await new Promise((r) => setImmediate(r));
      }
      const burden = { length: seen };
      conn.closeSync?.();
      return { rows: burden.length, mismatches, first, nulls, viaCalculate, boundaries: edge.length, sqlChars: sql.length };
}

export function duckdbPlugin() {
  const jobs = new Map();
  let next = 0;
  return {
    name: 'dbbx-duckdb',
    async executeCommand({ command, payload }) {
      if (command === 'dbbx-duckdb') {
        const job = ++next;
        // Settled either way, so a failure is reported to the test rather than lost.
        jobs.set(job, compare(payload).then((r) => ({ done: true, ...r }), (e) => ({ done: true, error: String(e?.stack ?? e) })));
        return { job };
      }
      if (command === 'dbbx-duckdb-result') {
        const p = jobs.get(payload.job);
        if (!p) return { done: true, error: `no job ${payload.job}` };
        const r = await Promise.race([p, new Promise((res) => setTimeout(() => res({ done: false }), 10_000))]);
        if (r.done) jobs.delete(payload.job);
        return r;
      }
      return undefined;
    },
  };
}
