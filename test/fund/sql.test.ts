// `dbbx sql`: the compiled rule as SQL over integer 分, run in embedded DuckDB over a million generated claims
// (test/plugins/duckdb.mjs, on the Node side) and compared payout by payout with the engine.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ruleSql } from '../../src/fund/sql.js';
import { DbbxInputError } from '../../src/engine/errors.js';

interface Outcome {
  done: boolean; error?: string; rows: number; mismatches: number; first: unknown; nulls: number; viaCalculate: number; boundaries: number;
}
type Job = { region: string; date: string; scheme?: string; groups?: boolean; other?: boolean; rows: number };
async function duck(p: Job): Promise<Outcome> {
  const { job } = (await executeServerCommand<{ job: number }, Job>('dbbx-duckdb', p))!;
  for (;;) {
    const r = (await executeServerCommand<Outcome, { job: number }>('dbbx-duckdb-result', { job }))!;
    if (r.error) throw new Error(r.error);
    if (r.done) return r;
  }
}

describe('dbbx sql in DuckDB', () => {
  it('Chaozhou 2017 with a group column (payout cap, Guangdong overlay for 困难群体): 1,000,000 rows equal the engine to the 分', async function () {
    this.timeout(600_000);
    const r = await duck({ region: '445100', date: '2017-06-01', groups: true, rows: 1_000_000 });
    expect(r.first, JSON.stringify(r.first)).to.equal(null);
    expect([r.rows, r.mismatches]).to.deep.equal([1_000_000, 0]);
    // Out-of-range burdens and the unknown group "vip" are NULL, not paid as someone else.
    expect(r.nulls).to.be.greaterThan(1000);
    expect(r.viaCalculate).to.be.greaterThan(5000);
  });

  for (const [name, region, date, scheme, other] of [
    ['Ningbo 2015 (expense limit 50 万)', '330200', '2015-06-01', 'resident', false],
    ['Jiangyin 2021 employees', '320281', '2021-06-01', 'employee', false],
    ['Xinbei 2022 with other self-paid costs', '320411', '2022-06-01', 'resident', true],
  ] as const) {
    it(`${name}: 1,000,000 rows equal the engine to the 分`, async function () {
      this.timeout(600_000);
      const r = await duck({ region, date, scheme, other, groups: region === '320411', rows: 1_000_000 });
      expect(r.first, JSON.stringify(r.first)).to.equal(null);
      expect([r.rows, r.mismatches]).to.deep.equal([1_000_000, 0]);
      // Every 97th row and every boundary also through calculate() (Xinbei: only its covered groups pay).
      expect(r.viaCalculate).to.be.greaterThan(2500);
    });
  }
});

describe('ruleSql', () => {
  it('cites the documents, rounds in integers per dialect, and quotes column names', () => {
    const duckdb = ruleSql({ region: '330200', date: '2015-06-01', burdenColumn: 'a"b' });
    expect(duckdb).to.contain('-- Policy: 甬政办发〔2013〕268号').and.contain('"a""b"');
    // 甬政办发〔2013〕268号 五: 20,000–50,000 at 50%: (2 × (x − 2,000,000) × 5 + 10) // 20, whole 分.
    expect(duckdb).to.contain('(2 * (LEAST(CAST("a""b" AS BIGINT), 50000000) - 2000000) * 5 + 10) // 20');
    const pg = ruleSql({ region: '330200', date: '2015-06-01', dialect: 'postgres' });
    expect(pg).to.contain(') / 20').and.not.contain('//');
    // A comment line never carries a line break from the document text into the SQL.
    expect(duckdb.split('\n').filter((l) => !l.startsWith('--') && /[\u4e00-\u9fff]/.test(l))).to.deep.equal([]);
  });

  it('refuses a bad dialect, scheme or column by name', () => {
    try {
      ruleSql({ region: '330200', date: '2015-06-01', dialect: 'oracle' as 'duckdb', scheme: 'x' as 'resident', groupColumn: ' ' });
      expect.fail('should refuse');
    } catch (e) {
      expect(e).to.be.instanceOf(DbbxInputError);
      expect((e as DbbxInputError).issues.map((i) => i.field)).to.deep.equal(['dialect', 'scheme', 'groupColumn']);
    }
  });
});
