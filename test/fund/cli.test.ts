// The Node command line, run for real (node bin/dbbx.js) from the browser tests through a runner command.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Run { code: number; stdout: string; stderr: string }
const cli = (args: string[], stdin?: string) => executeServerCommand<Run, { args: string[]; stdin?: string }>('dbbx-cli', { args, ...(stdin !== undefined ? { stdin } : {}) }) as Promise<Run>;

const CSV = [
  'region,date,selfPaid,priorSelfPaid,group',
  '330200,2015-06-01,150000,,',
  '330200,2015-06-01,"150,000",30000,',
  '445100,2017-06-01,50000,,subsistence',
  '330200,2015-06-01,abc,,',
  '445100,2017-06-01,50000,,vip',
  ',,1.8万,,',
].join('\n');

describe('dbbx batch', () => {
  it('writes every row with its payout, and a line-numbered reason for each bad row', async () => {
    // The file has no scheme column: --scheme gives it (it used to default to resident silently; the engine
    // refuses a request without a scheme, and resident and employee rules differ).
    const r = await cli(['batch', '-', '--region', '320281', '--date', '2020-08-01', '--scheme', 'resident'], CSV);
    expect(r.code).to.equal(3);
    const lines = r.stdout.trimEnd().split('\n');
    // A byte-order mark first, so Excel reads the output as UTF-8; warnings last.
    expect(lines[0]).to.equal('\ufeffregion,date,selfPaid,priorSelfPaid,group,payout,yearToDatePayout,threshold,capApplied,error,warnings');
    // 甬政办发〔2013〕268号 五: 72,500.00; second discharge 72,500 − 5,000 = 67,500.00.
    expect(lines[1]).to.equal('330200,2015-06-01,150000,,,72500.00,72500.00,20000.00,false,,');
    expect(lines[2]).to.equal('330200,2015-06-01,"150,000",30000,,67500.00,72500.00,20000.00,false,,');
    // 粤府办〔2016〕85号 for 低保 in Chaozhou: (30,000 − 3,000) × 70% + 20,000 × 70% = 32,900.00, with the
    // engine's warnings (the overlay's minimums, the documents' age).
    expect(lines[3]).to.equal('445100,2017-06-01,50000,,subsistence,32900.00,32900.00,3000.00,false,,document-minimum figures-may-be-stale');
    expect(r.stderr).to.match(/! document-minimum: 粤府办〔2016〕85号规定的.*最低标准/).and.match(/! figures-may-be-stale: 本结果所用标准来自/);
    expect(lines[4]).to.match(/^330200,2015-06-01,abc,,,,,,,"selfPaid: .*不是金额.*",$/);
    expect(lines[5]).to.contain('group: 人群“vip”不是可选值');
    // Flags fill absent columns: Jiangyin 2020, 18,000 → at the threshold, 0.00.
    expect(lines[6]).to.equal(',,1.8万,,,0.00,0.00,18000.00,false,,');
    expect(r.stderr).to.contain('第 5 行：').and.contain('第 6 行：').and.contain('共 6 行，计算 4 行，2 行有误');
  });

  it('exits 0 when every row calculates, and speaks English when asked', async () => {
    const r = await cli(['batch', '-', '--lang', 'en'], 'region,date,scheme,selfPaid\n445100,2015-06-01,employee,436666.68\n');
    expect(r.code).to.equal(0);
    // 潮府办〔2012〕90号 employees: 14,000 + 406,666.68 × 90% = 380,000.01 → capped at 380,000.00.
    expect(r.stdout.trim().split('\n')[1])
      .to.equal('445100,2015-06-01,employee,436666.68,380000.00,380000.00,10000.00,true,,document-minimum figures-may-be-stale');
    expect(r.stderr).to.match(/! document-minimum: 潮府办〔2012〕90号 sets minimums/).and.match(/! figures-may-be-stale: The figures come from 潮府办〔2012〕90号/);
    expect(r.stderr).to.contain('1 rows, 1 calculated, 0 with errors');
  });

  it('reads a CRLF file with a BOM and quoted fields as csv-parse does, plain lines and others alike', async () => {
    const csv = '\ufeffregion,date,scheme,selfPaid,note\r\n330200,2015-06-01,resident,150000,Li\r\n330200,2015-06-01,resident,30000,"two\r\nlines"\r\n\r\n330200,2015-06-01,resident,"150,000", 王 \r\n';
    const r = await cli(['batch', '-'], csv);
    expect(r.code).to.equal(0);
    // 甬政办发〔2013〕268号 五: 150,000 → 72,500.00; 30,000 → (30,000 − 20,000) × 50% = 5,000.00.
    expect(r.stdout).to.equal([
      '\ufeffregion,date,scheme,selfPaid,note,payout,yearToDatePayout,threshold,capApplied,error,warnings',
      '330200,2015-06-01,resident,150000,Li,72500.00,72500.00,20000.00,false,,',
      '330200,2015-06-01,resident,30000,"two\r\nlines",5000.00,5000.00,20000.00,false,,',
      '330200,2015-06-01,resident,"150,000",王,72500.00,72500.00,20000.00,false,,', '',
    ].join('\n'));
  });

  it('reports a broken line with its own line number and reads on (one stray quote used to end the run)', async () => {
    const csv = [
      'region,date,selfPaid,note', '330200,2015-06-01,150000,19" monitor', '330200,2015-06-01,150000,ok',
      '445100,2017-06-01,50000,"unclosed', '330200,2015-06-01,30000,after',
    ].join('\n');
    const r = await cli(['batch', '-', '--scheme', 'resident'], csv);
    expect(r.code).to.equal(3);
    expect(r.stdout.trim().split('\n').slice(1)).to.deep.equal([
      '330200,2015-06-01,150000,ok,72500.00,72500.00,20000.00,false,,',
      '330200,2015-06-01,30000,after,5000.00,5000.00,20000.00,false,,',
    ]);
    expect(r.stderr).to.contain('第 2 行： 字段中间有引号').and.contain('第 4 行： 这一行的引号没有闭合')
      .and.contain('共 4 行，计算 2 行，2 行有误');
  });

  it('honours an otherSelfPaidLimit column (it was ignored: 60,000.00 paid where calculate() pays 20,000.00)', async () => {
    const r = await cli(['batch', '-', '--scheme', 'resident'], 'region,date,selfPaid,otherSelfPaid,otherSelfPaidLimit\n320411,2022-06-01,0,120000,20000\n320411,2022-06-01,0,120000,\n');
    const lines = r.stdout.trim().split('\n');
    // 常开委办〔2021〕143号 二（二）: other in-scope costs × 50% = 60,000.00, limited by the tender's 20,000.00.
    expect(lines[1]).to.equal('320411,2022-06-01,0,120000,20000,20000.00,20000.00,0.00,false,,');
    // No limit given: none applies, and the engine's warning says the document leaves it to the tender.
    expect(lines[2]).to.equal('320411,2022-06-01,0,120000,,60000.00,60000.00,0.00,false,,other-limit-not-set');
    expect(r.stderr).to.contain('! other-limit-not-set: 其他自付费用的年度报销限额按中标方案实施，文件未公布；未填写限额，按不设限额计算。');
  });

  it('prints the rule as SQL, and refuses a bad request with exit code 2', async () => {
    const ok = await cli(['sql', '--region', '330200', '--date', '2015-06-01', '--dialect', 'postgres']);
    expect(ok.code).to.equal(0);
    expect(ok.stdout).to.contain('-- Policy: 甬政办发〔2013〕268号').and.contain('CAST("self_paid_fen" AS BIGINT)');
    const bad = await cli(['sql', '--region', '330200', '--date', '2015-06-01', '--dialect', 'oracle']);
    expect([bad.code, bad.stdout]).to.deep.equal([2, '']);
    // Refused with the other options, the value echoed and the allowed ones named.
    expect(bad.stderr).to.contain('dbbx sql: --dialect “oracle”不是可选值：duckdb、postgres。');
  });

  it('settles a contract, and asks for a tendered term instead of guessing', async () => {
    const ok = await cli(['settle', '--region', '445100', '--date', '2017-12-31', '--premium', '1000000', '--claims', '900000', '--json']);
    expect(ok.code).to.equal(0);
    // 1,000,000 − 900,000 = 100,000 profit; cap 4% = 40,000; 60,000 back to the fund.
    expect(JSON.parse(ok.stdout)).to.deep.include({ insurerResult: '40000.00', returnedToFund: '60000.00' });
    const missing = await cli(['settle', '--region', '320281', '--date', '2021-12-31', '--premium', '2000000', '--claims', '1900000']);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.contain('terms.profitBand').and.contain('由招标（合同）确定');
  });
});
